#!/usr/bin/env python3
"""Builds the unseen3 labelled batch: drafts.jsonl + labels.tsv (see README-free notes in the report)."""
import json, random, re, sys, os, math, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
T = []
for f in "abcde":
    exec(open(os.path.join(HERE, f"topics_{f}.py")).read().replace("T = []", ""))
exec(open(os.path.join(HERE, "frames.py")).read())
exec(open(os.path.join(HERE, "defects.py")).read())

rng = random.Random(20261208)
SCENARIOS = ["for a content heavy programming website", "for a small team api", "for a documentation portal",
             "for an internal analytics dashboard", "for a high traffic news site", "for an open source library",
             "for a payments backend", "for a developer tools startup"]
COMMON_CHECKS = ["document the change", "review the diff with a colleague", "add a regression test",
                 "try the change in staging first", "keep the configuration next to the code"]
AREA_CHECKS = {
    "backend": ["measure p99 latency", "log every retry", "add a load test", "write a rollback plan",
                "check the dashboards after deploy", "test with realistic data", "pin dependency versions"],
    "platform": ["check the error budget", "add an alert with a runbook", "write a rollback plan",
                 "check the dashboards after deploy", "compare before and after metrics", "pin image versions"],
    "data": ["review query plans", "test with realistic data", "compare before and after metrics",
             "write a rollback plan", "run the migration on a copy of production data"],
    "frontend": ["check the layout at three screen widths", "test keyboard navigation", "compare bundle size before and after",
                 "check colour contrast", "test in Firefox and Safari"],
    "tooling": ["pin dependency versions", "run it in CI on every pull request", "compare before and after timings",
                "write down the exit codes", "keep the script under version control"],
    "ci": ["pin action versions", "check the cache hit rate", "compare build times before and after",
           "keep secrets out of logs"],
    "docs": ["run every command in the page", "check links", "ask a second reviewer", "keep the checklist short"],
    "testing": ["pin the model version", "keep the test inputs fixed", "review a sample of outputs by hand",
                "compare scores before and after"],
}
CONCL = ["Conclusion", "Wrapping up", "Summary", "Final thoughts", "Takeaways", "Closing notes", "In short", "Where to go from here"]
CHECKHEAD = ["Checklist", "Before you ship", "Quick checklist", "Rollout checklist", "Things to verify"]
PROPER = {"Kubernetes", "Helm", "Rust", "Go", "Python", "Redis", "PostgreSQL", "Postgres", "SQL", "CSS", "Jinja2", "Bash",
          "GitHub", "Java", "React", "From", "A", "An", "One", "What", "How", "When", "Why", "You", "Stop", "Cutting",
          "Binary", "Shell", "Logs", "Evaluating", "Catching", "Keeping", "Managing", "Prompt", "Post-processing",
          "Stripping", "Proxy", "Putting", "Named", "Escaping", "Template", "Server-side", "Design", "Dark", "Theming",
          "Fast,", "Structuring", "Packaging", "Designing", "Error", "Building", "Passing", "Setting", "The", "Hardening",
          "Reading", "Query", "Running", "Finding", "Automating", "Writing", "Avoiding", "Caching", "Migrating", "Virtual",
          "Faster", "Smaller", "Multi-stage", "Validating", "Runtime", "Common", "Fetching", "Timeouts", "Taming",
          "Right-sizing", "CPU", "Liveness", "Startup", "Zero-downtime", "Shipping", "Expand", "Structured", "Cache-aside",
          "Helm", "Regression", "Counting", "nginx", "asyncio", "pytest", "clap", "zod", "useEffect", "git", "slog"}
TITLE_PATTERNS = ["{T}", "{T}: a practical guide", "{T}, step by step", "A field guide: {T}", "Practical notes: {T}",
                  "{T} in production", "{T} without the guesswork", "{T}: common mistakes and fixes", "{T} for busy developers",
                  "{T}, explained", "{T} (with examples)", "Lessons learned: {T}", "{T} — what actually matters",
                  "{T}: a checklist", "Notes from a small team: {T}", "{T}, the short version",
                  "{T} for teams of any size", "Deep dive: {T}", "{T}, revisited"]

