package com.copydesk.ui.main;

import com.copydesk.model.DraftRow;
import com.copydesk.model.Finding;
import com.copydesk.model.QueueSort;
import com.copydesk.model.RuleFlag;
import com.copydesk.model.ScoreName;
import com.copydesk.model.SortColumn;
import com.copydesk.model.StoredDraft;
import com.copydesk.ui.common.Job;
import com.copydesk.ui.queue.PagedQueueList;
import com.copydesk.ui.queue.QueueSlot;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The main window's controller: binds controls to {@link MainViewModel}, nothing more. */
public final class MainView {
    private final MainViewModel model;
    private final SampleDrafts samples;

    @FXML private BorderPane root;
    @FXML private SplitPane split;
    @FXML private TableView<QueueSlot> queueTable;
    @FXML private TableColumn<QueueSlot, String> titleColumn;
    @FXML private TableColumn<QueueSlot, String> statusColumn;
    @FXML private TableColumn<QueueSlot, String> flagsColumn;
    @FXML private TableColumn<QueueSlot, String> qualityColumn;
    @FXML private TableColumn<QueueSlot, String> freshnessColumn;
    @FXML private TableColumn<QueueSlot, String> depthColumn;
    @FXML private TableColumn<QueueSlot, String> clarityColumn;
    @FXML private TableColumn<QueueSlot, String> topicColumn;
    @FXML private TableColumn<QueueSlot, String> reviewedColumn;
    @FXML private Label draftTitle;
    @FXML private Label draftMeta;
    @FXML private ListView<Finding> findings;
    @FXML private TextArea draftBody;
    @FXML private Label countsLabel;
    @FXML private Label noticeLabel;
    @FXML private Label jobLabel;
    @FXML private ProgressBar jobProgress;
    @FXML private Button cancelJob;
    @FXML private Label storeLabel;

    public MainView(MainViewModel model, SampleDrafts samples) {
        this.model = model;
        this.samples = samples;
    }

    @FXML
    private void initialize() {
        column(titleColumn, SortColumn.TITLE, DraftRow::title);
        column(statusColumn, SortColumn.STATUS, row -> row.status().key());
        column(flagsColumn, null, row -> String.join("  ", row.flags().stream().map(RuleFlag::rule).toList()));
        Map<ScoreName, TableColumn<QueueSlot, String>> scoreColumns = Map.of(ScoreName.QUALITY, qualityColumn,
                ScoreName.FRESHNESS, freshnessColumn, ScoreName.DEPTH, depthColumn, ScoreName.CLARITY, clarityColumn);
        scoreColumns.forEach((score, col) -> column(col, SortColumn.valueOf(score.name()),
                row -> row.scores().get(score) == null ? "" : row.scores().get(score).toString()));
        column(topicColumn, SortColumn.TOPIC, row -> row.topic() == null ? "" : row.topic());
        column(reviewedColumn, SortColumn.LAST_REVIEWED, row -> row.lastReviewed() == null ? "" : row.lastReviewed());

        queueTable.setSortPolicy(table -> {
            sortFromTable();
            return true;
        });
        queueTable.itemsProperty().bind(model.queue().itemsProperty());
        queueTable.getSelectionModel().selectedItemProperty().addListener((obs, old, slot) -> selectSlot(slot));

        findings.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                getStyleClass().removeAll("severity-info", "severity-warn", "severity-block");
                if (empty || finding == null) {
                    setText(null);
                } else {
                    setText(finding.severity().key().toUpperCase() + "  " + finding.rule() + " \u2014 " + finding.message());
                    getStyleClass().add("severity-" + finding.severity().key());
                }
            }
        });
        findings.setPlaceholder(new Label("No findings"));
        model.queue().selectedProperty().addListener((obs, old, draft) -> showDraft(draft));

        countsLabel.textProperty().bind(model.countsProperty());
        noticeLabel.textProperty().bind(model.noticeProperty());
        storeLabel.setText(model.storePath().toString());
        model.jobProperty().addListener((obs, old, job) -> showJob(job));
    }

    private void column(TableColumn<QueueSlot, String> column, SortColumn sortColumn, Function<DraftRow, String> text) {
        column.setCellValueFactory(cell -> {
            ObservableValue<DraftRow> row = cell.getValue().rowProperty();
            return row.map(text).orElse("");
        });
        column.setUserData(sortColumn);
        column.setSortable(sortColumn != null);
    }

    private void sortFromTable() {
        if (queueTable.getSortOrder().isEmpty()) {
            model.queue().sortProperty().set(QueueSort.NEWEST_FIRST);
            return;
        }
        TableColumn<QueueSlot, ?> first = queueTable.getSortOrder().get(0);
        SortColumn column = (SortColumn) first.getUserData();
        model.queue().sortProperty().set(new QueueSort(column, first.getSortType() == TableColumn.SortType.ASCENDING));
    }

    private void selectSlot(QueueSlot slot) {
        if (slot == null) {
            model.queue().select(null);
        } else if (slot.row() != null) {
            model.queue().select(slot.row());
        } else {
            slot.rowProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends DraftRow> obs, DraftRow old, DraftRow row) {
                    obs.removeListener(this);
                    if (queueTable.getSelectionModel().getSelectedItem() == slot) {
                        model.queue().select(row);
                    }
                }
            });
        }
    }

    private void showDraft(StoredDraft draft) {
        if (draft == null) {
            draftTitle.setText("Select a draft");
            draftMeta.setText("");
            findings.getItems().clear();
            draftBody.setText("");
            return;
        }
        var current = draft.current();
        draftTitle.setText(current.title());
        draftMeta.setText(current.reference() + " \u00b7 " + draft.status().key()
                + (current.topic() == null ? "" : " \u00b7 " + current.topic()));
        findings.getItems().setAll(draft.findings());
        draftBody.setText(current.body());
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

    @FXML
    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import drafts");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Drafts", "*.json", "*.jsonl", "*.ndjson", "*.md", "*.txt", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) {
            model.importPaths(files.stream().map(File::toPath).toList());
        }
    }

    @FXML
    private void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of drafts");
        File folder = chooser.showDialog(window());
        if (folder != null) {
            model.importPaths(List.of(folder.toPath()));
        }
    }

    @FXML
    private void loadSamples() {
        Path folder = samples.extract();
        model.importPaths(List.of(folder));
    }

    @FXML
    private void cancelJob() {
        model.cancelJob();
    }

    @FXML
    private void quit() {
        window().hide();
    }

    /** The queue currently shown; for tests. */
    PagedQueueList queueItems() {
        return model.queue().itemsProperty().get();
    }
}
