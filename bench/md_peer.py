#!/usr/bin/env python3
"""The Markdown export's peer in bench/compare.sh: what a user would script instead of Copydesk.

Reads every draft of a Copydesk SQLite store in reference order (one query) and writes one
Markdown file per draft into a folder: YAML front matter (the title, the review status and the
stored draft as JSON, which YAML reads as a flow mapping), then the body. Each file is written
under a temporary name, forced to the disk and renamed into place, the promise Copydesk keeps
(set NO_FSYNC=1 to leave the forcing out). Usage: md_peer.py STORE FOLDER
"""
import json
import os
import re
import sqlite3
import sys

store, folder = sys.argv[1], sys.argv[2]
force = not os.environ.get("NO_FSYNC")
os.makedirs(folder, exist_ok=True)
db = sqlite3.connect("file:%s?mode=ro" % store, uri=True)
rows = db.execute("SELECT d.reference, d.title, d.status, t.document, t.body FROM draft d "
                  "JOIN draft_text t ON t.draft_id = d.id ORDER BY d.reference")
for reference, title, status, document, body in rows:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "draft"
    name = "%s-%s.md" % (slug, re.sub(r"[^A-Za-z0-9_-]", "_", reference))
    text = "---\ntitle: %s\nstatus: %s\nparams: %s\n---\n%s" % (
        json.dumps(title), status, document, body)
    temp = os.path.join(folder, ".tmp-" + name)
    with open(temp, "w", encoding="utf-8") as out:
        out.write(text)
        if force:
            out.flush()
            os.fsync(out.fileno())
    os.replace(temp, os.path.join(folder, name))
if force:
    fd = os.open(folder, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
