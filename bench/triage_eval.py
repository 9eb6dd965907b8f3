#!/usr/bin/env python3
"""Independent check of Copydesk's triage, apart from the labelled set the rules' tests build:
clean generator-shaped drafts an editor would approve (gen_drafts.py bodies with their own titles,
passing scores, fitting reading time and paragraph count, recent reviews, no review request) and
planted defects in other wordings, near copies among them.

  bench/triage_eval.py CLEAN PER_KIND SEED OUT.jsonl       writes OUT.jsonl and OUT.jsonl.labels.json
  java -jar target/copydesk.jar --db t.db import OUT.jsonl
  java -jar target/copydesk.jar --db t.db list --json --flagged --limit 1000000 > flagged.jsonl
  bench/triage_eval.py score OUT.jsonl.labels.json flagged.jsonl

prints, per kind, how many drafts carry a finding at warn or above (for "clean": the false
positives, by rule). Needs ../shared/tools/gen_drafts.py beside the project (GEN_DRAFTS overrides)."""
import json, random, sys, math, re, copy, datetime

import os
sys.path.insert(0, os.environ.get('GEN_DRAFTS', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'tools')))
import gen_drafts as g

TODAY = datetime.date(2026, 12, 7)
QUAL = ["a practical guide to", "notes on", "lessons from", "a field report on", "a short primer on", "rethinking",
        "how we approached", "a checklist for", "pitfalls in", "a second look at", "what we learned", "getting started with"]
ADJ = ["calm", "careful", "steady", "pragmatic", "measured", "lean", "boring", "reliable", "honest", "small"]

def words(text):
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'-]*", text))

def prose_paragraphs(body):
    n = 0
    for b in body.strip().split("\n\n"):
        b = b.strip()
        if not b or b.startswith("#") or b.startswith("- ") or b.startswith("![") or b.startswith("```"):
            continue
        n += 1
    return n

def fix_meta(d):
    d["reading_time"] = max(1, round(words(d["body"]) / 200))
    d["payload"]["paragraphs"] = prose_paragraphs(d["body"])
    return d

def clean(i, rnd):
    d = g.make(i, rnd)
    stack = d["ai_outline"]["stack"]; problem = d["ai_outline"]["problem"]
    d["title"] = f"{rnd.choice(QUAL)} {problem} in {stack}: a {rnd.choice(ADJ)} approach ({i})".capitalize()
    d["score"] = {k: rnd.randint(72, 100) for k in ("quality", "freshness", "depth", "clarity")}
    d["revision"]["last_reviewed"] = (TODAY - datetime.timedelta(days=rnd.randint(1, 300))).isoformat()
    d["notes"] = [n for n in d["notes"] if "reviewed" not in n]
    d["flags"]["needs_human_review"] = 0
    # vary the prose a little so drafts are not one template
    if rnd.random() < 0.4:
        lang = d["code_language"]
        code = {"python": "def handler(event):\n    return {\"ok\": True}",
                "javascript": "app.get('/health', (req, res) => res.send('ok'));",
                "go": "func main() {\n\tfmt.Println(\"ok\")\n}",
                "java": "public record Page(int size, String after) {}",
                "rust": "fn main() {\n    println!(\"ok\");\n}",
                "typescript": "export const ok = (): boolean => true;",
                "sql": "EXPLAIN ANALYZE SELECT id FROM posts WHERE published_at > now() - interval '1 day';"}[lang]
        d["body"] = d["body"].replace("## implementation checklist",
                                      f"a minimal example:\n\n```{lang}\n{code}\n```\n\n## implementation checklist")
    return fix_meta(d)

CHATBOT_OPEN = ["As an AI language model, I can outline the steps below.", "Certainly! Here is a draft article about this topic.",
                "Sure, here's a blog post on the subject you asked for.", "As a large language model, I don't have personal experience, but",
                "Of course! Below is a revised version of the article."]
CHATBOT_CLOSE = ["I hope this helps! Let me know if you need anything else.", "Let me know if you'd like me to expand any section.",
                 "Feel free to ask if you have further questions!", "I hope this article helps you. Would you like me to add code samples?",
                 "As of my last knowledge update in 2023, this was the recommended approach.",
                 "Note: my knowledge cutoff is September 2021, so details may have changed."]
CITES = ["citeturn0search0", "turn0search3", ":contentReference[oaicite:2]{index=2}", "【4†source】", "[oai_citation:1‡docs.python.org]"]
PLACEHOLDERS = ["Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "[INSERT EXAMPLE HERE]", "TODO: add a real benchmark here.",
                "Contact {{product_name}} support for details.", "See [link here] for more.", "Written by [Your Name].",
                "TBD: explain the rollback.", "[insert screenshot]", "<add company name>", "FIXME: numbers below are made up."]

def paras(d):
    return d["body"].split("\n\n")