def lc(s):
    w = s.split()[0]
    if w in PROPER and w not in ("A", "An", "One", "What", "How", "When", "Why", "The", "From", "Stop"):
        return s
    return s[0].lower() + s[1:]

used_titles = set()
def make_title(topic):
    for _ in range(200):
        T0 = rng.choice(topic["titles"])
        p = rng.choice(TITLE_PATTERNS)
        t = p.replace("{T}", T0).replace("{t}", lc(T0))
        if t.lower() not in used_titles:
            used_titles.add(t.lower())
            return t
    raise SystemExit("titles exhausted for " + topic["key"])

def split_blocks(md):
    """Split Markdown into blocks at blank lines outside code fences."""
    blocks, cur, fence = [], [], False
    for line in md.split("\n"):
        if line.startswith("```"):
            fence = not fence
        if line.strip() == "" and not fence:
            if cur:
                blocks.append("\n".join(cur)); cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append("\n".join(cur))
    return blocks

def btype(b):
    if b.startswith("## "): return "head"
    if b.startswith("```"): return "code"
    if b.startswith("- "): return "list"
    if b.startswith("!["): return "image"
    return "para"

def words(s):
    return len(s.split())

def fill(s, topic):
    subj = topic["subject"]
    return s.replace("{subject_cap}", subj[0].upper() + subj[1:]).replace("{subject}", subj)

def assemble(topic, look_mode, allow_look):
    """Return (blocks, meta). look_mode: None | 'section' | 'frame' | 'end-code' | 'end-list'."""
    secs = topic["sections"]
    looks = [s for s in secs if s[2]]
    plain = [s for s in secs if not s[2]]
    intro_pool = [i for i in INTROS if not i[2]]
    outro_pool = [o for o in OUTROS if not o[2]]
    use_look_frame = look_mode == "frame" or (allow_look and rng.random() < 0.25)
    if use_look_frame:
        intro = rng.choice([i for i in INTROS if i[2]] + intro_pool) if rng.random() < 0.5 else rng.choice(intro_pool)
        outro = rng.choice([o for o in OUTROS if o[2]])
        if look_mode == "frame" and not intro[2] and not outro[2]:
            outro = rng.choice([o for o in OUTROS if o[2]])
    else:
        intro, outro = rng.choice(intro_pool), rng.choice(outro_pool)
    k = rng.randint(3, min(5, len(secs)))
    if isinstance(look_mode, tuple):
        must = [s for s in secs if s[0] == look_mode[1]][0]
        rest = [s for s in secs if s is not must]
        chosen = [must] + rng.sample(rest, k - 1)
    elif look_mode == "section" or (allow_look and looks and rng.random() < 0.35):
        must = rng.choice(looks)
        rest = [s for s in secs if s is not must]
        chosen = [must] + rng.sample(rest, k - 1)
    elif len(plain) >= k:
        chosen = rng.sample(plain, k)
    elif allow_look:
        chosen = rng.sample(secs, k)
    else:
        return None
    chosen.sort(key=lambda s: secs.index(s))
    blocks = [fill(intro[1], topic)]
    img = None
    if rng.random() < 0.4:
        cap = f"{topic['subject']} illustration"
        url = f"https://images.unsplash.com/photo-{rng.randrange(10**12, 10**13)}?auto=format&fit=crop&w=1200&q=80"
        img = {"source": "unsplash", "url": url, "caption": cap}
        blocks.append(f"![{cap}]({url})")
    for h, md, _ in chosen:
        blocks.append("## " + h)
        blocks.extend(split_blocks(md))
    pool = AREA_CHECKS.get(topic["stack"][1], AREA_CHECKS["tooling"]) + COMMON_CHECKS
    checks = rng.sample(pool, rng.randint(3, 5))
    with_checklist = look_mode == "end-list" or rng.random() < 0.55
    if look_mode == "end-code":
        # end on the last section, which must end with a closed code block
        while btype(blocks[-1]) != "code":
            extra = [s for s in secs if s not in chosen and split_blocks(s[1])[-1].startswith("```")]
            if not extra:
                return None
            s = rng.choice(extra); chosen.append(s)
            blocks.append("## " + s[0]); blocks.extend(split_blocks(s[1]))
        return blocks, dict(intro=intro, outro=None, img=img, checks=checks, chosen=chosen)
    if with_checklist:
        blocks.append("## " + rng.choice(CHECKHEAD))
        blocks.append("\n".join("- " + c[0].upper() + c[1:] for c in checks))
    if look_mode == "end-list":
        return blocks, dict(intro=intro, outro=None, img=img, checks=checks, chosen=chosen)
    if rng.random() < 0.8:
        blocks.append("## " + rng.choice(CONCL))
    blocks.append(fill(outro[1], topic))
    return blocks, dict(intro=intro, outro=outro, img=img, checks=checks, chosen=chosen)

