package com.copydesk.review;

import com.copydesk.model.ChecklistItem;
import com.copydesk.model.ChecklistRef;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.Finding;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.ScoreName;
import com.copydesk.model.Severity;
import com.copydesk.store.ClaimRepository;
import com.copydesk.store.FindingRepository;
import com.copydesk.store.HistoryWriter;
import com.copydesk.store.JournalRepository;
import com.copydesk.store.QueueRepository;
import com.copydesk.store.ReviewFields;
import com.copydesk.store.ReviewRepository;
import com.copydesk.store.ReviewRepository.ReviewRow;
import com.copydesk.store.Store;
import com.copydesk.store.Tx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What an editor does to drafts — decide, score, tick, note — on one draft, a selection, or every
 * draft matching a filter. Each action is one transaction and one step of the undo journal; every
 * change is in the history with its old and new value. The window and the command line both call
 * these, so they behave the same.
 */
public final class ReviewActions {
    /** Progress is told every this many drafts of a bulk action. */
    private static final int PROGRESS_EVERY = 500;

    private final Store store;
    private final ReviewRepository reviews;
    private final FindingRepository findings;
    private final QueueRepository queue;
    private final JournalRepository journal;
    private final ClaimRepository claims;
    private final FlagDrafts flagger;
    private final Clock clock;
    /** Who acts: asked at each action, since the window may change it while open. */
    private final Supplier<String> editor;

    public ReviewActions(Store store, ReviewRepository reviews, FindingRepository findings, QueueRepository queue,
                         JournalRepository journal, ClaimRepository claims, FlagDrafts flagger, Clock clock,
                         Supplier<String> editor) {
        this.store = store;
        this.reviews = reviews;
        this.findings = findings;
        this.queue = queue;
        this.journal = journal;
        this.claims = claims;
        this.flagger = flagger;
        this.clock = clock;
        this.editor = editor;
    }

    /** The editor these actions are recorded for. */
    public String editor() {
        return editor.get();
    }

    /** Which drafts an action acts on. */
    public sealed interface Target {
        /** Drafts by id, as selected in the window. */
        record Ids(List<Long> ids) implements Target {
            public Ids {
                ids = List.copyOf(ids);
            }
        }

        /** Drafts by reference, as named on the command line; a reference named twice counts once. */
        record References(List<String> references) implements Target {
            public References {
                references = List.copyOf(new java.util.LinkedHashSet<>(references));
            }
        }

        /** Every draft matching the filter when the action runs. */
        record Matching(DraftFilter filter) implements Target {
        }

        static Target of(long id) {
            return new Ids(List.of(id));
        }
    }

    /**
     * What an action did.
     *
     * @param changed   drafts it changed
     * @param unchanged drafts it left as they were (already so, or nothing to do)
     * @param refused   drafts it would not change, with why (e.g. a blocking finding)
     * @param notFound  references that name no draft
     */
    public record Outcome(int changed, int unchanged, List<String> refused, List<String> notFound) {
        public Outcome {
            refused = List.copyOf(refused);
            notFound = List.copyOf(notFound);
        }
    }

    /**
     * What a bulk action would touch, shown before it runs: the drafts themselves (so that the
     * action touches exactly these, whatever arrives meanwhile), how many a rule flags, how many
     * have a blocking finding.
     */
    public record Preview(List<Long> ids, long flagged, long blocked) {
        public Preview {
            ids = List.copyOf(ids);
        }

        public long drafts() {
            return ids.size();
        }

        public Target target() {
            return new Target.Ids(ids);
        }
    }

    /**
     * What undo or redo did: the action it took back or brought back, how many drafts it touched,
     * and how many it left as they are because an import changed them since.
     */
    public record Step(String action, String description, int drafts, int reimported) {
    }

    // ---- decisions ------------------------------------------------------------------------