def plant(kind, d, rnd):
    b = d["body"]
    if kind == "chatbot-open":
        d["body"] = rnd.choice(CHATBOT_OPEN) + " " + b
    elif kind == "chatbot-close":
        d["body"] = b.rstrip("\n") + "\n\n" + rnd.choice(CHATBOT_CLOSE) + "\n"
    elif kind == "citation":
        ps = paras(d); k = 0
        ps[k] = ps[k].rstrip(".") + ". " + rnd.choice(CITES)
        d["body"] = "\n\n".join(ps)
    elif kind == "chatbot-title":
        d["title"] = rnd.choice(["Sure! Here is an article: ", "Certainly: "]) + d["title"]
    elif kind == "placeholder":
        ps = paras(d); k = rnd.randrange(0, len(ps) - 1)
        while ps[k].startswith(("#", "-", "!", "```")):
            k = (k + 1) % len(ps)
        ps[k] = ps[k] + " " + rnd.choice(PLACEHOLDERS)
        d["body"] = "\n\n".join(ps)
    elif kind == "placeholder-summary":
        d["summary"] = d["summary"] + " " + rnd.choice(["[INSERT SUMMARY]", "Lorem ipsum.", "{{summary}}", "TODO"])
    elif kind == "truncated":
        t = b.rstrip()
        cut = t.rfind(" ", 0, len(t) - rnd.randint(15, 40))
        d["body"] = t[:cut] + "\n"
    elif kind == "repeated-paragraph":
        ps = paras(d)
        prose = [p for p in ps if not p.startswith(("#", "-", "!", "```")) and len(p) > 80]
        p = rnd.choice(prose)
        ps.insert(rnd.randrange(len(ps) - 1) + 1, p)
        d["body"] = "\n\n".join(ps)
    elif kind == "unclosed-fence":
        d["body"] = b.replace("## final notes", "```bash\nmake deploy\n\n## final notes")
    elif kind == "topic-mismatch":
        others = [s for s in g.STACKS if s != d["ai_outline"]["stack"]]
        o = rnd.choice(others)
        probs = [p for p in g.PROBLEMS if p != d["ai_outline"]["problem"]]
        d["topic"] = f"{rnd.choice(probs)} / {o}"
        d["stack"] = [o] + g.STACKS[o][0]
        d["tools"] = g.STACKS[o][1]
    elif kind == "empty-section":
        d["body"] = b.replace("## final notes", "## monitoring\n\n## final notes")
    elif kind == "unsafe-link":
        url = rnd.choice(["http://localhost:8080/admin", "http://127.0.0.1:3000/docs", "https://example.com/guide",
                          "file:///etc/passwd", "http://192.168.1.10/dashboard", "https://www.example.org/setup", "http://10.0.0.5/api"])
        ps = paras(d); ps[0] = ps[0] + f" See [the guide]({url}) for details."
        d["body"] = "\n\n".join(ps)
    elif kind == "future-review":
        d["revision"]["last_reviewed"] = (TODAY + datetime.timedelta(days=rnd.randint(5, 400))).isoformat()
    elif kind == "future-note":
        d["notes"] = d["notes"] + [f"facts checked on {(TODAY + datetime.timedelta(days=rnd.randint(5, 400))).isoformat()}"]
    elif kind == "reviewer-note":
        d["notes"] = d["notes"] + [rnd.choice(["needs a second pair of eyes before publishing", "please verify the numbers in the benchmark section",
                                              "TODO: fact-check the benchmark", "not sure the pgbench figures are right, check them",
                                              "an editor should double-check the migration steps", "unverified claims in section 2"])]
    elif kind == "low-score":
        k = rnd.choice(list(d["score"])); d["score"][k] = rnd.randint(10, 60)
    elif kind == "stale":
        d["revision"]["last_reviewed"] = (TODAY - datetime.timedelta(days=rnd.randint(400, 1500))).isoformat()
    elif kind == "reading-time":
        d["reading_time"] = d["reading_time"] + rnd.randint(5, 15)
    elif kind == "paragraph-count":
        d["payload"]["paragraphs"] = d["payload"]["paragraphs"] + rnd.randint(3, 6)
    elif kind == "image-meta-only":
        if "![" in b:
            d["body"] = re.sub(r"!\[[^\]]*\]\([^)]*\)\n\n", "", b)
        else:
            d["image_sources"] = [{"source": "unsplash", "url": "https://images.unsplash.com/photo-1?w=1", "caption": "a diagram"}]
        d["flags"]["has_images"] = 1
    elif kind == "missing-meta":
        d[rnd.choice(["summary", "topic"])] = ""
    elif kind == "suspicious-html":
        ps = paras(d); ps[0] += " " + rnd.choice(['<svg onload="alert(1)"></svg>', '<details ontoggle="fetch(1)">x</details>',
                                                   '<a href="#" onclick="steal()">read more</a>', '<video src=x onerror="alert(1)"></video>',
                                                   '<iframe src="https://evil.test"></iframe>', '<script>alert(1)</script>'])
        d["body"] = "\n\n".join(ps)
    elif kind == "duplicate-title-punct":
        pass  # handled by pairing
    if kind not in ("truncated",):
        fix_meta(d) if kind not in ("reading-time", "paragraph-count") else None
    return d

