package com.copydesk.ui.draft;

import com.copydesk.model.ChecklistItem;
import com.copydesk.model.Finding;
import com.copydesk.model.NearTwin;
import com.copydesk.model.ScoreName;
import com.copydesk.model.Severity;
import com.copydesk.model.StoredDraft;
import com.copydesk.review.DraftQueries;
import com.copydesk.ui.common.Confirm;
import com.copydesk.ui.common.ScoreSpinner;
import com.copydesk.ui.common.VisibleText;
import com.copydesk.ui.common.WindowSettings;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The draft on the right: findings first, the decision, scores, checklist, note, body, meta box. */
public final class DraftPaneView {
    private static final double CHECKLIST_ROW = 36;

    private final java.util.function.Consumer<String> say;
    private final DraftViewModel model;
    private final Map<ScoreName, Spinner<Integer>> editors = new EnumMap<>(ScoreName.class);
    private final Map<ScoreName, Label> imported = new EnumMap<>(ScoreName.class);
    private final Map<ScoreName, Button> resets = new EnumMap<>(ScoreName.class);
    private final Map<ScoreName, PauseTransition> scoreSaves = new EnumMap<>(ScoreName.class);
    private final PauseTransition noteSave = new PauseTransition(Duration.millis(800));
    private final MarkdownView bodyView = new MarkdownView();
    private final MetaBoxView metaView = new MetaBoxView();
    private final java.util.function.Consumer<String> openLink;
    /** Where the sections' open or closed state is kept from one run to the next. */
    private final WindowSettings settings;
    private boolean showing;
    /** Who holds the draft shown, when someone does: a claim's holder and the lease's end. */
    private final Label holderLabel = new Label();
    private Runnable onQueueTwins = () -> { };
    /** The id of the draft on screen, to tell a new draft from the same one read again after a save. */
    private long shownId = -1;
    /** The draft whose meta box rows are still to be built (the section closed, or a frame to wait); null: none. */
    private com.copydesk.model.Draft metaPending;
    /** Whether the meta box rows wait for the body's frame to be drawn. */
    private boolean metaScheduled;
    /** Whether the info notes are open; it stays as the editor left it from one draft to the next. */
    private final javafx.beans.property.BooleanProperty notesOpen = new javafx.beans.property.SimpleBooleanProperty(false);

    @FXML private Label empty;
    @FXML private ScrollPane scroll;
    @FXML private Label status;
    @FXML private Label reason;
    @FXML private Button approve;
    @FXML private Button reject;
    @FXML private Button pending;
    @FXML private VBox findingsBox;
    @FXML private VBox findings;
    @FXML private Label title;
    @FXML private Label meta;
    @FXML private GridPane scores;
    @FXML private ListView<ChecklistItem> checklist;
    @FXML private TextField newItem;
    @FXML private Button itemUp;
    @FXML private Button itemDown;
    @FXML private Button itemRemove;
    @FXML private TextArea note;
    @FXML private ToggleButton loadImages;
    @FXML private VBox body;
    @FXML private VBox metaBox;
    @FXML private TitledPane scoresSection;
    @FXML private TitledPane checklistSection;
    @FXML private TitledPane noteSection;
    @FXML private TitledPane metaSection;

    /**
     * @param say      puts a word in the window's status line
     * @param openLink opens a web address the editor clicked (links are never followed otherwise)
     */
    public DraftPaneView(DraftViewModel model, java.util.function.Consumer<String> say,
                         java.util.function.Consumer<String> openLink) {
        this(model, say, openLink, new WindowSettings(null));
    }

    /** @param settings keeps which sections (scores, checklist, note, meta box) the editor closed */
    public DraftPaneView(DraftViewModel model, java.util.function.Consumer<String> say,
                         java.util.function.Consumer<String> openLink, WindowSettings settings) {
        this.say = say;
        this.model = model;
        this.openLink = openLink;
        this.settings = settings;
    }