    /**
     * Approves; a draft with a {@code block} finding is refused unless {@code force}, and a
     * forced approval is recorded as an override in the history.
     */
    public Outcome approve(Target target, boolean force, TaskMonitor monitor) {
        return act("approve", "approve", target, false, monitor, (tx, row, history) -> {
            Optional<String> held = heldByAnother(tx, row, force);
            if (held.isPresent()) {
                return Result.refused(held.get());
            }
            List<String> blocking = row.blocked() ? blockingRules(tx, row.id()) : List.of();
            if (!blocking.isEmpty() && !force) {
                return Result.refused(row.reference() + ": a blocking finding (" + String.join(", ", blocking)
                        + ") stops approval; approve it deliberately to override");
            }
            boolean changed = decide(row, ReviewStatus.APPROVED, null, history, tx);
            if (changed && !blocking.isEmpty()) {
                history.record(row.id(), ReviewFields.OVERRIDE, null,
                        "approved despite a blocking finding: " + String.join(", ", blocking));
            }
            return Result.of(changed);
        });
    }

    public Outcome reject(Target target, String reason, TaskMonitor monitor) {
        return reject(target, reason, false, monitor);
    }

    /** @param force also a draft another editor holds */
    public Outcome reject(Target target, String reason, boolean force, TaskMonitor monitor) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        return act("reject", "reject", target, false, monitor, (tx, row, history) -> {
            Optional<String> held = heldByAnother(tx, row, force);
            return held.isPresent() ? Result.refused(held.get())
                    : Result.of(decide(row, ReviewStatus.REJECTED, why, history, tx));
        });
    }

    /** Back to pending: the decision is undone, the draft waits again. */
    public Outcome reopen(Target target, TaskMonitor monitor) {
        return act("pending", "back to pending", target, false, monitor,
                (tx, row, history) -> Result.of(decide(row, ReviewStatus.PENDING, null, history, tx)));
    }

    private boolean decide(ReviewRow row, ReviewStatus status, String reason, Edit history, Tx tx) {
        if (row.status() == status && Objects.equals(row.reason(), reason)) {
            // still a decision: the history says who took it, though there is nothing to undo
            history.confirm(row.id(), ReviewFields.STATUS, status.key());
            return false;
        }
        String decidedAt = status == ReviewStatus.PENDING ? null : clock.instant().toString();
        change(tx, history, row.id(), ReviewFields.STATUS, row.status().key(), status.key());
        change(tx, history, row.id(), ReviewFields.REASON, row.reason(), reason);
        change(tx, history, row.id(), ReviewFields.DECIDED_AT, row.decidedAt(), decidedAt);
        return true;
    }

    private List<String> blockingRules(Tx tx, long id) {
        return findings.forDraft(tx, id).stream().filter(f -> f.severity() == Severity.BLOCK).map(Finding::rule)
                .distinct().toList();
    }

    // ---- scores, checklist, note -----------------------------------------------------------

    /** Sets the editor's score; null goes back to the imported one. Re-runs the rules. */
    public Outcome setScore(Target target, ScoreName score, Integer value, TaskMonitor monitor) {
        return setScore(target, score, value, false, monitor);
    }

    /** @param force also a draft another editor holds */
    public Outcome setScore(Target target, ScoreName score, Integer value, boolean force, TaskMonitor monitor) {
        if (value != null && (value < 0 || value > 100)) {
            throw new IllegalArgumentException(score.key() + " must be from 0 to 100, not " + value);
        }
        String text = value == null ? null : value.toString();
        return act("score", score.key() + (value == null ? " back to imported" : " = " + value), target, true, monitor, (tx, row, history) -> {
                    Optional<String> held = heldByAnother(tx, row, force);
                    if (held.isPresent()) {
                        return Result.refused(held.get());
                    }
                    Integer now = row.editorScores().get(score);
                    return Result.of(change(tx, history, row.id(), ReviewFields.score(score),
                            now == null ? null : now.toString(), text));
                });
    }

    /** Ticks or clears an item, named by number or text; drafts without the item are left alone. */
    public Outcome setChecked(Target target, ChecklistRef item, boolean done, TaskMonitor monitor) {
        return setChecked(target, item, done, false, monitor);
    }

    /** @param force also a draft another editor holds */
    public Outcome setChecked(Target target, ChecklistRef item, boolean done, boolean force, TaskMonitor monitor) {
        return act(done ? "check" : "uncheck", (done ? "tick " : "untick ") + "\"" + item.given() + "\"", target,
                false, monitor, (tx, row, history) -> {
            Optional<String> held = heldByAnother(tx, row, force);
            if (held.isPresent()) {
                return Result.refused(held.get());
            }
            OptionalInt index = item.indexIn(row.checklist());
            if (index.isEmpty()) {
                return Result.refused(row.reference() + ": no checklist item \"" + item.given() + "\"");
            }
            List<ChecklistItem> items = new ArrayList<>(row.checklist());
            items.set(index.getAsInt(), items.get(index.getAsInt()).withDone(done));
            return Result.of(changeChecklist(tx, history, row, items));
        });
    }

    /** Replaces a draft's checklist: adding, removing and reordering items are all this. */
    public Outcome editChecklist(long id, List<ChecklistItem> items) {
        List<ChecklistItem> cleaned = items.stream().filter(i -> !i.text().isBlank())
                .map(i -> new ChecklistItem(i.text().strip(), i.done())).toList();
        return act("checklist", "edit the checklist of", Target.of(id), false, TaskMonitor.NONE,
                (tx, row, history) -> Result.of(changeChecklist(tx, history, row, cleaned)));
    }

    /**
     * Replaces a checklist edited from a copy that showed {@code basedOn}: when someone changed it
     * since, the edit is merged into what is there now (items added, removed, ticked or cleared,
     * matched by text), never overwriting the other change; an edit that cannot be merged (a new
     * order, repeated texts) is refused with a message.
     */
    public Outcome editChecklist(long id, List<ChecklistItem> basedOn, List<ChecklistItem> items) {
        List<ChecklistItem> cleaned = items.stream().filter(i -> !i.text().isBlank())
                .map(i -> new ChecklistItem(i.text().strip(), i.done())).toList();
        return act("checklist", "edit the checklist of", Target.of(id), false, TaskMonitor.NONE, (tx, row, history) -> {
            if (row.checklist().equals(basedOn)) {
                return Result.of(changeChecklist(tx, history, row, cleaned));
            }
            Optional<List<ChecklistItem>> merged = ChecklistMerge.merge(basedOn, cleaned, row.checklist());
            if (merged.isEmpty()) {
                return Result.refused(row.reference() + ": the checklist was changed meanwhile (by another editor "
                        + "or window) and this edit cannot be merged into it; it was not saved, look again");
            }
            return Result.of(changeChecklist(tx, history, row, merged.get()));
        });
    }

    public Outcome setNote(long id, String note) {
        String text = note == null || note.isBlank() ? null : note;
        return act("note", "edit the note of", Target.of(id), false, TaskMonitor.NONE,
                (tx, row, history) -> Result.of(change(tx, history, row.id(), ReviewFields.NOTE, row.note(), text)));
    }

    /**
     * Sets a note edited from a copy that showed {@code basedOn}: when the note changed since
     * (and not to the same text), the edit is refused with a message rather than overwriting it.
     */
    public Outcome setNote(long id, String basedOn, String note) {
        String text = note == null || note.isBlank() ? null : note;
        String base = basedOn == null || basedOn.isBlank() ? null : basedOn;
        return act("note", "edit the note of", Target.of(id), false, TaskMonitor.NONE, (tx, row, history) -> {
            if (!Objects.equals(row.note(), base) && !Objects.equals(row.note(), text)) {
                return Result.refused(row.reference() + ": the note was changed meanwhile (by another editor or "
                        + "window); this edit was not saved, look again");
            }
            return Result.of(change(tx, history, row.id(), ReviewFields.NOTE, row.note(), text));
        });
    }

    private boolean changeChecklist(Tx tx, Edit history, ReviewRow row, List<ChecklistItem> items) {
        return change(tx, history, row.id(), ReviewFields.CHECKLIST, ReviewRepository.checklistText(row.checklist()),
                ReviewRepository.checklistText(items));
    }

    /** Sets a field (written with the draft's other changes when the action is done with it) and records it, when it changes. */
    private boolean change(Tx tx, Edit history, long id, String field, String old, String now) {
        if (Objects.equals(old, now)) {
            return false;
        }
        history.set(field, now);
        history.record(id, field, old, now);
        return true;
    }

    // ---- claims ----------------------------------------------------------------------------

    /** What {@link #claim} took: every draft the editor now holds from the call, and until when. */
    public record Claimed(List<String> references, Instant until) {
        public Claimed {
            references = List.copyOf(references);
        }
    }

    /**
     * Makes the editor hold {@code count} pending drafts matching the filter (or all that are free
     * if fewer) for {@code lease}; those the editor holds already count, and their lease is renewed.
     */
    public Claimed claim(DraftFilter filter, int count, Duration lease) {
        if (count < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a claim needs a count and a lease above zero");
        }
        Instant now = clock.instant();
        Instant until = now.plus(lease).truncatedTo(ChronoUnit.SECONDS);
        String who = editor.get();
        return store.transaction(tx -> new Claimed(claims.claim(tx, who, filter, count, now, until), until));
    }

    /** Gives back the editor's claims on the drafts named (all of them when none are); how many it gave back. */
    public Outcome release(List<String> references) {
        String who = editor.get();
        return store.transaction(tx -> {
            List<String> notFound = new ArrayList<>();
            List<Long> ids = references.isEmpty() ? List.of() : ids(tx, new Target.References(references), notFound);
            if (!references.isEmpty() && ids.isEmpty()) {
                return new Outcome(0, 0, List.of(), notFound);
            }
            int released = claims.release(tx, who, ids);
            return new Outcome(released, ids.size() - Math.min(released, ids.size()), List.of(), notFound);
        });
    }

    /** The refusal for a draft another editor holds, unless forced. */
    private Optional<String> heldByAnother(Tx tx, ReviewRow row, boolean force) {
        if (force) {
            return Optional.empty();
        }
        String who = editor.get();
        return claims.holder(tx, row.id(), clock.instant()).filter(claim -> !claim.editor().equals(who))
                .map(claim -> row.reference() + ": held by " + claim.editor() + " until " + claim.until()
                        + "; --force acts on it anyway");
    }

    // ---- bulk ------------------------------------------------------------------------------

    /** The drafts the target holds now, how many a rule flags, how many have a blocking finding. */
    public Preview preview(Target target) {
        return store.reading(tx -> {
            List<Long> ids = ids(tx, target, new ArrayList<>());
            long[] counts = queue.flagSummary(tx, ids);
            return new Preview(ids, counts[1], counts[2]);
        });
    }

    // ---- undo ------------------------------------------------------------------------------

    /** What undo would take back, if anything. */
    public Optional<String> undoable() {
        return store.reading(tx -> journal.lastDone(tx, editor.get()).map(JournalRepository.Step::description));
    }

    public Optional<String> redoable() {
        return store.reading(tx -> journal.lastUndone(tx, editor.get()).map(JournalRepository.Step::description));
    }

    /** Takes back the last action: every field it changed gets its old value again. */
    public Optional<Step> undo() {
        return store.transaction(tx -> {
            Optional<JournalRepository.Step> step = journal.lastDone(tx, editor.get());
            if (step.isEmpty()) {
                return Optional.empty();
            }
            List<JournalRepository.Change> changes = new ArrayList<>(journal.changes(tx, step.get().id()));
            Collections.reverse(changes);
            Replayed replayed = replay(tx, "undo", step.get(), changes, true);
            journal.markUndone(tx, step.get().id());
            return Optional.of(replayed.step(step.get()));
        });
    }

    /** Brings back the action undone last. */
    public Optional<Step> redo() {
        return store.transaction(tx -> {
            Optional<JournalRepository.Step> step = journal.lastUndone(tx, editor.get());
            if (step.isEmpty()) {
                return Optional.empty();
            }
            Replayed replayed = replay(tx, "redo", step.get(), journal.changes(tx, step.get().id()), false);
            journal.markRedone(tx, step.get().id());
            return Optional.of(replayed.step(step.get()));
        });
    }

    private record Replayed(int drafts, int reimported) {
        Step step(JournalRepository.Step step) {
            return new Step(step.action(), step.description(), drafts, reimported);
        }
    }

    private Replayed replay(Tx tx, String action, JournalRepository.Step step, List<JournalRepository.Change> changes,
                            boolean backwards) {
        Set<Long> drafts = new LinkedHashSet<>();
        Map<Long, Boolean> reimported = new HashMap<>();
        boolean scores = false;
        try (HistoryWriter history = HistoryWriter.begin(tx, clock.instant(), action,
                action + " of \"" + step.description() + "\"", editor.get())) {
            for (JournalRepository.Change change : changes) {
                if (!ReviewRepository.isEditorField(change.field())) {
                    continue; // an override note: nothing to set
                }
                if (reimported.computeIfAbsent(change.draftId(), id -> journal.reimportedSince(tx, id, step.id()))) {
                    continue; // redo must not approve content the editor never saw, nor undo reopen it
                }
                String from = backwards ? change.newValue() : change.oldValue();
                String to = backwards ? change.oldValue() : change.newValue();
                reviews.apply(tx, change.draftId(), change.field(), to);
                history.record(change.draftId(), change.field(), from, to);
                if (drafts.add(change.draftId())) {
                    reviews.nextVersion(tx, change.draftId());
                }
                scores |= change.field().startsWith("score.");
            }
        }
        if (scores) {
            flagger.changed(tx, drafts, false);
        }
        return new Replayed(drafts.size(), (int) reimported.values().stream().filter(r -> r).count());
    }

    // ---- the one way an action runs ---------------------------------------------------------

    @FunctionalInterface
    private interface PerDraft {
        Result apply(Tx tx, ReviewRow row, Edit history);
    }

    /**
     * What an action does to one draft: its history entries, written as they come, and the
     * fields it sets, written with the version in one statement when the action is done with the
     * draft ({@link ReviewRepository#write}).
     */
    private static final class Edit {
        private final HistoryWriter history;
        private final Map<String, String> fields = new LinkedHashMap<>();

        Edit(HistoryWriter history) {
            this.history = history;
        }

        void set(String field, String value) {
            fields.put(field, value);
        }

        void record(long draftId, String field, String oldValue, String newValue) {
            history.record(draftId, field, oldValue, newValue);
        }

        void confirm(long draftId, String field, String value) {
            history.confirm(draftId, field, value);
        }
    }

    private record Result(boolean changed, String refusal) {
        static Result of(boolean changed) {
            return new Result(changed, null);
        }

        static Result refused(String why) {
            return new Result(false, why);
        }
    }

    /**
     * @param what how the journal names the action, completed with the drafts it acted on
     */
    private Outcome act(String action, String what, Target target, boolean rerunRules, TaskMonitor monitor,
                        PerDraft perDraft) {
        return store.transaction(tx -> {
            List<String> notFound = new ArrayList<>();
            // a draft named by reference was read (and on PostgreSQL locked) in this transaction: not read again
            Map<Long, ReviewRow> read = new HashMap<>();
            List<Long> ids = ids(tx, target, notFound, read);
            String description = describe(tx, what, target, ids);
            List<String> refused = new ArrayList<>();
            List<Long> changed = new ArrayList<>();
            int unchanged = 0;
            try (HistoryWriter history = HistoryWriter.undoable(tx, clock.instant(), action, description, editor.get())) {
                int done = 0;
                for (long id : ids) {
                    if (monitor.isCancelled()) {
                        // one transaction: a cancelled bulk action changes nothing at all
                        throw new ActionCancelledException();
                    }
                    ReviewRow readBefore = read.remove(id);
                    Optional<ReviewRow> row = readBefore != null ? Optional.of(readBefore) : reviews.row(tx, id);
                    if (row.isPresent()) {
                        Edit edit = new Edit(history);
                        Result result = perDraft.apply(tx, row.get(), edit);
                        if ((result.changed() || !edit.fields.isEmpty())
                                && !reviews.write(tx, id, row.get().version(), edit.fields)) {
                            // another writer changed the draft after this action read it
                            throw new ConcurrentChangeException(row.get().reference());
                        }
                        if (result.refusal() != null) {
                            refused.add(result.refusal());
                        } else if (result.changed()) {
                            changed.add(id);
                        } else {
                            unchanged++;
                        }
                    }
                    if (++done % PROGRESS_EVERY == 0) {
                        monitor.progress(done, ids.size(), description + ": " + done + " of " + ids.size());
                    }
                }
            }
            if (rerunRules && !changed.isEmpty()) {
                flagger.changed(tx, changed, false);
            }
            monitor.progress(ids.size(), ids.size(), description);
            com.copydesk.store.FaultPoint.reach("action.beforeCommit");
            return new Outcome(changed.size(), unchanged, refused, notFound);
        });
    }

    /** The target's ids, read inside the action's transaction: exactly what it acts on. */
    private List<Long> ids(Tx tx, Target target, List<String> notFound) {
        return ids(tx, target, notFound, new HashMap<>());
    }

    /** @param read where the rows read to find drafts by reference are kept, by id, for the action to act on */
    private List<Long> ids(Tx tx, Target target, List<String> notFound, Map<Long, ReviewRow> read) {
        if (target instanceof Target.Ids ids) {
            return ids.ids();
        }
        if (target instanceof Target.References refs) {
            List<Long> ids = new ArrayList<>();
            for (String reference : refs.references()) {
                Optional<ReviewRow> row = reviews.row(tx, reference);
                if (row.isPresent()) {
                    ids.add(row.get().id());
                    read.put(row.get().id(), row.get());
                } else {
                    notFound.add(reference);
                }
            }
            return ids;
        }
        List<Long> ids = new ArrayList<>();
        queue.forEachId(tx, ((Target.Matching) target).filter(), ids::add);
        return ids;
    }

    private String describe(Tx tx, String what, Target target, List<Long> ids) {
        if (ids.size() == 1 && target instanceof Target.References refs && refs.references().size() == 1) {
            return what + " " + refs.references().get(0); // found by that name: no second read of its row
        }
        if (ids.size() == 1) {
            return what + " " + reviews.row(tx, ids.get(0)).map(ReviewRow::reference).orElse("a draft");
        }
        return what + " " + ids.size() + " drafts" + (target instanceof Target.Matching ? " matching the filter" : "");
    }

    /** Another editor changed a draft while the action ran; nothing of the action was kept. */
    public static final class ConcurrentChangeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public ConcurrentChangeException(String reference) {
            super(reference + " was changed by another editor while this action ran; nothing was changed, "
                    + "look again and repeat it");
        }
    }

    /** A bulk action stopped by the editor before it finished; nothing of it was kept. */
    public static final class ActionCancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public ActionCancelledException() {
            super("the action was cancelled; nothing was changed");
        }
    }
}
