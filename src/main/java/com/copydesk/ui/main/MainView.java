package com.copydesk.ui.main;

import com.copydesk.model.DraftRow;
import com.copydesk.model.SortColumn;
import com.copydesk.ui.common.Job;
import com.copydesk.ui.common.Themes;
import com.copydesk.ui.common.WindowSettings;
import com.copydesk.ui.draft.DraftPaneView;
import com.copydesk.ui.export.ExportDialog;
import com.copydesk.ui.export.DesktopFolderOpener;
import com.copydesk.ui.filters.FilterBarView;
import com.copydesk.ui.help.AboutDialog;
import com.copydesk.ui.help.AboutFacts;
import com.copydesk.ui.help.LogFileDialog;
import com.copydesk.ui.importing.ImportReportDialog;
import com.copydesk.ui.preferences.Preferences;
import com.copydesk.ui.preferences.PreferencesDialog;
import com.copydesk.ui.queue.QueuePaneView;
import com.copydesk.ui.queue.QueueSlot;
import com.copydesk.ui.review.BulkDialog;
import com.copydesk.ui.review.BulkRequest.Kind;
import com.copydesk.ui.stores.RecentStoresMenu;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The main window's controller: menus, keyboard, status bar; it binds, the view models decide. */
public final class MainView {
    private final MainViewModel model;
    private final SampleDrafts samples;
    private final WindowSettings settings;
    private final Timeline ruleWatch;
    private final Preferences preferences;
    /** Who the window acts as when the preferences name no one: the environment's choice, taken at start. */
    private final String defaultEditor;
    /** Closes this store and opens another (the application's); without one, the window cannot switch. */
    private java.util.function.Consumer<Path> switchStore;
    private Path logFile;
    /** A key that acted may also type its character; it must not reach the field it focused. */
    private String swallowTyped;
    /** Times J, K and A to the next draft's body laid out (issue 18: 50 ms); made with the scene. */
    private DraftShownLog draftShown;

    @FXML private BorderPane root;
    @FXML private SplitPane split;
    @FXML private TabPane centerTabs;
    @FXML private Tab queueTab;
    @FXML private Tab overviewTab;
    @FXML private TabPane draftTabs;
    @FXML private Tab historyTab;
    @FXML private Label countsLabel;
    @FXML private Label noticeLabel;
    @FXML private Label jobLabel;
    @FXML private ProgressBar jobProgress;
    @FXML private Button cancelJob;
    @FXML private Label storeLabel;
    @FXML private Label editorLabel;
    @FXML private javafx.scene.control.Menu recentStoresMenu;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem importReportItem;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private FilterBarView filterBarController;
    @FXML private QueuePaneView queuePaneController;
    @FXML private DraftPaneView draftPaneController;

    public MainView(MainViewModel model, SampleDrafts samples, WindowSettings settings) {
        this.model = model;
        this.samples = samples;
        this.settings = settings;
        this.ruleWatch = new Timeline(new KeyFrame(Duration.seconds(3), e -> {
            model.checkRuleFile();
            model.pollStoreChanges();
        }));
        ruleWatch.setCycleCount(Timeline.INDEFINITE);
        this.preferences = new Preferences(settings);
        this.defaultEditor = model.workspace().editor();
        actAsPreferred();
    }