    @FXML
    private void initialize() {
        approve.setGraphic(new FontIcon(Material2AL.CHECK));
        reject.setGraphic(new FontIcon(Material2AL.CLOSE));
        pending.setGraphic(new FontIcon(Material2MZ.UNDO));
        approve.setTooltip(new Tooltip("Approve (A)"));
        reject.setTooltip(new Tooltip("Reject, with a reason (R)"));
        pending.setTooltip(new Tooltip("Back to pending (P)"));
        itemUp.setGraphic(new FontIcon(Material2AL.ARROW_UPWARD));
        itemDown.setGraphic(new FontIcon(Material2AL.ARROW_DOWNWARD));
        itemRemove.setGraphic(new FontIcon(Material2AL.DELETE_OUTLINE));
        itemUp.setTooltip(new Tooltip("Move the item up"));
        itemDown.setTooltip(new Tooltip("Move the item down"));
        itemRemove.setTooltip(new Tooltip("Remove the item"));

        remember(scoresSection, "scores");
        remember(checklistSection, "checklist");
        remember(noteSection, "note");
        remember(metaSection, "meta");
        metaSection.expandedProperty().addListener((o, was, open) -> {
            if (open) {
                showPendingMeta();
            }
        });
        checklist.setCellFactory(l -> new ChecklistCell());
        checklist.setFixedCellSize(CHECKLIST_ROW);
        buildScoreGrid();
        noteSave.setOnFinished(e -> model.setNote(note.getText()));
        note.textProperty().addListener((o, a, b) -> {
            if (!showing) {
                noteSave.playFromStart();
            }
        });
        note.focusedProperty().addListener((o, a, focused) -> {
            if (!focused && noteSave.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                noteSave.stop();
                model.setNote(note.getText());
            }
        });
        loadImages.selectedProperty().bindBidirectional(model.imagesAllowedProperty());
        body.getChildren().setAll(bodyView);
        metaBox.getChildren().setAll(metaView);
        bodyView.imagesAllowedProperty().bind(model.imagesAllowedProperty());
        model.setBodyPreparer(bodyView::prepare);
        bodyView.setOnLinkClicked(url -> {
            if (MarkdownView.isWebAddress(url)) {
                openLink.accept(url);
            } else {
                say.accept("Not opened: " + url + " is not a web address");
            }
        });
        // the edits still waiting belong to the draft being left: they are saved for it, not for the next one
        model.draftProperty().addListener((o, left, draft) -> {
            if (left != null && (draft == null || draft.id() != left.id())) {
                saveEdits(left);
            }
            show(draft);
        });
        holderLabel.setId("claimHolder");
        holderLabel.getStyleClass().add("claim-holder");
        findingsBox.getChildren().add(0, holderLabel);
        showHolder(model.holderProperty().get());
        model.holderProperty().addListener((o, a, claim) -> showHolder(claim));
        // the twins are read with the draft; read again (a pair found or gone), the links follow
        model.twins().addListener((javafx.collections.ListChangeListener<NearTwin>) change -> {
            StoredDraft shown = model.draftProperty().get();
            if (shown != null) {
                findings.getChildren().setAll(findingRows(shown.findings()));
            }
        });
        show(model.draftProperty().get());
    }

    /** A section opens as the editor left it, in this run and the next; the settings save as the window closes. */
    private void remember(TitledPane section, String name) {
        String key = "draft.section." + name + ".open";
        settings.get(key).map(Boolean::parseBoolean).ifPresent(section::setExpanded);
        section.expandedProperty().addListener((o, a, open) -> settings.put(key, open));
    }

