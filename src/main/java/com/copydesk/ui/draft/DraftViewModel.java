package com.copydesk.ui.draft;

import com.copydesk.model.ChecklistItem;
import com.copydesk.model.ChecklistRef;
import com.copydesk.model.Claim;
import com.copydesk.model.HistoryEntry;
import com.copydesk.model.NearTwin;
import com.copydesk.model.ScoreName;
import com.copydesk.model.StoredDraft;
import com.copydesk.review.DraftQueries;
import com.copydesk.review.ReviewActions;
import com.copydesk.review.ReviewActions.Outcome;
import com.copydesk.review.ReviewActions.Target;
import com.copydesk.review.TaskMonitor;
import com.copydesk.review.WordDiff;
import com.copydesk.review.Workspace;
import com.copydesk.ui.common.Background;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The draft on the right: the whole draft of the selected row, its history, and what the editor
 * can do to it. Every command is saved at once (in the background) and the draft is read again.
 */
public final class DraftViewModel {
    /** What a command did, for the desk to follow: a decision moves on, an edit stays. */
    public enum Change { DECISION, EDIT }

    private final Workspace workspace;
    private final Background background;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyObjectWrapper<StoredDraft> draft = new ReadOnlyObjectWrapper<>();
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    private final ObservableList<NearTwin> twins = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Claim> holder = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty imagesAllowed = new SimpleBooleanProperty(false);
    private java.util.function.BiConsumer<Change, StoredDraft> onChanged = (change, changed) -> {
    };
    private Consumer<String> onRefused = refusal -> {
    };
    private long generation;
    /** The draft {@link #prefetch} read, to show at once; dropped by any save, which may change it. */
    private Loaded readAhead;
    /** Counts the saves, so that a draft read ahead while one ran is not kept. */
    private long saves;
    /**
     * Work the pane does on a draft's body that need not wait for the FX thread (parsing, building
     * its nodes), run with the read-ahead on the background thread; its result goes with the draft.
     */
    private java.util.function.Function<com.copydesk.model.Draft, Object> bodyPreparer = body -> null;
    /** The body prepared with {@link #readAhead}. */
    private Object readAheadBody;
    /** The body prepared for the draft being put on show now (read by the pane as it shows it). */
    private Object shownBody;

    public DraftViewModel(Workspace workspace, Background background, Consumer<Throwable> onFailure) {
        this.workspace = workspace;
        this.background = background;
        this.onFailure = onFailure;
    }

    public ReadOnlyObjectProperty<StoredDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ObservableList<HistoryEntry> history() {
        return history;
    }

    /**
     * The near-duplicate twins of the draft shown (read with it, when it has a near-duplicate
     * finding), most similar first: the draft pane links to them.
     */
    public ObservableList<NearTwin> twins() {
        return twins;
    }

    /** Who holds the draft shown (a claim's lease not yet ended), read with it; null: nobody. */
    public ReadOnlyObjectProperty<Claim> holderProperty() {
        return holder.getReadOnlyProperty();
    }

    /** The editor the window decides as: a claim of theirs is no claim of "another editor". */
    public String editor() {
        return workspace.actions().editor();
    }

    /** Whether another editor holds the draft shown, as last read. */
    public boolean heldByAnother() {
        return holder.get() != null && !holder.get().editor().equals(editor());
    }

    /** Images are placeholders until the editor asks for them, draft by draft. */
    public BooleanProperty imagesAllowedProperty() {
        return imagesAllowed;
    }

    /**
     * Sets the work done off the FX thread on a read-ahead draft's body (see {@link #preparedBody}).
     * It runs on the background thread, so it must not touch anything on screen.
     */
    public void setBodyPreparer(java.util.function.Function<com.copydesk.model.Draft, Object> preparer) {
        this.bodyPreparer = preparer;
    }

    /**
     * What the body preparer made of this draft's body when it was read ahead, while the draft is
     * being put on show from the read-ahead; null otherwise (a draft read as it was asked for).
     */
    public Object preparedBody(StoredDraft shown) {
        return shown != null && shown == draft.get() ? shownBody : null;
    }

    /** Told what kind of change was saved, with the draft as it stands after it. */
    public void setOnChanged(java.util.function.BiConsumer<Change, StoredDraft> listener) {
        this.onChanged = listener;
    }