KINDS = ["chatbot-open", "chatbot-close", "citation", "chatbot-title", "placeholder", "placeholder-summary", "truncated",
         "repeated-paragraph", "unclosed-fence", "topic-mismatch", "empty-section", "unsafe-link", "future-review", "future-note",
         "reviewer-note", "low-score", "stale", "reading-time", "paragraph-count", "image-meta-only", "missing-meta", "suspicious-html"]

def main():
    n_clean, per_kind, seed, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rnd = random.Random(seed)
    labels = {}
    with open(out, "w") as f:
        i = 0
        for _ in range(n_clean):
            d = clean(i, rnd); i += 1
            d["reference"] = f"clean-{i}"
            labels[d["reference"]] = "clean"
            f.write(json.dumps(d) + "\n")
        for kind in KINDS:
            for _ in range(per_kind):
                d = plant(kind, clean(i, rnd), rnd); i += 1
                if kind == "truncated":
                    d["reading_time"] = max(1, round(words(d["body"]) / 200)); d["payload"]["paragraphs"] = prose_paragraphs(d["body"])
                d["reference"] = f"{kind}-{i}"
                labels[d["reference"]] = kind
                f.write(json.dumps(d) + "\n")
        for _ in range(per_kind):
            a = clean(i, rnd); i += 1
            b = clean(i, rnd); i += 1
            a["reference"] = f"duptitle-a-{i}"; b["reference"] = f"duptitle-b-{i}"
            b["title"] = re.sub(r"[:()]", rnd.choice(["", " -", ","]), a["title"]).replace("  ", " ") + rnd.choice(["!", "?", "."])
            labels[a["reference"]] = "duplicate-title"; labels[b["reference"]] = "duplicate-title"
            f.write(json.dumps(a) + "\n"); f.write(json.dumps(b) + "\n")
        SYN = {"database": "db", "changes": "modifications", "large": "big", "check": "verify", "test": "try", "fastest": "quickest",
               "request": "call", "small": "little", "measure": "gauge", "risky": "dangerous", "easier": "simpler", "every": "each",
               "predictable": "foreseeable", "safe": "secure", "readable": "legible", "developers": "engineers", "solution": "answer"}
        for kind in ["neardup-spun", "neardup-shuffled", "neardup-synonyms", "neardup-retitled", "neardup-markup"]:
            for _ in range(per_kind):
                a = clean(i, rnd); i += 1
                b = copy.deepcopy(a)
                b["title"] = clean(i, rnd)["title"]; i += 1
                ws = b["body"].split(" ")
                if kind == "neardup-spun":
                    rate = rnd.uniform(0.03, 0.15)
                    for k in range(len(ws)):
                        if rnd.random() < rate and not ws[k].startswith(("!", "#", "-", "(")) and "\n" not in ws[k]:
                            ws[k] = rnd.choice(["quite", "really", "fairly", "simply", "truly", "often", "maybe", "surely"])
                    b["body"] = " ".join(ws)
                elif kind == "neardup-shuffled":
                    ps = b["body"].split("\n\n")
                    out2 = []
                    for pp in ps:
                        if pp.startswith(("#", "-", "!")):
                            out2.append(pp); continue
                        ss = [x.strip() for x in pp.split(". ") if x.strip()]
                        rnd.shuffle(ss)
                        out2.append(". ".join(x.rstrip(".") for x in ss) + ".")
                    b["body"] = "\n\n".join(out2)
                elif kind == "neardup-synonyms":
                    b["body"] = " ".join(SYN.get(w, w) for w in ws)
                elif kind == "neardup-markup":
                    b["body"] = b["body"].replace("\n\n", "\n\n\n").replace("database", "**database**").replace("measure", "*measure*")
                fix_meta(b)
                a["reference"] = f"{kind}-a-{i}"; b["reference"] = f"{kind}-b-{i}"
                labels[a["reference"]] = kind; labels[b["reference"]] = kind
                f.write(json.dumps(a) + "\n"); f.write(json.dumps(b) + "\n")
    json.dump(labels, open(out + ".labels.json", "w"))

def score(labels_file, list_json):
    labels = json.load(open(labels_file))
    flagged = {}
    for line in open(list_json):
        o = json.loads(line)
        flagged[o["reference"]] = o["flags"]
    by = {}
    fp_rules = {}
    for ref, kind in labels.items():
        f = flagged.get(ref)
        hit = f is not None and len(f) > 0
        by.setdefault(kind, [0, 0])
        by[kind][0] += 1
        by[kind][1] += hit
        if kind == "clean" and hit:
            for r in f:
                fp_rules[r] = fp_rules.get(r, 0) + 1
    for kind, (n, h) in sorted(by.items()):
        print(f"{kind:24s} {h:5d}/{n:<5d} {100.0*h/n:6.1f}%")
    print("clean FP by rule:", fp_rules)

if __name__ == "__main__":
    if sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3])
    else:
        main()
