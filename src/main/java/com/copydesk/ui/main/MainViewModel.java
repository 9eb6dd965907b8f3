package com.copydesk.ui.main;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftRow;
import com.copydesk.model.DraftStats;
import com.copydesk.model.ImportSummary;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.RuleDescription;
import com.copydesk.model.StoredDraft;
import com.copydesk.review.ReviewActions;
import com.copydesk.review.Workspace;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.Job;
import com.copydesk.ui.draft.DraftViewModel;
import com.copydesk.ui.filters.FilterChoices;
import com.copydesk.ui.filters.FilterViewModel;
import com.copydesk.ui.queue.QueueViewModel;
import com.copydesk.ui.review.BulkCommands;
import com.copydesk.ui.review.BulkRequest;
import com.copydesk.ui.views.ViewsViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The review desk as a whole: its panels' view models, the status bar, the running job, undo
 * and redo, imports, bulk actions, and following the store's rule file. It composes the panes'
 * view models and answers their narrow questions ({@link FilterChoices}, {@link BulkCommands});
 * no pane knows it.
 */
public final class MainViewModel implements BulkCommands {
    private final Workspace workspace;
    private final Background background;
    private final FilterViewModel filters = new FilterViewModel();
    private final QueueViewModel queue;
    private final ViewsViewModel views;
    private final DraftViewModel draft;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    /** Drafts in the store, -1 until counted: an empty queue says "import some" only when there are none. */
    private final javafx.beans.property.ReadOnlyLongWrapper storeDrafts = new javafx.beans.property.ReadOnlyLongWrapper(-1);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Job<?>> job = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ImportSummary> lastImport = new SimpleObjectProperty<>();
    private final javafx.beans.property.ReadOnlyLongWrapper dataChanges = new javafx.beans.property.ReadOnlyLongWrapper();
    private final Consumer<Throwable> onFailure;
    private FileTime ruleFileSeen;
    private boolean queueOpened;

    public MainViewModel(Workspace workspace, Background background) {
        this.workspace = workspace;
        this.background = background;
        this.onFailure = e -> notice.set("Something went wrong: " + (e.getMessage() == null ? e : e.getMessage()));
        this.queue = new QueueViewModel(workspace.queries(), background, onFailure);
        this.views = new ViewsViewModel(workspace, background, onFailure);
        this.draft = new DraftViewModel(workspace, background, onFailure);
        Path store = workspace.storePath();
        title.set("Copydesk \u2014 " + store.getFileName() + " (" + store.getParent() + ")");
        queue.filterProperty().bind(filters.filterProperty());
        draft.setOnChanged((change, changed) -> {
            // a word on what was saved, so that the status bar never shows an older action as the latest
            notice.set(change == DraftViewModel.Change.DECISION ? decided(changed) : "Saved");
            afterChange(change == DraftViewModel.Change.DECISION ? QueueViewModel.Follow.NEXT : QueueViewModel.Follow.KEEP);
        });
        draft.setOnRefused(why -> notice.set("Not done: " + why));
        // the same "My claims" list read again, empty now: the editor decided the last of them
        queue.itemsProperty().addListener((o, before, now) -> {
            if (before != null && now != null && now.pages().filter().heldBy() != null && now.isEmpty()
                    && !before.isEmpty() && before.pages().filter().equals(now.pages().filter())) {
                notice.set("That was the last of your claims: Claim next 20 (C) for more");
            }
        });
    }

    private static String decided(StoredDraft changed) {
        if (changed == null) {
            return "Saved";
        }
        String title = "\u201c" + com.copydesk.ui.common.VisibleText.of(changed.current().title()) + "\u201d";
        return switch (changed.status()) {
            case APPROVED -> "Approved " + title;
            case REJECTED -> "Rejected " + title + (changed.review().statusReason() == null ? ""
                    : ": " + changed.review().statusReason());
            case PENDING -> "Back to pending: " + title;
        };
    }

    public Workspace workspace() {
        return workspace;
    }

    public Background background() {
        return background;
    }

    public FilterViewModel filters() {
        return filters;
    }

    public QueueViewModel queue() {
        return queue;
    }

    public ViewsViewModel views() {
        return views;
    }

    public DraftViewModel draft() {
        return draft;
    }