    /** Told why a command was refused (a blocking finding, an item that is not there). */
    public void setOnRefused(Consumer<String> listener) {
        this.onRefused = listener;
    }

    /**
     * Shows the draft with this id; null clears the panel. The newest request wins. A draft read
     * ahead by {@link #prefetch} shows at once, and is read again behind it, in case the store
     * changed since (another window, the command line): the panel changes only if it did.
     */
    public void show(Long id) {
        long mine = ++generation;
        imagesAllowed.set(false);
        if (id == null) {
            twins.clear();
            holder.set(null);
            draft.set(null);
            history.clear();
            return;
        }
        Loaded ahead = readAhead != null && readAhead.draft() != null && readAhead.draft().id() == id ? readAhead : null;
        Object aheadBody = readAheadBody;
        readAhead = null;
        readAheadBody = null;
        if (ahead != null) {
            shownBody = aheadBody;
            try {
                put(ahead);
            } finally {
                shownBody = null;
            }
        }
        background.run(monitor -> load(id), loaded -> {
            if (mine == generation && (ahead == null || !ahead.equals(loaded))) {
                put(loaded);
            }
        }, onFailure);
    }

    /**
     * Reads the draft the editor will likely go to next (the row below), off the FX thread, so
     * that J or a decision shows it without waiting for the store. Only the last one is kept.
     */
    public void prefetch(Long id) {
        if (id == null || readAhead != null && readAhead.draft() != null && readAhead.draft().id() == id) {
            return;
        }
        long mine = generation;
        long saved = saves;
        java.util.function.Function<com.copydesk.model.Draft, Object> preparer = bodyPreparer;
        background.run(monitor -> {
            Loaded loaded = load(id);
            // the body's nodes too, here: J then only puts them in (their CSS and layout stay on the FX thread)
            return new ReadAhead(loaded, loaded.draft() == null ? null : preparer.apply(loaded.draft().current()));
        }, ahead -> {
            if (mine == generation && saved == saves) { // nothing shown nor saved since it was asked for
                readAhead = ahead.loaded();
                readAheadBody = ahead.body();
            }
        }, onFailure);
    }

    private record Loaded(StoredDraft draft, List<HistoryEntry> history, List<NearTwin> twins, Claim holder) {
    }

    /** A draft read ahead, with what the body preparer made of its body. */
    private record ReadAhead(Loaded loaded, Object body) {
    }

    private Loaded load(long id) {
        StoredDraft found = workspace.queries().find(id).orElse(null);
        boolean near = found != null && found.findings().stream().anyMatch(f -> DraftQueries.NEAR_DUPLICATE_RULE.equals(f.rule()));
        return new Loaded(found, found == null ? List.of() : workspace.queries().history(id),
                near ? workspace.queries().twins(id) : List.of(), found == null ? null : workspace.queries().claim(id).orElse(null));
    }

    /** Shows a draft read: its twins first, so that the pane's findings link them when the draft shows. */
    private void put(Loaded loaded) {
        twins.setAll(loaded.twins());
        holder.set(loaded.holder());
        draft.set(loaded.draft());
        history.setAll(loaded.history());
    }

    /**
     * Shows a twin of the draft shown in its place (the queue keeps its row: J and K go on from
     * there). The twin may be outside the queue's filter; it shows all the same.
     */
    public void showTwin(NearTwin twin) {
        show(twin.id());
    }

    /**
     * Reads the twin and marks the words its body and the shown draft's differ in, off the FX
     * thread (the diff of two long bodies takes a moment), and hands both to {@code show}; the
     * draft compared is the one shown now.
     */
    public void compare(NearTwin twin, Consumer<TwinComparison> show) {
        StoredDraft shown = draft.get();
        if (shown == null) {
            return;
        }
        background.runAside(monitor -> workspace.queries().find(twin.id())
                .map(other -> new TwinComparison(shown, other, twin, WordDiff.of(shown.imported().body(), other.imported().body()))),
                found -> found.ifPresentOrElse(show, () -> onRefused.accept(twin.reference() + " is no longer in the store")),
                onFailure);
    }

    private Long id() {
        return draft.get() == null ? null : draft.get().id();
    }

    // ---- decisions -------------------------------------------------------------------------

    public void approve(boolean force) {
        run((actions, id) -> actions.approve(Target.of(id), force, TaskMonitor.NONE), Change.DECISION);
    }