def body_of(blocks):
    return "\n\n".join(blocks) + "\n"

def literal_evidence(text):
    parts = [p.strip() for p in re.split(r"\{[a-z_]+\}", text)]
    ev = max(parts, key=len)
    if "\n" in ev:
        ev = ev.split("\n")[-1].strip()
    return ev

def para_indices(blocks, start=1):
    return [i for i in range(start, len(blocks)) if btype(blocks[i]) == "para" and blocks[i].rstrip().endswith((".", ")"))]

def section_boundaries(blocks):
    return [i for i in range(2, len(blocks)) if btype(blocks[i]) == "head"]

def plant_chatbot(blocks, d, entry, topic):
    pos, text = entry
    ev = literal_evidence(text)
    t = fill(text, topic)
    if pos == "start":
        blocks.insert(0, t)
    elif pos == "end":
        blocks.append(t)
    elif pos == "mid":
        i = rng.choice(section_boundaries(blocks)[1:] or section_boundaries(blocks))
        blocks.insert(i, t)
    elif pos == "inline":
        i = rng.choice(para_indices(blocks, 2))
        blocks[i] = blocks[i].rstrip() + " " + t
    elif pos == "title":
        d["title"] = text.replace("{title}", d["title"])
    elif pos == "summary":
        d["summary"] = text.replace("{summary}", d["summary"])
    return ev

def plant_placeholder(blocks, d, entry):
    pos, text, ev = entry
    if pos == "inline":
        i = rng.choice(para_indices(blocks, 1))
        blocks[i] = blocks[i].rstrip() + " " + text
    elif pos == "para":
        i = rng.choice(section_boundaries(blocks))
        blocks.insert(i, text)
    elif pos == "list":
        lists = [i for i in range(len(blocks)) if btype(blocks[i]) == "list"]
        if lists:
            i = rng.choice(lists)
            blocks[i] = blocks[i] + "\n" + text
        else:
            return None
    elif pos == "end":
        blocks.append(text)
    elif pos == "title":
        d["title"] = text.replace("{title}", d["title"])
    elif pos == "summary":
        d["summary"] = text.replace("{summary}", d["summary"])
    return ev

def tail_evidence(body):
    last = body.rstrip("\n").split("\n")[-1]
    w = last.split(" ")
    ev = " ".join(w[-6:]) if len(w) > 6 else last
    return ev.strip() if ev.strip() else last

