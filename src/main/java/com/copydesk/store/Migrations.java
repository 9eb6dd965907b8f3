package com.copydesk.store;

import java.util.List;

/**
 * Every schema version, in order. A migration is never edited once released: a change to the
 * schema is a new migration at the end. {@code PRAGMA user_version} says which have run.
 */
public final class Migrations {
    private Migrations() {
    }

    /** "CpDk": tells a Copydesk store from any other SQLite file. */
    public static final int APPLICATION_ID = 0x4370446b;

    public static final List<Migration> ALL = List.of(
            new Migration(1, "drafts, review state, history, import runs, full-text index", List.of(
                    """
                    CREATE TABLE draft (
                        id              INTEGER PRIMARY KEY,
                        reference       TEXT NOT NULL UNIQUE,
                        -- what the queue shows, sorts and filters by; the whole draft is in draft_text,
                        -- so that this row stays small: it is scanned by the queue and rewritten by
                        -- every decision, and a row of several KB would be rewritten whole
                        title           TEXT NOT NULL,
                        summary         TEXT,
                        topic           TEXT,
                        difficulty      TEXT,
                        last_reviewed   TEXT,
                        imp_quality     INTEGER,
                        imp_freshness   INTEGER,
                        imp_depth       INTEGER,
                        imp_clarity     INTEGER,
                        content_hash    TEXT NOT NULL,  -- SHA-256 of the canonical JSON with the body
                        imported_at     TEXT NOT NULL,
                        updated_at      TEXT NOT NULL,
                        -- the editor's review state, beside what was imported
                        status          TEXT NOT NULL DEFAULT 'pending'
                                        CHECK (status IN ('pending', 'approved', 'rejected')),
                        status_reason   TEXT,
                        decided_at      TEXT,
                        note            TEXT,
                        ed_quality      INTEGER CHECK (ed_quality BETWEEN 0 AND 100),
                        ed_freshness    INTEGER CHECK (ed_freshness BETWEEN 0 AND 100),
                        ed_depth        INTEGER CHECK (ed_depth BETWEEN 0 AND 100),
                        ed_clarity      INTEGER CHECK (ed_clarity BETWEEN 0 AND 100),
                        checklist       TEXT NOT NULL DEFAULT '[]',  -- [{"item": text, "done": bool}]
                        checklist_done  INTEGER NOT NULL DEFAULT 0,
                        checklist_total INTEGER NOT NULL DEFAULT 0,
                        -- what the queue sorts and filters by: the editor's score where set
                        quality   INTEGER GENERATED ALWAYS AS (coalesce(ed_quality, imp_quality)) VIRTUAL,
                        freshness INTEGER GENERATED ALWAYS AS (coalesce(ed_freshness, imp_freshness)) VIRTUAL,
                        depth     INTEGER GENERATED ALWAYS AS (coalesce(ed_depth, imp_depth)) VIRTUAL,
                        clarity   INTEGER GENERATED ALWAYS AS (coalesce(ed_clarity, imp_clarity)) VIRTUAL
                    )""",
                    // The queue pages by keyset on (sort key, id). Sort keys are never NULL
                    // (coalesce), so that row-value comparisons are exact; these expressions
                    // are repeated verbatim by QueueSort so that SQLite picks these indexes.
                    "CREATE INDEX draft_status ON draft(status, id)",
                    "CREATE INDEX draft_quality ON draft(coalesce(quality, -1), id)",
                    "CREATE INDEX draft_freshness ON draft(coalesce(freshness, -1), id)",
                    "CREATE INDEX draft_depth ON draft(coalesce(depth, -1), id)",
                    "CREATE INDEX draft_clarity ON draft(coalesce(clarity, -1), id)",
                    "CREATE INDEX draft_title ON draft(title COLLATE NOCASE, id)",
                    "CREATE INDEX draft_topic ON draft(coalesce(topic, '') COLLATE NOCASE, id)",
                    "CREATE INDEX draft_last_reviewed ON draft(coalesce(last_reviewed, ''), id)",
                    """
                    CREATE TABLE draft_text (
                        draft_id INTEGER PRIMARY KEY REFERENCES draft(id) ON DELETE CASCADE,
                        body     TEXT NOT NULL,
                        document TEXT NOT NULL  -- the interchange JSON of the imported draft, without the body
                    )""",
                    // What the full-text index holds, for FTS5 to read back when it needs to.
                    """
                    CREATE VIEW draft_search AS
                        SELECT d.id AS id, d.title AS title, d.summary AS summary, t.body AS body
                        FROM draft d JOIN draft_text t ON t.draft_id = d.id""",
                    """
                    CREATE TABLE draft_tag (
                        draft_id INTEGER NOT NULL REFERENCES draft(id) ON DELETE CASCADE,
                        kind     TEXT NOT NULL CHECK (kind IN ('stack', 'tool')),
                        value    TEXT NOT NULL,
                        PRIMARY KEY (kind, value, draft_id)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX draft_tag_draft ON draft_tag(draft_id)",
                    "CREATE INDEX draft_difficulty ON draft(difficulty)",
                    """
                    CREATE VIRTUAL TABLE draft_fts USING fts5(
                        title, summary, body,
                        content = 'draft_search', content_rowid = 'id',
                        tokenize = 'unicode61 remove_diacritics 2'
                    )""",
                    // Imports fill the index a batch at a time: buffer a whole batch in memory and
                    // merge segments less eagerly (measured: 12% faster imports of 100,000 drafts).
                    "INSERT INTO draft_fts (draft_fts, rank) VALUES ('hashsize', 33554432)",
                    "INSERT INTO draft_fts (draft_fts, rank) VALUES ('automerge', 8)",
                    """
                    CREATE TABLE change_set (
                        id          INTEGER PRIMARY KEY,
                        at          TEXT NOT NULL,
                        action      TEXT NOT NULL,
                        description TEXT
                    )""",
                    """
                    CREATE TABLE history (
                        id          INTEGER PRIMARY KEY,
                        change_set  INTEGER NOT NULL REFERENCES change_set(id),
                        draft_id    INTEGER NOT NULL REFERENCES draft(id) ON DELETE CASCADE,
                        field       TEXT NOT NULL,
                        old         TEXT,
                        new         TEXT
                    )""",
                    "CREATE INDEX history_draft ON history(draft_id, id)",
                    "CREATE INDEX history_change_set ON history(change_set)",
                    """
                    CREATE TABLE import_run (
                        id          INTEGER PRIMARY KEY,
                        started_at  TEXT NOT NULL,
                        finished_at TEXT,
                        sources     TEXT NOT NULL,
                        state       TEXT NOT NULL
                                    CHECK (state IN ('running', 'done', 'cancelled', 'interrupted')),
                        imported    INTEGER NOT NULL DEFAULT 0,
                        updated     INTEGER NOT NULL DEFAULT 0,
                        unchanged   INTEGER NOT NULL DEFAULT 0,
                        rejected    INTEGER NOT NULL DEFAULT 0
                    )""",
                    """
                    CREATE TABLE import_error (
                        id          INTEGER PRIMARY KEY,
                        run_id      INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
                        file        TEXT NOT NULL,
                        line        INTEGER,
                        reference   TEXT,
                        message     TEXT NOT NULL
                    )""",
                    "CREATE INDEX import_error_run ON import_error(run_id, id)")),

            new Migration(2, "rule findings, near-duplicate signatures, store settings", List.of(
                    // Highest severity of the draft's findings: 0 none, 1 info, 2 warn, 3 block.
                    "ALTER TABLE draft ADD COLUMN severity INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE draft ADD COLUMN flagged INTEGER GENERATED ALWAYS AS (severity >= 2) VIRTUAL",
                    "ALTER TABLE draft ADD COLUMN title_key TEXT",
                    "CREATE INDEX draft_flagged ON draft(flagged, status, id)",
                    "CREATE INDEX draft_severity ON draft(severity, id)",
                    "CREATE INDEX draft_title_key ON draft(title_key)",
                    """
                    CREATE TABLE finding (
                        draft_id INTEGER NOT NULL REFERENCES draft(id) ON DELETE CASCADE,
                        rule     TEXT NOT NULL,
                        severity TEXT NOT NULL CHECK (severity IN ('info', 'warn', 'block')),
                        message  TEXT NOT NULL,
                        cluster  INTEGER
                    )""",
                    "CREATE INDEX finding_draft ON finding(draft_id)",
                    "CREATE INDEX finding_rule ON finding(rule, draft_id)",
                    """
                    CREATE TABLE minhash (
                        draft_id  INTEGER PRIMARY KEY REFERENCES draft(id) ON DELETE CASCADE,
                        signature BLOB NOT NULL
                    )""",
                    // No index on draft_id: a draft's buckets are found again from its signature,
                    // and an index would double the cost of the sixteen rows every draft adds.
                    """
                    CREATE TABLE lsh_bucket (
                        bucket   INTEGER NOT NULL,  -- band number and band hash folded together
                        draft_id INTEGER NOT NULL,
                        PRIMARY KEY (bucket, draft_id)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE near_pair (
                        a          INTEGER NOT NULL REFERENCES draft(id) ON DELETE CASCADE,
                        b          INTEGER NOT NULL REFERENCES draft(id) ON DELETE CASCADE,
                        similarity REAL NOT NULL,
                        PRIMARY KEY (a, b),
                        CHECK (a < b)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX near_pair_b ON near_pair(b, a)",
                    """
                    CREATE TABLE setting (
                        key   TEXT PRIMARY KEY,
                        value TEXT NOT NULL
                    )""")),

            new Migration(3, "an undo journal in the history", List.of(
                    // An editor's action is undoable; undo and redo move it between 'done' and
                    // 'undone' (undone_seq orders the redo stack); a new action after an undo drops
                    // what could be redone. Imports and undo/redo themselves are not undoable.
                    "ALTER TABLE change_set ADD COLUMN undoable INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE change_set ADD COLUMN state TEXT NOT NULL DEFAULT 'done' "
                            + "CHECK (state IN ('done', 'undone', 'dropped'))",
                    "ALTER TABLE change_set ADD COLUMN undone_seq INTEGER",
                    "CREATE INDEX change_set_journal ON change_set(undoable, state, id)")),

            new Migration(4, "an index of import times, for the overview's imports over time", List.of(
                    // Drafts imported per day count through this index instead of reading every row.
                    "CREATE INDEX draft_imported_at ON draft(imported_at)")),

            new Migration(5, "a narrow index of the review state by draft, for counting a view with a search or rule", List.of(
                    // Counting "Needs review" with a search looks up the status of every match; in
                    // the draft table that reads most of its pages (measured, 100,000 matches of
                    // 1,000,000: 170 ms), in this index a few MB (45 ms). QueueRepository.count
                    // names it (INDEXED BY): SQLite would otherwise take the table's own key.
                    "CREATE INDEX draft_state ON draft(id, status, flagged)")),

            new Migration(6, "a near-duplicate index that survives spinning and leaves boilerplate out", List.of(
                    // MinHash bands over every shingle put the generator's boilerplate into buckets
                    // of thousands of drafts; the new index keeps, per draft, its rarest features
                    // (anchors), one row per anchor, and forgets a feature once it is boilerplate.
                    "DROP TABLE lsh_bucket",
                    "DROP TABLE minhash",
                    """
                    CREATE TABLE near_print (
                        draft_id INTEGER PRIMARY KEY REFERENCES draft(id) ON DELETE CASCADE,
                        features INTEGER NOT NULL,  -- how many features were not boilerplate when indexed
                        smallest BLOB NOT NULL,     -- the smallest of them, sorted 64-bit hashes: all when few
                        anchors  BLOB NOT NULL      -- those it is found by: one near_anchor row each
                    )""",
                    // No index on draft_id, as lsh_bucket had none: a draft's rows are found again
                    // from near_print.anchors.
                    """
                    CREATE TABLE near_anchor (
                        feature  INTEGER NOT NULL,
                        draft_id INTEGER NOT NULL,
                        PRIMARY KEY (feature, draft_id)
                    ) WITHOUT ROWID""",
                    // Features shared by too many drafts to say anything about a copy.
                    "CREATE TABLE boilerplate (feature INTEGER PRIMARY KEY)",
                    // The old pairs were found by the old measure; the index is rebuilt on open
                    // (FlagDrafts.similarityIndexKey no longer matches).
                    "DELETE FROM near_pair",
                    "DELETE FROM setting WHERE key = 'similarity_index'")),

            new Migration(7, "who decides: the editor of each action; claims as leases", List.of(
                    // The editor who made a change set (an action, an undo, an import); null for
                    // those made before editors were recorded. Undo and redo walk one editor's
                    // actions only, by this index.
                    "ALTER TABLE change_set ADD COLUMN editor TEXT",
                    "CREATE INDEX change_set_editor_journal ON change_set(editor, undoable, state, id)",
                    // An editor holds a draft until a time (epoch milliseconds: comparable as
                    // numbers, where ISO text with and without fractions is not); a lease that
                    // ended is free without anyone cleaning up, so a sleeping laptop leaks nothing.
                    """
                    CREATE TABLE claim (
                        draft_id INTEGER PRIMARY KEY REFERENCES draft(id) ON DELETE CASCADE,
                        editor   TEXT NOT NULL,
                        until    INTEGER NOT NULL
                    )""",
                    "CREATE INDEX claim_editor ON claim(editor, until)",
                    // The review state's version: an editor's action writes a draft only while it
                    // is the version the action read (UPDATE ... WHERE version = ?), never a read
                    // and then a blind write that could undo another editor's change.
                    "ALTER TABLE draft ADD COLUMN version INTEGER NOT NULL DEFAULT 0")),

            new Migration(8, "near-duplicate boilerplate as a share of the store: document frequencies", List.of(
                    // How many drafts have each feature that repeats within an import batch; a
                    // feature in more than a share of the store is boilerplate (NearIndex).
                    // Features each draft has alone are not counted: the table stays small.
                    """
                    CREATE TABLE near_df (
                        feature INTEGER PRIMARY KEY,
                        drafts  INTEGER NOT NULL
                    )""",
                    // The old index counted nothing: it is rebuilt on open (FlagDrafts.similarityIndexKey
                    // no longer matches), which counts every draft again.
                    "DELETE FROM near_pair",
                    "DELETE FROM setting WHERE key = 'similarity_index'")),

            // 9 is PostgreSQL's own (PgSchema): the next SQLite migration takes 10 on both.
            new Migration(10, "near-duplicate anchor buckets known to be full", List.of(
                    // An import batch read its drafts' anchor buckets and counted each full one to
                    // its 129th row again, batch after batch: at 300,000 drafts most of the step's
                    // time, near_anchor no longer in the page cache. A bucket found full is noted
                    // here and not counted again until a draft leaves it (CorpusRepository.buckets).
                    // Empty is correct (every bucket is counted once more): no re-index.
                    // over: the bucket holds more drafts than this (the limit it was counted to)
                    "CREATE TABLE near_full (feature INTEGER PRIMARY KEY, over INTEGER NOT NULL)")),

            new Migration(11, "how many drafts have each review status and severity, kept by triggers", List.of(
                    // The queue counts its drafts before it shows a page, and "how many" is asked most of
                    // all drafts or of a status or of the flagged ones: COUNT(*) walks an index of every
                    // draft (1,000,000 drafts: about 30 ms, most of a queue page). These rows say it in
                    // one look-up. Triggers keep them, in the same transaction as every write of a
                    // draft's status or severity, whichever code makes it (import, decision, undo,
                    // re-flag, copy, delete), so they are exact; QueueRepository.count reads them.
                    """
                    CREATE TABLE draft_count (
                        status   TEXT NOT NULL,
                        severity INTEGER NOT NULL,
                        drafts   INTEGER NOT NULL,
                        PRIMARY KEY (status, severity)
                    ) WITHOUT ROWID""",
                    "INSERT INTO draft_count (status, severity, drafts) "
                            + "SELECT status, severity, count(*) FROM draft GROUP BY status, severity",
                    """
                    CREATE TRIGGER draft_count_insert AFTER INSERT ON draft BEGIN
                        INSERT INTO draft_count (status, severity, drafts) VALUES (new.status, new.severity, 1)
                            ON CONFLICT (status, severity) DO UPDATE SET drafts = drafts + 1;
                    END""",
                    """
                    CREATE TRIGGER draft_count_delete AFTER DELETE ON draft BEGIN
                        UPDATE draft_count SET drafts = drafts - 1
                            WHERE status = old.status AND severity = old.severity;
                    END""",
                    """
                    CREATE TRIGGER draft_count_update AFTER UPDATE OF status, severity ON draft
                    WHEN old.status IS NOT new.status OR old.severity IS NOT new.severity BEGIN
                        UPDATE draft_count SET drafts = drafts - 1
                            WHERE status = old.status AND severity = old.severity;
                        INSERT INTO draft_count (status, severity, drafts) VALUES (new.status, new.severity, 1)
                            ON CONFLICT (status, severity) DO UPDATE SET drafts = drafts + 1;
                    END"""))
    );

    public static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }
}
