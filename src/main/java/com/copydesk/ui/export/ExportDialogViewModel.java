package com.copydesk.ui.export;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.ExportFormat;
import com.copydesk.model.ExportRequest;
import com.copydesk.model.ExportScope;
import com.copydesk.model.ExportSummary;
import com.copydesk.review.ExportFailedException;
import com.copydesk.review.Workspace;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.Job;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The export dialog's state and commands: format, destination, which drafts, incremental or
 * full; then the running job and, when it is done, a summary or what went wrong. No controls:
 * the view binds to these properties.
 */
public final class ExportDialogViewModel {

    /** The drafts the dialog can export. */
    public enum Scope {
        APPROVED("Approved drafts"),
        EVERY_DRAFT("All drafts, whatever their status"),
        CURRENT_VIEW("The drafts of the current view"),
        SELECTION("The selected drafts");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Workspace workspace;
    private final Background background;
    private final FolderOpener opener;
    private final DraftFilter currentView;
    private final List<String> selection;
    private java.util.function.Predicate<Path> replaceQuestion = path -> false;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.JSON_LINES);
    private final StringProperty destination = new SimpleStringProperty("");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.APPROVED);
    private final ObservableList<Scope> scopes = FXCollections.observableArrayList();
    private final BooleanProperty incremental = new SimpleBooleanProperty(true);
    private final BooleanProperty removeStale = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper scopeCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Job<ExportSummary>> job = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ExportSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canExport;
    private final BooleanBinding canOpenFolder;
    private long countGeneration;

    /**
     * @param currentView the filter of the window's queue, or null when there is none to offer
     * @param selection   the references of the drafts selected in the window (may be empty)
     */
    public ExportDialogViewModel(Workspace workspace, Background background, FolderOpener opener,
                                 DraftFilter currentView, List<String> selection) {
        this.workspace = workspace;
        this.background = background;
        this.opener = opener;
        this.currentView = currentView;
        this.selection = List.copyOf(selection);
        scopes.addAll(Scope.APPROVED, Scope.EVERY_DRAFT);
        if (currentView != null) {
            scopes.add(Scope.CURRENT_VIEW);
        }
        if (!this.selection.isEmpty()) {
            scopes.add(Scope.SELECTION);
        }
        canExport = Bindings.createBooleanBinding(() -> !destination.get().isBlank() && !running.get(),
                destination, running);
        canOpenFolder = Bindings.createBooleanBinding(() -> summary.get() != null && !summary.get().cancelled()
                && opener.available(), summary);
        format.addListener((obs, old, now) -> adaptDestination(old, now));
        scope.addListener((obs, old, now) -> countScope());
        // the summary (and its "open the folder") is of the export that ran: not of one asked for since
        javafx.beans.InvalidationListener outdated = o -> {
            if (!running.get()) {
                summary.set(null);
                summaryText.set("");
            }
        };
        format.addListener(outdated);
        destination.addListener(outdated);
        scope.addListener(outdated);
        countScope();
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The file (JSON Lines, CSV) or folder (Markdown) to write, as typed or chosen. */
    public StringProperty destinationProperty() {
        return destination;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** The scopes this dialog can offer: the current view and the selection only when there are such. */
    public ObservableList<Scope> scopes() {
        return scopes;
    }

    public BooleanProperty incrementalProperty() {
        return incremental;
    }

    /** Remove the files of drafts no longer in scope; false keeps and lists them (Markdown only). */
    public BooleanProperty removeStaleProperty() {
        return removeStale;
    }

    /** How many drafts the scope holds now, e.g. "12 drafts". */
    public ReadOnlyStringProperty scopeCountProperty() {
        return scopeCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Job<ExportSummary>> jobProperty() {
        return job.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canExportBinding() {
        return canExport;
    }

    public BooleanBinding canOpenFolderBinding() {
        return canOpenFolder;
    }

    /** Whether the destination is a folder (Markdown) rather than a file. */
    public boolean destinationIsFolder() {
        return format.get().filePerDraft();
    }

    /** A name to suggest when the editor chooses a file. */
    public String suggestedFileName() {
        return "drafts" + format.get().extension();
    }

    /** Shows a native file dialog with the store closed (see {@code Workspace.withStoreClosed}); false if it was too busy. */
    public boolean withStoreClosed(Runnable showDialog) {
        boolean shown = workspace.withStoreClosed(showDialog);
        if (!shown) {
            error.set("The store is busy; try again when the running work is done");
        }
        return shown;
    }

    /** Asks the editor whether to replace a file that no Copydesk export wrote; no by default. */
    public void setReplaceQuestion(java.util.function.Predicate<Path> ask) {
        this.replaceQuestion = ask;
    }

    /** Starts the export in the background; at most one at a time. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        Path target;
        try {
            target = Path.of(destination.get().strip());
        } catch (InvalidPathException e) {
            error.set("Not a valid path: " + e.getMessage());
            return;
        }
        boolean replace = workspace.exports().replacesOtherFile(format.get(), target);
        if (replace && !replaceQuestion.test(target)) {
            error.set("Not exported: " + target + " is a file that no Copydesk export wrote. Choose another file.");
            return;
        }
        ExportRequest request = new ExportRequest(format.get(), target, exportScope(), incremental.get(),
                removeStale.get(), replace);
        error.set("");
        summary.set(null);
        summaryText.set("");
        running.set(true);
        job.set(background.start("Exporting", monitor -> workspace.exports().run(request, monitor), done -> {
            running.set(false);
            summaryText.set(describe(done));
            summary.set(done);
        }, failure -> {
            running.set(false);
            error.set(failure instanceof ExportFailedException ? failure.getMessage()
                    : "The export failed: " + (failure.getMessage() == null ? failure : failure.getMessage()));
        }));
    }

    public void cancel() {
        if (job.get() != null && running.get()) {
            job.get().cancel();
        }
    }

    /** Shows the folder the export wrote in the system's file manager. */
    public void openFolder() {
        ExportSummary done = summary.get();
        if (done == null || !opener.available()) {
            return;
        }
        Path folder = done.format().filePerDraft() ? done.destination()
                : done.destination().toAbsolutePath().getParent();
        background.run(monitor -> {
            opener.open(folder);
            return null;
        }, nothing -> {
        }, failure -> error.set("Cannot open " + folder + ": " + failure.getMessage()));
    }

    private ExportScope exportScope() {
        return switch (scope.get()) {
            case APPROVED -> ExportScope.approved();
            case EVERY_DRAFT -> ExportScope.everyDraft();
            case CURRENT_VIEW -> new ExportScope.Matching(currentView);
            case SELECTION -> new ExportScope.Named(selection);
        };
    }

    private void countScope() {
        long generation = ++countGeneration;
        ExportScope counted = exportScope();
        if (counted instanceof ExportScope.Named named) {
            scopeCount.set(drafts(named.references().size()));
            return;
        }
        DraftFilter filter = ((ExportScope.Matching) counted).filter();
        background.run(monitor -> workspace.queries().count(filter), count -> {
            if (generation == countGeneration) {
                scopeCount.set(drafts(count));
            }
        }, failure -> scopeCount.set(""));
    }

    /** Keeps what was typed when the format changes: the same name, with the new format's ending. */
    private void adaptDestination(ExportFormat old, ExportFormat now) {
        String path = destination.get().strip();
        if (path.isEmpty()) {
            return;
        }
        if (!old.filePerDraft() && path.endsWith(old.extension())) {
            path = path.substring(0, path.length() - old.extension().length());
        }
        destination.set(now.filePerDraft() ? path : path + now.extension());
    }

    static String describe(ExportSummary s) {
        if (s.cancelled()) {
            return "Cancelled. " + s.destination() + " is as it was.";
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Exported %s to %s.", drafts(s.drafts()), s.destination()));
        lines.add(String.format("%,d new, %,d changed, %,d unchanged, %,d removed; %,d %s written.", s.added(),
                s.changed(), s.unchanged(), s.removed(), s.filesWritten(), s.filesWritten() == 1 ? "file" : "files"));
        if (!s.staleKept().isEmpty()) {
            lines.add(String.format("Kept %,d %s of drafts no longer in scope: %s", s.staleKept().size(),
                    s.staleKept().size() == 1 ? "file" : "files", abbreviate(s.staleKept())));
        }
        if (!s.notFound().isEmpty()) {
            lines.add("Not in the store any more: " + abbreviate(s.notFound()));
        }
        return String.join("\n", lines);
    }

    private static String drafts(long count) {
        return String.format("%,d %s", count, count == 1 ? "draft" : "drafts");
    }

    private static String abbreviate(List<String> names) {
        int shown = Math.min(5, names.size());
        String list = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? list + " and " + (names.size() - shown) + " more" : list;
    }
}