    public Path storePath() {
        return workspace.storePath();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** What undo would take back, or "" when nothing. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Job<?>> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /** The result of the last import, for the import report. */
    public ObjectProperty<ImportSummary> lastImportProperty() {
        return lastImport;
    }

    public void say(String text) {
        notice.set(text);
    }

    /** How many drafts "Claim next" holds (those held already count), and for how long: the CLI's defaults. */
    static final int CLAIM_COUNT = 20;
    static final java.time.Duration CLAIM_LEASE = java.time.Duration.ofMinutes(30);

    /**
     * Holds the next {@link #CLAIM_COUNT} pending drafts of the view on screen for the editor, as
     * {@code claim} does from a saved view; other editors' windows and commands then leave them be.
     */
    public void claimNext() {
        // from the view, not from the claims already held ("My claims" narrows the queue, not the claim)
        DraftFilter from = filters.current().withHeldBy(null)
                .withStatuses(java.util.Set.of(com.copydesk.model.ReviewStatus.PENDING));
        background.run(monitor -> workspace.actions().claim(from, CLAIM_COUNT, CLAIM_LEASE), claimed -> {
            String until = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                    .format(claimed.until().atZone(java.time.ZoneId.systemDefault()));
            notice.set(claimed.references().isEmpty() ? "No pending draft of this view is free to claim"
                    : String.format("%s holds %,d %s of this view until %s", workspace.actions().editor(),
                    claimed.references().size(), claimed.references().size() == 1 ? "draft" : "drafts", until));
            afterChange(QueueViewModel.Follow.KEEP);
        }, onFailure);
    }

    /**
     * "My claims": the queue shows only the pending drafts the editor holds, so that J/K and the
     * decisions that move to the next draft walk them; again, every draft of the view.
     */
    public void toggleMyClaims() {
        if (filters.heldByProperty().get() != null) {
            filters.heldByProperty().set(null);
            notice.set("The queue shows every draft of the view");
        } else {
            filters.heldByProperty().set(workspace.actions().editor());
            notice.set("The queue shows the pending drafts " + workspace.actions().editor() + " holds");
        }
    }

    /**
     * Starts reading the first page of Needs review at once, so that it is read while the window is
     * being built (its result reaches the window through the FX thread, once the window is up).
     */
    public void openQueue() {
        if (!queueOpened) {
            queueOpened = true;
            filters.apply(ViewsViewModel.NEEDS_REVIEW);
        }
    }

    /**
     * Loads everything once the window shows: Needs review first; the counts of the views and the
     * status bar once its first page is in (on a big store they take a while and would compete
     * with it); flags again if the rules changed.
     */
    public void start() {
        openQueue();
        afterFirstList(() -> {
            views.refresh();
            refreshCounts();
        });
        refreshUndo();
        // a team store tells of other editors' changes at once; the poll is then only the fallback
        workspace.queries().onOthersChange(() -> javafx.application.Platform.runLater(() -> lookForChanges(true)));
        ruleFileSeen = ruleFileTime();
        background.run(monitor -> workspace.rules().needsReflag(), stale -> {
            if (stale) {
                reflag("The rules changed: flagging every draft again");
            }
        }, onFailure);
    }

    /** Counts changes of the data (imports, decisions, edits): panels that summarise it follow. */
    public javafx.beans.property.ReadOnlyLongProperty dataChangesProperty() {
        return dataChanges.getReadOnlyProperty();
    }

    private void afterFirstList(Runnable action) {
        if (queue.itemsProperty().get() != null) {
            action.run();
            return;
        }
        queue.itemsProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends com.copydesk.ui.queue.PagedQueueList> obs,
                                com.copydesk.ui.queue.PagedQueueList old, com.copydesk.ui.queue.PagedQueueList now) {
                obs.removeListener(this);
                action.run();
            }
        });
    }

    /** The store's {@link #checkStoreChanges} version last seen; -1 before the first look. */
    private long othersVersionSeen = -1;

    /** Everything that shows data: after an import, an undo, a bulk action, a re-flag. */
    public void afterChange(QueueViewModel.Follow follow) {
        dataChanges.set(dataChanges.get() + 1);
        queue.reload(follow);
        views.refresh();
        refreshCounts();
        refreshUndo();
        if (draft.draftProperty().get() != null) {
            draft.show(draft.draftProperty().get().id());
        }
    }

    public void refreshCounts() {
        background.runAside(monitor -> workspace.queries().stats(), this::showCounts, onFailure);
    }

    public javafx.beans.property.ReadOnlyLongProperty storeDraftsProperty() {
        return storeDrafts.getReadOnlyProperty();
    }

    private void showCounts(DraftStats stats) {
        storeDrafts.set(stats.total());
        counts.set(String.format("%,d drafts \u00b7 %,d pending \u00b7 %,d approved \u00b7 %,d rejected \u00b7 %,d flagged",
                stats.total(), stats.byStatus().getOrDefault(ReviewStatus.PENDING, 0L),
                stats.byStatus().getOrDefault(ReviewStatus.APPROVED, 0L),
                stats.byStatus().getOrDefault(ReviewStatus.REJECTED, 0L), stats.flagged()));
    }

    private void refreshUndo() {
        background.run(monitor -> new String[] {workspace.actions().undoable().orElse(""),
                workspace.actions().redoable().orElse("")}, texts -> {
            undoText.set(texts[0]);
            redoText.set(texts[1]);
        }, onFailure);
    }

    public void undo() {
        journal(ReviewActions::undo, "Undone: ", "Nothing to undo");
    }

    public void redo() {
        journal(ReviewActions::redo, "Redone: ", "Nothing to redo");
    }

    private void journal(java.util.function.Function<ReviewActions, Optional<ReviewActions.Step>> step, String done,
                         String nothing) {
        background.run(monitor -> step.apply(workspace.actions()), result -> {
            notice.set(result.map(s -> done + s.description() + (s.reimported() == 0 ? ""
                    : String.format(" (%,d %s changed by an import since, left as %s)", s.reimported(),
                    s.reimported() == 1 ? "draft" : "drafts", s.reimported() == 1 ? "it was" : "they were"))).orElse(nothing));
            afterChange(QueueViewModel.Follow.KEEP);
        }, onFailure);
    }

    /**
     * Shows a native file dialog with the store closed (the dialog would drop the store's locks
     * otherwise, see {@code Workspace.withStoreClosed}); says so when the store is too busy.
     *
     * @return whether the dialog was shown
     */
    public boolean withStoreClosed(Runnable showDialog) {
        boolean shown = workspace.withStoreClosed(showDialog);
        if (!shown) {
            notice.set("The store is busy; try again when the running work is done");
        }
        return shown;
    }

    /** Whether the store has no drafts yet (for the first-start offer of sample drafts). */
    public void whenEmpty(Runnable action) {
        background.run(monitor -> workspace.queries().stats().total() == 0, empty -> {
            if (empty) {
                action.run();
            }
        }, onFailure);
    }

    /** Imports files and folders in the background with progress; one job at a time. */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty() || isBusy()) {
            return;
        }
        notice.set("");
        startJob("Importing", monitor -> workspace.imports().run(paths, monitor), summary -> {
            lastImport.set(summary);
            notice.set(String.format("%sImported %,d, updated %,d, unchanged %,d, rejected %,d%s",
                    summary.cancelled() ? "Cancelled. " : "", summary.imported(), summary.updated(),
                    summary.unchanged(), summary.rejected(),
                    summary.skipped().isEmpty() ? "" : String.format(", skipped %,d", summary.skipped().size())));
            afterChange(QueueViewModel.Follow.KEEP);
        });
    }

    /** The rules, stacks, tools and difficulties the filter bar offers, read from the store. */
    public FilterChoices filterChoices() {
        return new FilterChoices() {
            @Override
            public List<String> ruleIds() {
                return workspace.rules().describe().stream().filter(RuleDescription::enabled).map(RuleDescription::id)
                        .toList();
            }

            @Override
            public void load(Consumer<Values> show) {
                var queries = workspace.queries();
                background.run(monitor -> new Values(List.copyOf(queries.tagValues("stack").keySet()),
                        List.copyOf(queries.tagValues("tool").keySet()), List.copyOf(queries.difficulties().keySet())),
                        show, e -> say("Could not read the filter choices: " + e.getMessage()));
            }

            @Override
            public void whenChanged(Runnable reload) {
                dataChanges.addListener((o, a, b) -> reload.run());
            }
        };
    }

    @Override
    public List<DraftRow> selectedRows() {
        return queue.selectedRows();
    }

    @Override
    public long matches() {
        return queue.matchesProperty().get();
    }

    @Override
    public boolean searchPending() {
        return !filters.searchHintProperty().get().isEmpty();
    }

    @Override
    public DraftFilter currentFilter() {
        return filters.current();
    }

    @Override
    public void preview(ReviewActions.Target target, Consumer<ReviewActions.Preview> show) {
        background.run(monitor -> workspace.actions().preview(target), show, onFailure);
    }

    /** Runs a confirmed bulk action on exactly the drafts of its preview: one transaction, one undo step. */
    @Override
    public void runBulk(BulkRequest request, ReviewActions.Preview preview) {
        if (isBusy()) {
            notice.set("Wait for the running job to finish");
            return;
        }
        startJob(request.kind().label(), monitor -> request.run(workspace.actions(), preview.target(), monitor), outcome -> {
            String refused = outcome.refused().isEmpty() ? "" : String.format(", left out %,d", outcome.refused().size());
            notice.set(String.format("%s: changed %,d, unchanged %,d%s", request.kind().label(), outcome.changed(),
                    outcome.unchanged(), refused));
            afterChange(QueueViewModel.Follow.KEEP);
        });
    }

    /** Polls of {@link #pollStoreChanges} skipped while a team store's server tells of changes itself. */
    static final int POLLS_WHILE_TOLD = 5;
    private int polls;

    /**
     * Called every few seconds: looks for other processes' changes ({@link #checkStoreChanges}),
     * on a team store whose notifications arrive only every {@value #POLLS_WHILE_TOLD}th time (in
     * case one was lost), every time while they do not (a dropped connection).
     */
    public void pollStoreChanges() {
        if (workspace.queries().othersChangesTold() && ++polls % POLLS_WHILE_TOLD != 0) {
            return;
        }
        checkStoreChanges();
    }

    /**
     * Reads the data again when a command, another window or another editor changed the store
     * since the last look, so that counts, views, the queue and the draft shown stay current: the
     * queue's page and the counts are read again, not the store, and the selection stays on its draft.
     */
    public void checkStoreChanges() {
        lookForChanges(false);
    }

    /**
     * @param told the store said another process changed it: read again also when this is the
     *             first look (the poll's first look only takes the number to compare with)
     */
    private void lookForChanges(boolean told) {
        if (isBusy()) {
            return; // a job of ours is writing; its end reads everything again
        }
        background.runAside(monitor -> workspace.queries().othersVersion(), version -> {
            if ((othersVersionSeen >= 0 || told) && version != othersVersionSeen) {
                afterChange(QueueViewModel.Follow.STAY);
            }
            othersVersionSeen = version;
        }, onFailure);
    }

    /** Reads the rule file again if it changed on disk, and flags every draft by the new rules. */

    public void checkRuleFile() {
        FileTime now = ruleFileTime();
        if (java.util.Objects.equals(now, ruleFileSeen) || isBusy()) {
            return;
        }
        ruleFileSeen = now;
        background.run(monitor -> workspace.rules().reload(), changed -> {
            if (changed) {
                reflag("The rule file changed: flagging every draft again");
            }
        }, e -> notice.set("The rule file is wrong, the previous rules stay: " + e.getMessage()));
    }

    /**
     * The rules editor saved the store's rules, which are in force already (as after
     * {@code rules --load}): every draft is flagged again, once; the rule-file watch takes the
     * saved file as seen.
     */
    public void rulesSaved() {
        ruleFileSeen = ruleFileTime();
        reflag("The rules changed: flagging every draft again");
    }

    private FileTime ruleFileTime() {
        try {
            Path file = workspace.rules().ruleFile();
            return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private void reflag(String saying) {
        notice.set(saying);
        startJob("Flagging", monitor -> workspace.rules().reflag(monitor), result -> {
            notice.set(String.format("Flagged %,d drafts by the rules in force", result.drafts()));
            afterChange(QueueViewModel.Follow.KEEP);
        });
    }

    private <T> void startJob(String name, com.copydesk.ui.common.BackgroundWork<T> work, Consumer<T> done) {
        job.set(background.start(name, work, result -> {
            job.set(null);
            done.accept(result);
        }, failure -> {
            job.set(null);
            if (failure instanceof ReviewActions.ActionCancelledException) {
                notice.set(failure.getMessage());
            } else {
                onFailure.accept(failure);
            }
        }));
    }

    public boolean isBusy() {
        return job.get() != null && job.get().runningProperty().get();
    }

    public void cancelJob() {
        if (job.get() != null) {
            job.get().cancel();
        }
    }
}