    private void buildScoreGrid() {
        scores.addRow(0, header("Score"), header("Imported"), header("Editor's"), new Label());
        int row = 1;
        for (ScoreName score : ScoreName.values()) {
            Spinner<Integer> editor = ScoreSpinner.create(0);
            editor.setPrefWidth(90);
            editor.setId("score-" + score.key());
            PauseTransition save = new PauseTransition(Duration.millis(600));
            save.setOnFinished(e -> model.setScore(score, editor.getValue()));
            editor.valueProperty().addListener((o, a, b) -> {
                if (!showing && b != null) {
                    save.playFromStart();
                }
            });
            Button reset = new Button(null, new FontIcon(Material2MZ.SETTINGS_BACKUP_RESTORE));
            reset.setTooltip(new Tooltip("Back to the imported score"));
            reset.setId("reset-" + score.key());
            reset.setOnAction(e -> {
                save.stop();
                model.setScore(score, null);
            });
            Label importedValue = new Label();
            importedValue.getStyleClass().add("imported-score");
            scores.addRow(row++, new Label(capitalised(score.key())), importedValue, editor, reset);
            editors.put(score, editor);
            imported.put(score, importedValue);
            resets.put(score, reset);
            scoreSaves.put(score, save);
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("grid-header");
        return label;
    }

    private void show(StoredDraft draft) {
        boolean has = draft != null;
        empty.setVisible(!has);
        scroll.setVisible(has);
        if (!has) {
            metaPending = null;
            return;
        }
        showing = true;
        try {
            DraftPresentation shows = DraftPresentation.of(draft);
            status.setText(shows.status());
            status.getStyleClass().removeAll("status-pending", "status-approved", "status-rejected");
            status.getStyleClass().add(shows.statusStyle());
            var review = draft.review();
            reason.setText(shows.reason());
            reason.setVisible(!reason.getText().isBlank());
            reason.setManaged(reason.isVisible());
            approve.setDisable(!shows.canApprove());
            pending.setDisable(!shows.canSendBack());
            findings.getChildren().setAll(findingRows(draft.findings()));
            var shown = draft.current();
            title.setText(shows.title());
            meta.setText(shows.meta());
            boolean sameDraft = draft.id() == shownId;
            if (!sameDraft) {
                scroll.setVvalue(0); // a new draft opens at its top: status, decision and findings
            }
            shownId = draft.id();
            for (DraftPresentation.ScoreRow row : shows.scores()) {
                ScoreName score = row.score();
                if (sameDraft && isRunning(scoreSaves.get(score))) {
                    continue; // read again after another edit: this score's own edit is still to be saved
                }
                scoreSaves.get(score).stop();
                imported.get(score).setText(row.imported());
                editors.get(score).getValueFactory().setValue(row.value());
                editors.get(score).getStyleClass().remove("edited");
                if (row.edited()) {
                    editors.get(score).getStyleClass().add("edited");
                }
                resets.get(score).setDisable(!row.edited());
            }
            int selected = checklist.getSelectionModel().getSelectedIndex();
            checklist.getItems().setAll(review.checklist());
            if (selected >= 0 && selected < checklist.getItems().size()) {
                checklist.getSelectionModel().select(selected);
            }
            // Up to eight items in view without an inner scrollbar; more scroll.
            checklist.setPrefHeight(shows.checklistRows() * CHECKLIST_ROW + 4);
            String storedNote = shows.note();
            // while the editor types in it, the box is what counts: setting it would move the caret to the start
            boolean typingNote = sameDraft && (note.isFocused() || isRunning(noteSave));
            if (!typingNote && !storedNote.equals(note.getText())) {
                note.setText(storedNote);
            }
            if (model.preparedBody(draft) instanceof MarkdownView.Prepared prepared && prepared.isOf(shown)) {
                bodyView.show(prepared); // read ahead: its nodes were built off the FX thread
            } else {
                bodyView.show(shown);
            }
            showMetaBoxLater(shown, sameDraft);
        } finally {
            showing = false;
        }
    }

    /**
     * The meta box is the last section, below the body: its rows (often dozens of labels, each with
     * its CSS and text layout) are built a frame after the draft's title, findings and body are
     * laid out, so that J shows those first; while the section is closed they are not built at
     * all, until it opens. A new draft clears the previous draft's rows at once.
     */
    private void showMetaBoxLater(com.copydesk.model.Draft shown, boolean sameDraft) {
        metaPending = shown;
        if (!sameDraft) {
            metaView.clear();
        }
        if (!metaSection.isExpanded() || metaScheduled || scroll.getScene() == null) {
            if (scroll.getScene() == null && metaSection.isExpanded()) {
                showPendingMeta(); // not on screen yet: nothing to put first
            }
            return;
        }
        metaScheduled = true;
        javafx.scene.Scene scene = scroll.getScene();
        Runnable[] afterLayout = new Runnable[1];
        afterLayout[0] = () -> {
            scene.removePostLayoutPulseListener(afterLayout[0]);
            // after this pulse has drawn the body: the rows are laid out in the next one
            javafx.application.Platform.runLater(() -> {
                metaScheduled = false;
                showPendingMeta();
            });
        };
        scene.addPostLayoutPulseListener(afterLayout[0]);
        javafx.application.Platform.requestNextPulse();
    }

    private void showPendingMeta() {
        if (metaPending != null && metaSection.isExpanded()) {
            metaView.show(metaPending);
            metaPending = null;
        }
    }

    private static boolean isRunning(PauseTransition save) {
        return save.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** Saves now the edits still waiting for the editor to pause, for the draft they were made on. */
    private void saveEdits(StoredDraft of) {
        for (ScoreName score : ScoreName.values()) {
            if (isRunning(scoreSaves.get(score))) {
                scoreSaves.get(score).stop();
                model.setScore(of, score, editors.get(score).getValue());
            }
        }
        if (isRunning(noteSave)) {
            noteSave.stop();
            model.setNote(of, note.getText());
        }
    }

    /** Saves the edits still waiting, before the window closes. */
    public void saveEdits() {
        StoredDraft shown = model.draftProperty().get();
        if (shown != null) {
            editors.values().forEach(Spinner::commitValue);
            saveEdits(shown);
        }
    }

    // ---- commands (also bound to keys by the main window) ---------------------------------

    /** Approves; a blocking finding asks for a deliberate override first. */
    @FXML
    public void approve() {
        StoredDraft draft = model.draftProperty().get();
        if (draft == null) {
            return;
        }
        if (!decideAnyway(draft, "Approve")) {
            return;
        }
        boolean held = model.heldByAnother();
        var blocking = draft.findings().stream().filter(f -> f.severity() == Severity.BLOCK).map(Finding::rule)
                .distinct().toList();
        if (blocking.isEmpty()) {
            model.approve(held); // the editor chose to decide a draft another holds: forced past the claim
            return;
        }
        if (Confirm.ask(scroll.getScene().getWindow(), "Approve despite a blocking finding",
                "Approve \u201c" + VisibleText.of(draft.current().title()) + "\u201d?",
                "This draft has a blocking finding (" + String.join(", ", blocking) + "). Approving it overrides the rule,"
                        + " and the override is kept in its history.", "Approve anyway")) {
            model.approve(true);
        }
    }

    /** Asks for the reason, then rejects. */
    @FXML
    public void reject() {
        if (model.draftProperty().get() == null) {
            return;
        }
        StoredDraft draft = model.draftProperty().get();
        if (!decideAnyway(draft, "Reject")) {
            return;
        }
        boolean held = model.heldByAnother();
        askReason(scroll, "Reject \u201c" + VisibleText.of(draft.current().title()) + "\u201d")
                .ifPresent(reason -> model.reject(reason, held));
    }

    /**
     * When another editor holds the draft (a claim whose lease has not ended), says who and until
     * when, and asks whether to decide it anyway (the command line's {@code --force}); true to go on.
     */
    private boolean decideAnyway(StoredDraft draft, String action) {
        if (!model.heldByAnother()) {
            return true;
        }
        var claim = model.holderProperty().get();
        return Confirm.ask(scroll.getScene().getWindow(), action + " a draft another editor holds",
                claim.editor() + " holds \u201c" + VisibleText.of(draft.current().title()) + "\u201d until "
                        + until(claim.until()),
                claim.editor() + " claimed this draft to review it. Deciding it anyway is kept in its history under your"
                        + " name (" + model.editor() + ").", "Decide anyway");
    }

    private static String until(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(instant.atZone(java.time.ZoneId.systemDefault()));
    }

    /** "Held by you until 17:40" or "Held by ann until 17:40" (greyed: another's) above the findings. */
    private void showHolder(com.copydesk.model.Claim claim) {
        boolean held = claim != null;
        holderLabel.setVisible(held);
        holderLabel.setManaged(held);
        holderLabel.getStyleClass().remove("claim-other");
        if (held) {
            boolean mine = claim.editor().equals(model.editor());
            holderLabel.setText("Held by " + (mine ? "you (" + claim.editor() + ")" : claim.editor()) + " until "
                    + until(claim.until()));
            if (!mine) {
                holderLabel.getStyleClass().add("claim-other");
            }
        }
    }

    /** The reason for a rejection, with the editor's presets offered; empty if the editor cancels or gives none. */
    public Optional<String> askReason(Node owner, String header) {
        return com.copydesk.ui.review.RejectReasonDialog.ask(owner.getScene().getWindow(), header,
                new com.copydesk.ui.preferences.Preferences(settings).rejectPresets());
    }

    @FXML
    public void pending() {
        if (model.draftProperty().get() != null) {
            model.backToPending();
        }
    }

    /** Toggles checklist item {@code number} (1-based). */
    public void toggleItem(int number) {
        model.toggleItem(number - 1);
    }

    @FXML
    private void addItem() {
        model.addItem(newItem.getText());
        newItem.clear();
    }

    @FXML
    private void moveUp() {
        model.moveItem(checklist.getSelectionModel().getSelectedIndex(), -1);
        checklist.getSelectionModel().selectPrevious();
    }

    @FXML
    private void moveDown() {
        model.moveItem(checklist.getSelectionModel().getSelectedIndex(), 1);
        checklist.getSelectionModel().selectNext();
    }

    @FXML
    private void removeItem() {
        model.removeItem(checklist.getSelectionModel().getSelectedIndex());
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase() + text.substring(1);
    }

    /**
     * The flags (block and warn findings, most severe first) as rows, and the info notes behind
     * one "N notes" line that opens on click: a note the generator's data carries on most drafts
     * tells little, and must not push the flags apart or make every draft look flagged.
     */
    private List<Node> findingRows(List<Finding> all) {
        List<Node> rows = new ArrayList<>();
        all.stream().filter(f -> f.severity().flags()).flatMap(f -> withTwins(f).stream()).forEach(rows::add);
        List<Node> notes = all.stream().filter(f -> !f.severity().flags()).flatMap(f -> withTwins(f).stream()).toList();
        if (rows.isEmpty() && notes.isEmpty()) {
            rows.add(new Label("No findings"));
        }
        if (!notes.isEmpty()) {
            String count = notes.size() + (notes.size() == 1 ? " note" : " notes");
            Hyperlink toggle = new Hyperlink();
            toggle.setId("notesToggle");
            toggle.getStyleClass().add("notes-toggle");
            toggle.textProperty().bind(javafx.beans.binding.Bindings.when(notesOpen).then("\u25be " + count)
                    .otherwise("\u25b8 " + count));
            toggle.setOnAction(e -> notesOpen.set(!notesOpen.get()));
            VBox noteRows = new VBox(6);
            noteRows.getChildren().setAll(notes);
            noteRows.setId("notes");
            noteRows.visibleProperty().bind(notesOpen);
            noteRows.managedProperty().bind(notesOpen);
            rows.add(toggle);
            rows.add(noteRows);
        }
        return rows;
    }

    /** A finding, and under a near-duplicate finding its twins as links: open one, or compare with it. */
    private List<Node> withTwins(Finding finding) {
        if (!DraftQueries.NEAR_DUPLICATE_RULE.equals(finding.rule()) || model.twins().isEmpty()) {
            return List.of(finding(finding));
        }
        VBox links = new VBox(2);
        links.setId("twinLinks");
        links.getStyleClass().add("twin-links");
        List<NearTwin> twins = model.twins();
        for (int i = 0; i < twins.size(); i++) {
            NearTwin twin = twins.get(i);
            String key = i == 0 ? " (T)" : "";
            // the similarity first: a long title is cut at its end, the number must stay in view
            Hyperlink open = new Hyperlink(String.format(java.util.Locale.ROOT, "%.2f  %s \u201c%s\u201d", twin.similarity(),
                    twin.reference(), VisibleText.of(twin.title())));
            open.setId("twinOpen" + i);
            open.setTooltip(new Tooltip("Open the twin in the draft pane" + key));
            open.setOnAction(e -> openTwin(twin));
            Hyperlink compare = new Hyperlink("Compare" + (i == 0 ? " (D)" : ""));
            compare.setId("twinCompare" + i);
            compare.setTooltip(new Tooltip("The two bodies side by side, the words that differ marked"));
            compare.setOnAction(e -> compareTwin(twin));
            open.setMinWidth(0);
            compare.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(4, open, compare);
            HBox.setHgrow(open, Priority.SOMETIMES);
            if (i == 0) {
                // on the first twin's line: a line more would push the body's first lines off a laptop screen
                Hyperlink inQueue = new Hyperlink("Queue (N)");
                inQueue.setId("twinsInQueue");
                inQueue.setMinWidth(Region.USE_PREF_SIZE);
                inQueue.setTooltip(new Tooltip("The queue: this draft and its near-duplicate twins only, as a chip to clear"));
                inQueue.setOnAction(e -> onQueueTwins.run());
                row.getChildren().add(inQueue);
            }
            links.getChildren().add(row);
        }
        return List.of(finding(finding), links);
    }

    /** What "These in the queue" does: the desk limits its queue to the draft and its twins. */
    public void setOnQueueTwins(Runnable action) {
        this.onQueueTwins = action;
    }

    /**
     * Opens the draft's nearest near-duplicate twin in the draft pane, in place: the queue keeps its
     * row (and its filter, which may hide the twin), so J and K go on from there.
     */
    public void openTwin() {
        if (model.twins().isEmpty()) {
            say.accept("This draft has no near-duplicate twin to open");
            return;
        }
        openTwin(model.twins().get(0));
    }

    private void openTwin(NearTwin twin) {
        StoredDraft from = model.draftProperty().get();
        model.showTwin(twin); // the edits still waiting are saved for the draft left, as on any move
        say.accept("Showing " + twin.reference() + ", a near copy of " + (from == null ? "the draft" : from.reference())
                + ", in the draft pane; the queue keeps its row and filter (J and K go on from there)");
    }

    /** Opens the side-by-side comparison with the nearest near-duplicate twin. */
    public void compareTwin() {
        if (model.twins().isEmpty()) {
            say.accept("This draft has no near-duplicate twin to compare with");
            return;
        }
        compareTwin(model.twins().get(0));
    }

    private void compareTwin(NearTwin twin) {
        TwinCompareDialog.show(scroll.getScene().getWindow(), model, twin);
    }

    /** A finding as the editor reads it first: severity icon, rule, and the evidence, wrapped. */
    private static Node finding(Finding finding) {
        FontIcon icon = new FontIcon(switch (finding.severity()) {
            case BLOCK -> Material2AL.BLOCK;
            case WARN -> Material2MZ.WARNING;
            case INFO -> Material2AL.INFO;
        });
        icon.getStyleClass().add("severity-icon");
        Label rule = new Label(finding.rule());
        rule.getStyleClass().add("finding-rule");
        rule.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label(finding.message());
        message.setWrapText(true);
        message.getStyleClass().add("finding-message");
        HBox row = new HBox(8, icon, rule, message);
        HBox.setHgrow(message, Priority.ALWAYS);
        row.getStyleClass().addAll("finding", "severity-" + finding.severity().key());
        Tooltip.install(row, new Tooltip(finding.severity().key() + ": " + finding.message()));
        // Two lines of evidence each (the stylesheet's max height) keep a draft with several findings
        // from pushing its body off a laptop screen; a click opens the whole evidence, or closes it.
        row.setOnMouseClicked(e -> {
            if (!row.getStyleClass().remove("open")) {
                row.getStyleClass().add("open");
            }
        });
        return row;
    }

    private final class ChecklistCell extends ListCell<ChecklistItem> {
        private final CheckBox box = new CheckBox();
        private final Label number = new Label();
        private final HBox row = new HBox(8, number, box);

        ChecklistCell() {
            number.getStyleClass().add("item-number");
            number.setMinWidth(18);
            box.setOnAction(e -> {
                // the item clicked is also the one the move and remove buttons act on
                getListView().getSelectionModel().select(getIndex());
                model.toggleItem(getIndex());
            });
            box.setWrapText(true);
        }

        @Override
        protected void updateItem(ChecklistItem item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            if (isEmpty || item == null) {
                setGraphic(null);
                return;
            }
            number.setText(getIndex() < 9 ? String.valueOf(getIndex() + 1) : "");
            box.setText(item.text());
            box.setSelected(item.done());
            setGraphic(row);
            setText(null);
        }
    }
}
