package com.copydesk.ui.main;

import com.copydesk.model.DraftStats;
import com.copydesk.model.ImportSummary;
import com.copydesk.model.ReviewStatus;
import com.copydesk.review.Workspace;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.Job;
import com.copydesk.ui.queue.QueueViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The window as a whole: its title, the status bar, the running job and the import command. */
public final class MainViewModel {
    private final Workspace workspace;
    private final Background background;
    private final QueueViewModel queue;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Job<?>> job = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ImportSummary> lastImport = new SimpleObjectProperty<>();
    private final Consumer<Throwable> onFailure;

    public MainViewModel(Workspace workspace, Background background) {
        this.workspace = workspace;
        this.background = background;
        this.onFailure = e -> notice.set("Something went wrong: " + (e.getMessage() == null ? e : e.getMessage()));
        this.queue = new QueueViewModel(workspace.queries(), background, onFailure);
        Path store = workspace.storePath();
        title.set("Copydesk \u2014 " + store.getFileName() + " (" + store.getParent() + ")");
    }

    public QueueViewModel queue() {
        return queue;
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

    public ReadOnlyObjectProperty<Job<?>> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /** The result of the last import, for the import report. */
    public ObjectProperty<ImportSummary> lastImportProperty() {
        return lastImport;
    }

    /** Loads the queue and the counts; called once the window shows. */
    public void start() {
        queue.reload();
        refreshCounts();
    }

    public void refreshCounts() {
        background.run(monitor -> workspace.queries().stats(), this::showCounts, onFailure);
    }

    private void showCounts(DraftStats stats) {
        counts.set(String.format("%,d drafts \u00b7 %,d pending \u00b7 %,d approved \u00b7 %,d rejected \u00b7 %,d flagged",
                stats.total(), stats.byStatus().getOrDefault(ReviewStatus.PENDING, 0L),
                stats.byStatus().getOrDefault(ReviewStatus.APPROVED, 0L),
                stats.byStatus().getOrDefault(ReviewStatus.REJECTED, 0L), stats.flagged()));
    }

    /** Whether the store has no drafts yet (for the first-start offer of sample drafts). */
    public void whenEmpty(Runnable action) {
        background.run(monitor -> workspace.queries().stats().total() == 0, empty -> {
            if (empty) {
                action.run();
            }
        }, onFailure);
    }

    /** Imports files and folders in the background with progress; at most one job at a time. */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty() || isBusy()) {
            return;
        }
        notice.set("");
        job.set(background.start("Importing", monitor -> workspace.imports().run(paths, monitor), summary -> {
            job.set(null);
            lastImport.set(summary);
            notice.set(String.format("%sImported %,d, updated %,d, unchanged %,d, rejected %,d",
                    summary.cancelled() ? "Cancelled. " : "", summary.imported(), summary.updated(),
                    summary.unchanged(), summary.rejected()));
            queue.reload();
            refreshCounts();
        }, failure -> {
            job.set(null);
            onFailure.accept(failure);
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