def plant_truncation(blocks, mode):
    n = len(blocks)
    lo = n // 2
    if mode == "sentence" or mode == "word":
        cands = [i for i in para_indices(blocks, lo) if words(blocks[i]) >= 14]
        if not cands: return None
        i = rng.choice(cands)
        w = blocks[i].split(" ")
        if mode == "sentence":
            js = [j for j in range(int(len(w) * 0.3), int(len(w) * 0.85))
                  if not re.search(r"[.,;:!?)`]$", w[j - 1]) and re.match(r"^[a-z]", w[j - 1])]
            if not js: return None
            j = rng.choice(js)
            cut = " ".join(w[:j])
        else:
            js = [j for j in range(int(len(w) * 0.3), int(len(w) * 0.9)) if re.fullmatch(r"[a-z]{7,}", w[j])]
            if not js: return None
            j = rng.choice(js)
            k = rng.randint(3, len(w[j]) - 3)
            cut = " ".join(w[:j] + [w[j][:k]])
        return blocks[:i] + [cut]
    if mode == "list":
        cands = [i for i in range(lo, n) if btype(blocks[i]) == "list" and len(blocks[i].split("\n")) >= 3]
        if not cands: return None
        i = rng.choice(cands)
        items = blocks[i].split("\n")
        j = rng.randint(1, len(items) - 1)
        iw = items[j].split(" ")
        if len(iw) >= 4:
            part = " ".join(iw[:rng.randint(2, len(iw) - 2)])
        else:
            part = items[j]
        return blocks[:i] + ["\n".join(items[:j] + [part])]
    if mode == "code":
        cands = [i for i in range(lo - 1, n) if btype(blocks[i]) == "code" and len(blocks[i].split("\n")) >= 6]
        if not cands: return None
        i = rng.choice(cands)
        lines = blocks[i].split("\n")
        j = rng.randint(3, len(lines) - 2)
        while j > 2 and not lines[j - 1].strip():
            j -= 1
        return blocks[:i] + ["\n".join(lines[:j])]

def sentences(p):
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p)]

def cut_words(s, limit=300):
    if len(s) <= limit: return s
    return s[:limit].rsplit(" ", 1)[0]