    @FXML
    private void initialize() {
        countsLabel.textProperty().bind(model.countsProperty());
        noticeLabel.textProperty().bind(model.noticeProperty());
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(model.noticeProperty());
        noticeLabel.setTooltip(whole); // a message cut short reads whole on hovering
        storeLabel.setText(model.storePath().toString());
        showEditor();
        new RecentStoresMenu(recentStoresMenu, preferences, model.storePath(), this::switchTo);
        preferences.opened(model.storePath());
        model.jobProperty().addListener((o, a, job) -> showJob(job));
        labelMenus();
        draftPaneController.setOnQueueTwins(this::nearFilter);
        queuePaneController.setEditor(() -> model.workspace().editor(), model.workspace().queries().teamStore());
        queuePaneController.offerClaimNext(model.filters().heldByProperty().isNotNull(), model::claimNext);
        String undo = DeskAction.UNDO.menuText().orElseThrow();
        String redo = DeskAction.REDO.menuText().orElseThrow();
        undoItem.textProperty().bind(model.undoTextProperty().map(t -> t.isEmpty() ? undo : undo + " " + t));
        redoItem.textProperty().bind(model.redoTextProperty().map(t -> t.isEmpty() ? redo : redo + " " + t));
        importReportItem.disableProperty().bind(model.lastImportProperty().isNull());
        model.lastImportProperty().addListener((o, a, summary) -> {
            if (summary != null && (summary.rejected() > 0 || !summary.skipped().isEmpty())) {
                ImportReportDialog.show(window(), summary);
            }
        });
        darkThemeItem.setSelected(preferences.theme().dark(System.getenv()));
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                model.importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                draftShown = new DraftShownLog(scene);
                model.draft().draftProperty().addListener((p, left, draft) -> draftShown.shown(draft));
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
                scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
                    if (swallowTyped != null && swallowTyped.equalsIgnoreCase(e.getCharacter())) {
                        e.consume();
                    }
                    swallowTyped = null;
                });
            }
        });
        ruleWatch.play();
    }

    /** The overview tab's content: read when the tab is chosen, and after each change while it shows. */
    public void setOverview(Node overview, Runnable refresh) {
        if (overview != null) {
            overviewTab.setContent(overview);
        }
        overviewTab.setOnSelectionChanged(e -> {
            if (overviewTab.isSelected()) {
                refresh.run();
            }
        });
        model.dataChangesProperty().addListener((o, a, b) -> {
            if (overviewTab.isSelected()) {
                refresh.run();
            }
        });
    }

    /**
     * The overview tab, built the first time it is chosen (its charts' nodes and CSS are no part
     * of the first frame), then read when chosen and after each change while it shows.
     */
    public void setOverviewWhenShown(java.util.function.Supplier<Node> build, Runnable refresh) {
        whenFirstShown(overviewTab, build);
        setOverview(overviewTab.getContent(), refresh);
    }

    /** The history tab, built the first time it is chosen. */
    public void setHistoryWhenShown(java.util.function.Supplier<Node> build) {
        whenFirstShown(historyTab, build);
    }

    private static void whenFirstShown(Tab tab, java.util.function.Supplier<Node> build) {
        // added before any other listener of the tab, so the content is there when they are told
        javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean selected) {
                if (selected && tab.getContent() == null) {
                    o.removeListener(this);
                    tab.setContent(build.get());
                }
            }
        };
        tab.selectedProperty().addListener(once);
    }

    /**
     * The menus' texts, keys and enabling from the actions table: a menu item names its action by
     * its id (the FXML's {@code id}); the undo and redo items add what they would take back.
     */
    private void labelMenus() {
        for (javafx.scene.control.Menu menu : menuBar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getId() == null) {
                    continue;
                }
                DeskAction.byId(item.getId()).ifPresent(action -> {
                    action.menuText().ifPresent(item::setText);
                    action.accelerator().ifPresent(item::setAccelerator);
                    action.enabledWhen().ifPresent(enabled -> item.disableProperty().bind(enabled.apply(model).not()));
                });
            }
        }
    }

    /** Single keys triage without the mouse, unless the editor is typing; which key does what is {@link DeskAction}'s. */
    private void key(KeyEvent e) {
        swallowTyped = null;
        boolean typing = isTextEntry(root.getScene().getFocusOwner());
        if (typing) {
            if (DeskAction.LEAVE_SEARCH.isPressed(e)) {
                queuePaneController.table().requestFocus();
                e.consume();
            }
            return;
        }
        Optional<DeskAction> other = DeskAction.otherCombination(e);
        if (other.isPresent()) {
            perform(other.get(), e);
            e.consume();
            return;
        }
        Optional<DeskAction> action = DeskAction.singleKey(e);
        if (action.isPresent()) {
            perform(action.get(), e);
            e.consume();
            boolean slash = e.getCode() == KeyCode.SLASH || e.getCode() == KeyCode.DIVIDE;
            swallowTyped = slash ? (e.isShiftDown() ? "?" : "/") : e.getCode().getChar();
        }
    }

    /** What each action does in this window. */
    private void perform(DeskAction action, KeyEvent e) {
        if (draftShown != null && (action == DeskAction.NEXT_DRAFT || action == DeskAction.PREVIOUS_DRAFT
                || action == DeskAction.APPROVE)) {
            draftShown.pressed(e.getCode().getName(), model.draft().draftProperty().get());
        }
        switch (action) {
            case NEXT_DRAFT -> queuePaneController.move(1);
            case PREVIOUS_DRAFT -> queuePaneController.move(-1);
            case APPROVE -> draftPaneController.approve();
            case REJECT -> draftPaneController.reject();
            case PENDING -> draftPaneController.pending();
            case OPEN_TWIN -> draftPaneController.openTwin();
            case COMPARE_TWIN -> draftPaneController.compareTwin();
            case NEAR_FILTER -> nearFilter();
            case CLAIM_NEXT -> model.claimNext();
            case MY_CLAIMS -> myClaims();
            case TOGGLE_ITEM -> draftPaneController.toggleItem(DeskAction.checklistItem(e));
            case SHORTCUTS -> ShortcutsDialog.show(window());
            case SEARCH -> filterBarController.focusSearch();
            case LEAVE_SEARCH -> queuePaneController.table().requestFocus();
            case UNDO -> model.undo();
            case REDO -> model.redo();
            case IMPORT -> importFiles();
            case EXPORT -> exportDrafts();
            case OPEN_STORE -> openStore();
            case PREFERENCES -> showPreferences();
            case RULES -> showRules();
            case QUIT -> quit();
            default -> throw new IllegalStateException("no window action for " + action);
        }
    }

    /**
     * Whether keys go into text: a text field or area, or an editable spinner or combo box, whose
     * focus owner is the control itself while its inner text field takes the keys.
     */
    static boolean isTextEntry(Node focused) {
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl
                    || node instanceof javafx.scene.control.Spinner<?> spinner && spinner.isEditable()
                    || node instanceof javafx.scene.control.ComboBoxBase<?> combo && combo.isEditable()) {
                return true;
            }
        }
        return false;
    }

    private void showJob(Job<?> job) {
        boolean running = job != null;
        jobProgress.setVisible(running);
        jobProgress.setManaged(running);
        cancelJob.setVisible(running);
        cancelJob.setManaged(running);
        jobLabel.textProperty().unbind();
        jobProgress.progressProperty().unbind();
        if (running) {
            jobLabel.textProperty().bind(job.messageProperty());
            jobProgress.progressProperty().bind(job.progressProperty());
        } else {
            jobLabel.setText("");
        }
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    // ---- menus ------------------------------------------------------------------------------

    @FXML
    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import drafts");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Drafts", "*.json", "*.jsonl", "*.ndjson", "*.md", "*.txt", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        var files = new java.util.concurrent.atomic.AtomicReference<List<File>>();
        if (model.withStoreClosed(() -> files.set(chooser.showOpenMultipleDialog(window()))) && files.get() != null) {
            model.importPaths(files.get().stream().map(File::toPath).toList());
        }
    }

    @FXML
    private void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of drafts");
        var folder = new java.util.concurrent.atomic.AtomicReference<File>();
        if (model.withStoreClosed(() -> folder.set(chooser.showDialog(window()))) && folder.get() != null) {
            model.importPaths(List.of(folder.get().toPath()));
        }
    }

    @FXML
    private void loadSamples() {
        Path folder = samples.extract();
        model.importPaths(List.of(folder));
    }

    @FXML
    private void showImportReport() {
        if (model.lastImportProperty().get() != null) {
            ImportReportDialog.show(window(), model.lastImportProperty().get());
        }
    }

    @FXML
    private void exportDrafts() {
        List<String> references = new ArrayList<>();
        for (DraftRow row : model.queue().selectedRows()) {
            references.add(row.reference());
        }
        ExportDialog.show(window(), model.workspace(), model.background(), model.filters().current(), references);
    }

    @FXML
    private void quit() {
        window().hide();
    }

    @FXML
    private void undo() {
        model.undo();
    }

    @FXML
    private void redo() {
        model.redo();
    }

    @FXML
    private void approve() {
        draftPaneController.approve();
    }

    @FXML
    private void reject() {
        draftPaneController.reject();
    }

    @FXML
    private void pending() {
        draftPaneController.pending();
    }

    @FXML
    private void next() {
        queuePaneController.move(1);
    }

    @FXML
    private void previous() {
        queuePaneController.move(-1);
    }

    @FXML
    private void openTwin() {
        draftPaneController.openTwin();
    }

    @FXML
    private void compareTwin() {
        draftPaneController.compareTwin();
    }

    /**
     * The queue limited to the draft shown and its direct near-duplicate twins, as a chip the
     * editor clears; asked again for the same draft, the queue is as it was before.
     */
    @FXML
    private void nearFilter() {
        var shown = model.draft().draftProperty().get();
        var near = model.filters().nearOfProperty().get();
        if (near != null && (shown == null || near.id() == shown.id())) {
            model.filters().clearNearOf();
        } else if (shown != null) {
            model.filters().showNearOf(shown.id(), shown.reference());
            showQueue();
        }
    }

    /**
     * Keeps the draft the near-duplicate chip names (else the draft shown, and the chip is put on
     * for it) and rejects the others on screen, after the usual preview.
     */
    @FXML
    private void keepOne() {
        var near = model.filters().nearOfProperty().get();
        if (near == null) {
            var shown = model.draft().draftProperty().get();
            if (shown == null) {
                model.say("Open the draft to keep first");
                return;
            }
            model.filters().showNearOf(shown.id(), shown.reference());
            near = model.filters().nearOfProperty().get();
            showQueue();
        }
        com.copydesk.ui.review.KeepOneDialog.show(window(), model, near.id(), near.reference());
    }

    @FXML
    private void claimNext() {
        model.claimNext();
    }

    /** The queue limited to the editor's pending claims, or all again. */
    @FXML
    private void myClaims() {
        model.toggleMyClaims();
        showQueue();
    }

    @FXML
    private void bulkApprove() {
        BulkDialog.show(window(), model, Kind.APPROVE);
    }

    @FXML
    private void bulkReject() {
        BulkDialog.show(window(), model, Kind.REJECT);
    }

    @FXML
    private void bulkPending() {
        BulkDialog.show(window(), model, Kind.PENDING);
    }

    @FXML
    private void bulkTick() {
        BulkDialog.show(window(), model, Kind.TICK);
    }

    @FXML
    private void bulkUntick() {
        BulkDialog.show(window(), model, Kind.UNTICK);
    }

    @FXML
    private void bulkScore() {
        BulkDialog.show(window(), model, Kind.SCORE);
    }

    /** Brings the queue's tab to the front (View › Queue, a click on an overview bar). */
    @FXML
    public void showQueue() {
        centerTabs.getSelectionModel().select(queueTab);
    }

    @FXML
    private void showOverview() {
        centerTabs.getSelectionModel().select(overviewTab);
    }

    @FXML
    private void toggleTheme() {
        Themes.apply(darkThemeItem.isSelected());
        settings.put("theme", darkThemeItem.isSelected() ? "dark" : "light");
        settings.save();
    }

    @FXML
    private void showShortcuts() {
        ShortcutsDialog.show(window());
    }

    @FXML
    private void showSearchSyntax() {
        SearchSyntaxDialog.show(window());
    }

    @FXML
    private void showLogFile() {
        LogFileDialog.show(window(), logFile, new DesktopFolderOpener());
    }

    @FXML
    private void showAbout() {
        Path store = model.storePath();
        // the schema version is read from the store: off the FX thread
        model.background().run(monitor -> model.workspace().schemaVersion(),
                version -> AboutDialog.show(window(), AboutFacts.of(store, version)),
                failure -> model.say("The store's schema version cannot be read: " + failure.getMessage()));
    }

    @FXML
    private void showPreferences() {
        PreferencesDialog.show(window(), preferences, defaultEditor, model.storePath(), () -> {
            actAsPreferred();
            showEditor();
            Themes.apply(preferences.theme().dark(System.getenv()));
            darkThemeItem.setSelected(preferences.theme().dark(System.getenv()));
        });
    }

    /**
     * Tools › Rules: the store's rules, edited, checked and previewed in the dialog; once saved
     * (as {@code rules --load} saves them, on either store) they are in force and the desk flags
     * every draft again, once.
     */
    @FXML
    private void showRules() {
        var editor = new com.copydesk.review.RuleEditor(model.workspace(), java.time.LocalDate.now());
        com.copydesk.ui.rules.RulesEditorDialog.show(window(),
                new com.copydesk.ui.rules.RulesEditorViewModel(editor, model.background(), model::rulesSaved));
    }

    /** Acts as the editor the preferences name, else as the environment's; a name edited by hand into a bad one is ignored. */
    private void actAsPreferred() {
        try {
            model.workspace().actAs(preferences.editor().orElse(defaultEditor));
        } catch (IllegalArgumentException e) {
            model.workspace().actAs(defaultEditor);
        }
    }

    private void showEditor() {
        editorLabel.setText("Editor: " + model.workspace().editor());
    }

    /** Where this run logs, for Help › Show log file; null when it logs to no file. */
    public void setLogFile(Path logFile) {
        this.logFile = logFile;
    }

    /** How the window switches to another store (File › Open store, Recent stores). */
    public void setStoreSwitch(java.util.function.Consumer<Path> switchStore) {
        this.switchStore = switchStore;
    }

    @FXML
    private void openStore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a store");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Copydesk stores", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path folder = model.storePath().toAbsolutePath().getParent();
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            switchTo(file.toPath());
        }
    }

    /**
     * Switches to another store; a running import or export is finished or cancelled first (the
     * editor's choice, by its Cancel button): switching under it would close the store it writes.
     */
    void switchTo(Path store) {
        if (store.toAbsolutePath().normalize().equals(model.storePath().toAbsolutePath().normalize())) {
            model.say("That store is the one open.");
        } else if (model.jobProperty().get() != null) {
            model.say("Wait for \u201c" + model.jobProperty().get().messageProperty().get()
                    + "\u201d to finish, or cancel it, before opening another store.");
        } else if (switchStore == null) {
            model.say("This window cannot open another store.");
        } else {
            switchStore.accept(store);
        }
    }

    /**
     * Before the store closes for another: what quitting does (unsaved edits handed to the
     * background, the window's layout remembered), without hiding the window.
     */
    public void closeForSwitch(Stage stage) {
        stage.setOnHiding(null);
        draftPaneController.saveEdits();
        remember(stage);
    }

    @FXML
    private void cancelJob() {
        model.cancelJob();
    }

    // ---- remembering the window --------------------------------------------------------------

    /** Size and place from the last run, else most of the screen, centred. */
    public void restore(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = settings.number("window.width").orElse(Math.min(1500, screen.getWidth() * 0.92));
        double height = settings.number("window.height").orElse(Math.min(950, screen.getHeight() * 0.92));
        stage.setWidth(Math.min(width, screen.getWidth()));
        stage.setHeight(Math.min(height, screen.getHeight()));
        var x = settings.number("window.x");
        var y = settings.number("window.y");
        if (x.isPresent() && y.isPresent() && Screen.getScreensForRectangle(x.get(), y.get(), 100, 100).size() > 0) {
            stage.setX(x.get());
            stage.setY(y.get());
        } else {
            stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2);
        }
        stage.setMaximized(settings.get("window.maximized").map(Boolean::parseBoolean).orElse(false));
        var columns = queuePaneController.table().getColumns();
        for (TableColumn<QueueSlot, ?> column : columns) {
            settings.number(columnKey(column, "width"))
                    .or(() -> settings.number("column." + oldHeader(column) + ".width")).ifPresent(column::setPrefWidth);
            settings.get(columnKey(column, "visible")).or(() -> settings.get("column." + oldHeader(column) + ".visible"))
                    .map(Boolean::parseBoolean).ifPresent(column::setVisible);
        }
        // by the columns' ids; a settings file written before them named the columns by their header text
        settings.get("queue.columns.order").map(order -> List.of(order.split("\\|")))
                .or(() -> settings.get("columns.order").map(order -> java.util.Arrays.stream(order.split("\\|"))
                        .map(text -> columns.stream().filter(c -> text.equals(oldHeader(c))).findFirst()
                                .map(MainView::columnId).orElse(text)).toList()))
                .ifPresent(ids -> {
                    List<TableColumn<QueueSlot, ?>> sorted = new ArrayList<>(columns);
                    sorted.sort(java.util.Comparator.comparingInt(c -> ids.indexOf(columnId(c)) < 0 ? 99
                            : ids.indexOf(columnId(c))));
                    columns.setAll(sorted);
                });
        // the order the editor last chose, put back through the header so that its arrow shows too
        settings.get("queue.sort").map(v -> v.split(" ")).filter(v -> v.length == 2).ifPresent(v -> {
            for (TableColumn<QueueSlot, ?> column : queuePaneController.table().getColumns()) {
                if (column.getUserData() instanceof SortColumn sortColumn && sortColumn.name().equals(v[0])
                        && (v[1].equals("ASCENDING") || v[1].equals("DESCENDING"))) {
                    column.setSortType(TableColumn.SortType.valueOf(v[1]));
                    queuePaneController.table().getSortOrder().setAll(List.of(column));
                }
            }
        });
        stage.setOnHiding(e -> {
            draftPaneController.saveEdits(); // typed a moment ago, not yet saved: the background finishes it before exit
            remember(stage);
        });
    }

    /**
     * The splits, once the window has its real size (on some platforms only after it shows):
     * set earlier, they would apply to an interim layout.
     */
    public void restoreSplits() {
        double[] defaults = {0.14, 0.62}; // the queue gets the room for its chips and scores
        javafx.application.Platform.runLater(() -> {
            for (int i = 0; i < defaults.length; i++) {
                split.setDividerPosition(i, settings.number("split." + i).orElse(defaults[i]));
            }
        });
    }

    private void remember(Stage stage) {
        settings.put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
            settings.put("window.width", stage.getWidth());
            settings.put("window.height", stage.getHeight());
        }
        double[] dividers = split.getDividerPositions();
        for (int i = 0; i < dividers.length; i++) {
            settings.put("split." + i, dividers[i]);
        }
        List<String> order = new ArrayList<>();
        for (TableColumn<QueueSlot, ?> column : queuePaneController.table().getColumns()) {
            settings.put(columnKey(column, "width"), column.getWidth());
            settings.put(columnKey(column, "visible"), column.isVisible());
            order.add(columnId(column));
        }
        settings.put("queue.columns.order", String.join("|", order));
        var sortOrder = queuePaneController.table().getSortOrder();
        settings.put("queue.sort", sortOrder.isEmpty() || !(sortOrder.get(0).getUserData() instanceof SortColumn column) ? ""
                : column.name() + " " + sortOrder.get(0).getSortType().name());
        settings.save();
        ruleWatch.stop();
    }

    /** Headers as settings files written before the columns had ids named them (the scores' were longer then). */
    private static final java.util.Map<String, String> OLD_HEADERS = java.util.Map.of("quality", "Qual.",
            "freshness", "Fresh.", "depth", "Depth", "clarity", "Clar.");

    private static String oldHeader(TableColumn<?, ?> column) {
        return OLD_HEADERS.getOrDefault(columnId(column), column.getText());
    }

    /**
     * A queue column's stable name for the settings, from its FXML id ({@code statusColumn} is
     * {@code status}): the header text may be reworded or translated, the id stays.
     */
    static String columnId(TableColumn<?, ?> column) {
        return java.util.Objects.requireNonNull(column.getId(), "a queue column without an id").replaceFirst("Column$", "");
    }

    private static String columnKey(TableColumn<?, ?> column, String setting) {
        return "queue.column." + columnId(column) + "." + setting;
    }

    /**
     * Keys go to the queue at start, so that triage begins without a click. On a stage that was
     * showing already (the "Opening" line) the queue's tab has no skin yet, so the table is in no
     * scene and a request now would be dropped, leaving the scene to give the search box the keys:
     * it asks again once the table is in the scene.
     */
    public void focusQueue() {
        javafx.scene.control.TableView<QueueSlot> table = queuePaneController.table();
        if (table.getScene() != null) {
            table.requestFocus();
            return;
        }
        table.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene was, javafx.scene.Scene scene) {
                if (scene != null) {
                    o.removeListener(this);
                    javafx.application.Platform.runLater(table::requestFocus);
                }
            }
        });
    }
}
