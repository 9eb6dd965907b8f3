#!/usr/bin/env python3
"""Checks drafts.jsonl + labels.tsv of this folder: every line parses, references unique, labels match drafts,
each planted evidence occurs in its draft (twice in the body for 'repeated', at the body's end for 'truncated'),
fields in range, body 200..900 words, no evidence of one draft leaks into a clean draft."""
import json, os, re, sys, collections, datetime
here = os.path.dirname(os.path.abspath(__file__)) if len(sys.argv) < 2 else sys.argv[1]
drafts, refs = {}, set()
for n, line in enumerate(open(os.path.join(here, "drafts.jsonl"), encoding="utf-8"), 1):
    d = json.loads(line)                      # raises on a bad line
    r = d["reference"]
    assert r and len(r) <= 200 and r not in drafts, f"line {n}: bad or duplicate reference {r}"
    drafts[r] = d
labels = []
for n, line in enumerate(open(os.path.join(here, "labels.tsv"), encoding="utf-8"), 1):
    parts = line.rstrip("\n").split("\t")
    assert len(parts) == 3, f"labels line {n}: {parts}"
    labels.append(parts)
assert len({l[0] for l in labels}) == len(labels) == len(drafts), "labels and drafts differ in count or have duplicates"
titles = collections.Counter(d["title"].strip().lower() for d in drafts.values())
assert max(titles.values()) == 1, [t for t, c in titles.items() if c > 1]
kinds = collections.Counter()
evs = []
problems = []
for ref, kind, ev in labels:
    d = drafts.get(ref)
    assert d is not None, f"label for unknown draft {ref}"
    assert kind in ("chatbot", "placeholder", "truncated", "repeated", "clean"), kind
    kinds[kind] += 1
    text = "\n".join([d["title"], d.get("summary", ""), d["body"]])
    body = d["body"]
    wc = len(body.split())
    if not 200 <= wc <= 900: problems.append(f"{ref}: body has {wc} words")
    if kind == "clean":
        if ev: problems.append(f"{ref}: clean with evidence")
        if body.count("```") % 2: problems.append(f"{ref}: clean body with an open code fence")
        if not body.rstrip().endswith((".", "!", "?", "```", ")")) and not body.rstrip().split("\n")[-1].startswith("- "):
            problems.append(f"{ref}: clean body ends oddly: {body.rstrip()[-40:]!r}")
        if "{subject" in text: problems.append(f"{ref}: unfilled frame")
    else:
        if not ev: problems.append(f"{ref}: {kind} without evidence")
        elif ev not in text: problems.append(f"{ref}: evidence not found: {ev!r}")
        evs.append((ref, kind, ev))
        if kind == "repeated" and body.count(ev) < 2: problems.append(f"{ref}: repeated evidence occurs {body.count(ev)}x")
        if kind == "truncated" and not body.rstrip().endswith(ev): problems.append(f"{ref}: truncation evidence not at the end")
    for k in ("quality", "freshness", "depth", "clarity"):
        if not 0 <= d["score"][k] <= 100: problems.append(f"{ref}: score {k}")
    if d["revision"]["last_reviewed"] >= "2026-12-08": problems.append(f"{ref}: last_reviewed not in the past")
    if any("should be reviewed" in x for x in d.get("notes", [])): problems.append(f"{ref}: review note")
    if d["flags"]["needs_human_review"]: problems.append(f"{ref}: needs_human_review set")
    if d["flags"]["has_images"] != int(bool(d.get("image_sources"))): problems.append(f"{ref}: has_images mismatch")
    for img in d.get("image_sources", []):
        if f"![{img['caption']}]({img['url']})" not in body: problems.append(f"{ref}: image not in body")
    if not 1 <= d["reading_time"] <= 6 or abs(d["reading_time"] - wc / 200) > 1: problems.append(f"{ref}: reading time {d['reading_time']} for {wc} words")
# a planted chatbot/placeholder phrase must not appear in any clean draft
clean_text = [("\n".join([d["title"], d.get("summary", ""), d["body"]])) for r, k, e in labels if k == "clean" for d in [drafts[r]]]
for ref, kind, ev in evs:
    if kind in ("chatbot", "placeholder") and len(ev) >= 6 and any(ev in t for t in clean_text):
        print(f"note: {ref}: evidence {ev!r} also occurs in a clean draft (a quoted or in-code look-alike)")
print(dict(kinds), len(drafts), "drafts")
print("\n".join(problems) if problems else "OK")
sys.exit(1 if problems else 0)