    public void reject(String reason) {
        reject(reason, false);
    }

    /** @param force also when another editor holds the draft (the CLI's {@code --force}) */
    public void reject(String reason, boolean force) {
        run((actions, id) -> actions.reject(Target.of(id), reason, force, TaskMonitor.NONE), Change.DECISION);
    }

    public void backToPending() {
        run((actions, id) -> actions.reopen(Target.of(id), TaskMonitor.NONE), Change.DECISION);
    }

    // ---- edits -----------------------------------------------------------------------------

    /** Sets the editor's score; null goes back to the imported one. */
    public void setScore(ScoreName score, Integer value) {
        setScore(draft.get(), score, value);
    }

    /** Sets a score of the draft given, which may no longer be the one shown (an edit saved on leaving it). */
    public void setScore(StoredDraft of, ScoreName score, Integer value) {
        if (of != null) {
            run(of.id(), (actions, id) -> actions.setScore(Target.of(id), score, value, TaskMonitor.NONE), Change.EDIT);
        }
    }

    /** Toggles item {@code index} (0-based), if the checklist has it. */
    public void toggleItem(int index) {
        StoredDraft current = draft.get();
        if (current == null || index < 0 || index >= current.review().checklist().size()) {
            return;
        }
        boolean done = !current.review().checklist().get(index).done();
        run((actions, id) -> actions.setChecked(Target.of(id), new ChecklistRef(String.valueOf(index + 1)), done,
                TaskMonitor.NONE), Change.EDIT);
    }

    public void addItem(String text) {
        if (text == null || text.isBlank() || draft.get() == null) {
            return;
        }
        List<ChecklistItem> items = new ArrayList<>(draft.get().review().checklist());
        items.add(new ChecklistItem(text.strip(), false));
        editChecklist(items);
    }

    public void removeItem(int index) {
        if (draft.get() == null || index < 0 || index >= draft.get().review().checklist().size()) {
            return;
        }
        List<ChecklistItem> items = new ArrayList<>(draft.get().review().checklist());
        items.remove(index);
        editChecklist(items);
    }

    /** Moves item {@code index} up (-1) or down (+1). */
    public void moveItem(int index, int by) {
        List<ChecklistItem> items = draft.get() == null ? List.of() : new ArrayList<>(draft.get().review().checklist());
        int to = index + by;
        if (index < 0 || index >= items.size() || to < 0 || to >= items.size()) {
            return;
        }
        items.add(to, items.remove(index));
        editChecklist(items);
    }

    private void editChecklist(List<ChecklistItem> items) {
        // the list shown, which the edit started from: a change made meanwhile is merged, not overwritten
        List<ChecklistItem> basedOn = draft.get().review().checklist();
        run((actions, id) -> actions.editChecklist(id, basedOn, items), Change.EDIT);
    }

    public void setNote(String note) {
        setNote(draft.get(), note);
    }

    /** Sets the note of the draft given, which may no longer be the one shown (an edit saved on leaving it). */
    public void setNote(StoredDraft of, String note) {
        if (of == null || java.util.Objects.equals(blankToNull(note), of.review().note())) {
            return;
        }
        String basedOn = of.review().note();
        run(of.id(), (actions, id) -> actions.setNote(id, basedOn, note), Change.EDIT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** An action on one draft, given the draft's id as it was when the editor acted. */
    @FunctionalInterface
    private interface Command {
        Outcome apply(ReviewActions actions, long id);
    }

    /** Runs a command on the draft shown now: the id is taken here, not when the background gets to it. */
    private void run(Command command, Change change) {
        Long id = id();
        if (id != null) {
            run(id, command, change);
        }
    }

    private void run(long id, Command command, Change change) {
        saves++;
        if (readAhead != null && readAhead.draft() != null && readAhead.draft().id() == id) {
            readAhead = null;
            readAheadBody = null;
        }
        background.run(monitor -> {
            Outcome outcome = command.apply(workspace.actions(), id);
            return new Done(outcome, load(id));
        }, done -> {
            if (Long.valueOf(id).equals(id())) {
                put(done.loaded());
            }
            done.outcome().refused().forEach(onRefused);
            if (done.outcome().changed() > 0) {
                onChanged.accept(change, done.loaded().draft());
            }
        }, onFailure);
    }

    private record Done(Outcome outcome, Loaded loaded) {
    }
}