def plant_repeat(blocks, mode):
    paras = [i for i in para_indices(blocks, 0) if words(blocks[i]) >= 18]
    if mode == "adjacent":
        i = rng.choice(paras)
        blocks.insert(i + 1, blocks[i])
        return cut_words(blocks[i])
    if mode == "later":
        i = rng.choice(paras[: max(1, len(paras) // 2)])
        later = [j for j in range(i + 2, len(blocks)) if btype(blocks[j]) in ("head", "para")]
        if not later: return None
        j = rng.choice(later)
        blocks.insert(j, blocks[i])
        return cut_words(blocks[i])
    if mode == "variant":
        i = rng.choice(paras)
        p = blocks[i]
        # vary punctuation near the end: drop the last comma after the midpoint, or change final full stop
        k = p.rfind(", ")
        if k > len(p) // 2:
            v = p[:k] + p[k + 1:]
            common = p[:k]
        else:
            v = p.rstrip(".") + "!" if rng.random() < 0.5 else p.rstrip(".") + " ."
            common = p.rstrip(".")
        gap = rng.choice([1, 2])
        blocks.insert(min(i + gap, len(blocks)), v)
        return cut_words(common)
    if mode == "sentence":
        cands = [(i, s) for i in paras for s in sentences(blocks[i]) if words(s) >= 14 and "`" not in s]
        if not cands: return None
        i, s = rng.choice(cands)
        others = [j for j in para_indices(blocks, 0) if j != i]
        if not others: return None
        j = rng.choice(others)
        if rng.random() < 0.5:
            blocks[j] = blocks[j].rstrip() + " " + s
        else:
            blocks[j] = s + " " + blocks[j]
        return s
    if mode == "section":
        heads = [i for i in section_boundaries(blocks) if i + 1 < len(blocks) and btype(blocks[i + 1]) == "para"
                 and words(blocks[i + 1]) >= 18]
        if not heads: return None
        i = rng.choice(heads)
        j = i + 1
        while j < len(blocks) and btype(blocks[j]) != "head":
            j += 1
        sec = blocks[i:j]
        # the copied section lands before the closing section, as a paste gone wrong would
        last = section_boundaries(blocks)[-1]
        at = last if last > j else len(blocks)
        blocks[at:at] = sec
        return cut_words(blocks[i + 1])

def meta(topic, title, blocks_clean, body, m, seqno):
    n = 7000 + seqno
    ref = f"anp-ref-{n:06d}-{rng.randrange(1000, 9999)}"
    heads = [s[0][0].lower() + s[0][1:] for s in m["chosen"] if not s[2]]
    heads += ["the mistakes that are easiest to make", "a configuration you can copy"]
    lang = topic["lang"]
    summ_t = rng.choice([
        "A practical guide to {s}, covering {a} and {b}.",
        "Explains {s} with {l} examples: {a}, {b}.",
        "How to approach {s}: {a}, then {b}.",
        "{S}. Topics include {a} and {b}.",
        "Covers {a} and {b} as part of {s}, with working {l} code.",
    ])
    summary = (summ_t.replace("{s}", topic["subject"]).replace("{S}", topic["subject"][0].upper() + topic["subject"][1:])
               .replace("{a}", heads[0]).replace("{b}", heads[1]).replace("{l}", lang))
    prose = [b for b in blocks_clean if btype(b) == "para"]
    scen = rng.choice(SCENARIOS)
    wc = words(body)
    d = {
        "reference": ref,
        "title": title,
        "body": body,
        "topic": topic["topic"],
        "summary": summary,
        "ai_outline": {"context": scen, "problem": topic["subject"], "stack": topic["stack"][0],
                       "recommended_action": rng.choice(["measure first, change carefully, document the result",
                                                         "start with safe defaults and verify them under load",
                                                         "make the failure visible, then fix the cause"])},
        "ai_brief": rng.choice([
            f"a hands-on article about {topic['subject']} with runnable {lang} examples and the reasoning behind each choice.",
            f"explains {topic['subject']} for working developers, from the underlying model to a configuration that can be copied.",
            f"the draft walks through {topic['subject']} and lists the mistakes that are easiest to make in practice."]),
        "stack": topic["stack"],
        "tools": topic["tools"],
        "code_language": lang,
        "difficulty": topic["diff"],
        "reading_time": max(1, round(wc / 200)),
        "view_count": rng.randrange(0, 100000),
        "score": {k: rng.randint(72, 98) for k in ("quality", "freshness", "depth", "clarity")},
        "revision": {"status": rng.choice(["final", "rewritten", "expanded"]),
                     "version": f"1.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
                     "last_reviewed": (datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 1050))).isoformat()},
        "hash": "%024x" % rng.getrandbits(96),
        "flags": {"ai_generated_style": int(rng.random() < 0.9), "has_images": int(m["img"] is not None),
                  "image_heavy": 0, "needs_human_review": 0},
        "checklist": m["checks"],
        "entities": [{"name": topic["stack"][0], "type": "stack"}, {"name": topic["stack"][1], "type": "area"},
                     {"name": topic["subject"], "type": "problem"}],
        "image_sources": [m["img"]] if m["img"] else [],
        "payload": {"source_id": f"alphanode-{n:06d}", "generator": "anp content synthesizer",
                    "paragraphs": len(prose), "scenario": scen, "seed": n},
        "notes": rng.sample(["sanitized array meta is expected to render as a list in the frontend box",
                             "view count is synthetic and only used for testing meta volume",
                             "outline generated from the topic brief",
                             "code samples use the language version named in the stack"], 2),
    }
    return d

def build(seqno, kind, sub, topic):
    """kind: chatbot|placeholder|truncated|repeated|clean ; sub: the planted entry or mode."""
    look_mode = sub if kind == "clean" else None
    allow_look = kind != "clean" and rng.random() < 0.3
    if kind != "clean" and sum(1 for s in topic["sections"] if not s[2]) < 3:
        allow_look = True
    for attempt in range(60):
        r = assemble(topic, look_mode, allow_look)
        if r is None:
            return None
        blocks, m = r
        if kind == "placeholder" and sub[0] == "list" and not any(btype(b) == "list" for b in blocks):
            continue
        clean_blocks = list(blocks)
        title = make_title(topic) if attempt == 0 or kind != "clean" else None
        if title is None:
            title = make_title(topic)
        d = meta(topic, title, clean_blocks, body_of(blocks), m, seqno)
        ev = ""
        if kind == "chatbot":
            ev = plant_chatbot(blocks, d, sub, topic)
        elif kind == "placeholder":
            ev = plant_placeholder(blocks, d, sub)
        elif kind == "truncated":
            nb = plant_truncation(blocks, sub)
            if nb is None:
                used_titles.discard(d["title"].lower()); continue
            blocks = nb
        elif kind == "repeated":
            ev = plant_repeat(blocks, sub)
            if ev is None:
                used_titles.discard(d["title"].lower()); continue
        body = body_of(blocks) if kind != "truncated" else "\n\n".join(blocks)
        if kind == "truncated":
            ev = tail_evidence(body)
        wc = words(body)
        if not (200 <= wc <= 900):
            used_titles.discard(d["title"].lower()); continue
        d["body"] = body
        d["reading_time"] = max(1, round(wc / 200))
        look = [f"look-alike section '{h}'" for h, _, lk in m["chosen"] if lk]
        if topic["key"] in CLEAN_ONLY: look.append("an article about TODO comments (the word in title and prose)")
        if m["intro"][2]: look.append("first-person blog intro")
        if m["outro"] and m["outro"][2]: look.append("first-person/tutorial sign-off")
        if look_mode == "end-code": look.append("ends with a closed code block")
        if look_mode == "end-list": look.append("ends with a complete list")
        d["_look"] = look
        return d, ev
    return None

CLEAN_ONLY = {"todo-hygiene"}
QUOTERS = {"llm-bot", "llm-eval", "prompt-templates", "ai-docs-style", "email-templates"}

def main(outdir):
    plan = []
    for e in CHATBOT: plan.append(("chatbot", e))
    for e in PLACEHOLDER: plan.append(("placeholder", e))
    for m in ["sentence"] * 8 + ["word"] * 6 + ["code"] * 6 + ["list"] * 5: plan.append(("truncated", m))
    for m in ["adjacent"] * 6 + ["later"] * 5 + ["variant"] * 5 + ["sentence"] * 6 + ["section"] * 3: plan.append(("repeated", m))
    look_pairs = [(t["key"], h) for t in T for h, _, lk in t["sections"] if lk]
    for m in [None] * 44 + ["frame"] * 15 + ["end-code"] * 5 + ["end-list"] * 5: plan.append(("clean", m))
    for i in range(31): plan.append(("clean", ("section",) + look_pairs[i % len(look_pairs)]))
    rng.shuffle(plan)
    look_topics = [t for t in T if any(s[2] for s in t["sections"])]
    code_end_topics = [t for t in T if any(split_blocks(s[1])[-1].startswith("```") for s in t["sections"])]
    out, labels, looks = [], [], []
    ti = 0
    for seq, (kind, sub) in enumerate(plan):
        sub0 = sub
        for tries in range(50):
            sub = sub0
            if kind == "clean" and isinstance(sub, tuple):
                topic = [t for t in T if t["key"] == sub[1]][0]
                sub = ("section", sub[2])
            elif kind == "clean" and sub == "end-code":
                topic = rng.choice(code_end_topics)
            else:
                topic = T[ti % len(T)]; ti += 1
                if topic["key"] in CLEAN_ONLY and not (kind == "clean" and sub is not None):
                    continue
            r = build(seq, kind, sub, topic)
            if r: break
        else:
            raise SystemExit(f"could not build {kind} {sub}")
        d, ev = r
        look = d.pop("_look")
        if kind == "clean" and look:
            looks.append((d["reference"], "; ".join(look)))
        out.append(d)
        labels.append((d["reference"], kind, ev))
    with open(os.path.join(outdir, "drafts.jsonl"), "w") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "labels.tsv"), "w") as f:
        for ref, kind, ev in labels:
            assert "\t" not in ev and "\n" not in ev, (ref, ev)
            f.write(f"{ref}\t{kind}\t{ev}\n")
    with open(os.path.join(outdir, "clean-lookalikes.tsv"), "w") as f:
        for ref, what in looks:
            f.write(f"{ref}\t{what}\n")
    print(len(out), "drafts,", len(looks), "clean look-alikes")

if __name__ == "__main__":
    main(sys.argv[1])
