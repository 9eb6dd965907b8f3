package com.copydesk.ui;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.ScoreName;
import com.copydesk.support.DraftFiles;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The review desk driven as an editor would: keyboard triage, search and filters, editing. */
class DeskTriageTest {
    /** Five drafts, all flagged (never reviewed), each with one word of its own for searching. */
    static List<String> drafts() {
        List<String> lines = new ArrayList<>();
        String[] words = {"alpha", "bravo", "charlie", "delta", "echo"};
        for (int i = 0; i < words.length; i++) {
            lines.add(DraftFiles.draftJson("d" + (i + 1), "Draft " + words[i], "A body about " + words[i] + "."));
        }
        return lines;
    }

    @RegisterExtension
    final DeskFixture fixture = DeskFixture.withWindow(f -> f.withDrafts(drafts()));

    private void waitForFirstDraft() throws Exception {
        waitFor(() -> fixture.shown() != null);
    }

    @Test
    void fiveDraftsAreTriagedWithTheKeyboardOnly(FxRobot robot) throws Exception {
        waitForFirstDraft();
        String first = fixture.shown();
        robot.type(KeyCode.A);                                    // approve: the next draft comes up
        waitFor(() -> fixture.status(first) == ReviewStatus.APPROVED && !first.equals(fixture.shown()));

        String second = fixture.shown();
        robot.type(KeyCode.R);                                    // reject asks for the reason
        robot.clickOn("#rejectReason").write("   ").type(KeyCode.ENTER);   // spaces are no reason
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class))
                .filteredOn(b -> b.getText().equals("OK")).singleElement().matches(javafx.scene.control.Button::isDisabled);
        assertThat(robot.lookup("#rejectReason").tryQuery()).as("the dialog stays").isPresent();
        robot.clickOn("#rejectReason").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("too thin").type(KeyCode.ENTER);
        waitFor(() -> fixture.status(second) == ReviewStatus.REJECTED && !second.equals(fixture.shown()));
        assertThat(fixture.draft(second).review().statusReason()).isEqualTo("too thin");

        String third = fixture.shown();
        robot.type(KeyCode.DIGIT2);                               // tick checklist item 2
        waitFor(() -> fixture.draft(third).review().checklist().get(1).done());
        robot.type(KeyCode.J);                                    // skip it for now
        waitFor(() -> !third.equals(fixture.shown()));

        String fourth = fixture.shown();
        robot.type(KeyCode.A);
        waitFor(() -> fixture.status(fourth) == ReviewStatus.APPROVED && !fourth.equals(fixture.shown()));
        String fifth = fixture.shown();
        robot.type(KeyCode.A);
        waitFor(() -> fixture.status(fifth) == ReviewStatus.APPROVED);

        robot.type(KeyCode.K);                                    // back up to the one skipped
        waitFor(() -> third.equals(fixture.shown()));
        robot.type(KeyCode.R);
        robot.clickOn("#rejectReason").write("off topic").type(KeyCode.ENTER);
        waitFor(() -> fixture.status(third) == ReviewStatus.REJECTED);

        assertThat(List.of(first, second, third, fourth, fifth)).doesNotHaveDuplicates();
        assertThat(fixture.count(DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.PENDING)))).isZero();
        assertThat(fixture.count(DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.APPROVED)))).isEqualTo(3);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);   // undo the last rejection
        waitFor(() -> fixture.status(third) == ReviewStatus.PENDING);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> fixture.status(third) == ReviewStatus.REJECTED);
    }

    @Test
    void theSearchReadsExclusionsAndFieldsAndHintsAtADanglingOperatorWithItsHelpInTheMenu(FxRobot robot)
            throws Exception {
        waitForFirstDraft();
        Label matches = robot.lookup("#matchCount").queryAs(Label.class);
        waitFor(() -> matches.getText().equals("5 matching"));
        robot.clickOn("#search").write("draft -charlie AND NOT title:delta");
        waitFor(() -> matches.getText().equals("3 matching"));
        Label hint = robot.lookup("#searchHint").queryAs(Label.class);
        assertThat(hint.isVisible()).isFalse();

        // appended at once: typed key by key, "… title:delta O" is a good search of its own and, on a
        // slow machine, ran before the R arrived, leaving "0 matching" as the last good list
        javafx.scene.control.TextField search = robot.lookup("#search").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> search.appendText(" OR"));
        waitFor(hint::isVisible);
        assertThat(hint.getText()).contains("OR needs a word on each side");
        assertThat(hint.getText()).doesNotContainIgnoringCase("fts5").doesNotContainIgnoringCase("sqlite");
        assertThat(matches.getText()).as("the last good list stays").isEqualTo("3 matching");
        assertThat(fixture.window().model().filters().current().search())
                .as("what a bulk action would act on").isEqualTo("draft -charlie AND NOT title:delta");
        robot.write(" charlie");                                 // (draft, not charlie, not delta) OR charlie
        waitFor(() -> !hint.isVisible() && matches.getText().equals("4 matching"));

        robot.clickOn("Help").clickOn("Search syntax");
        waitFor(() -> robot.lookup("#searchSyntax").tryQuery().isPresent());
        assertThat(robot.lookup("#searchSyntax").queryAs(javafx.scene.layout.GridPane.class).getChildren())
                .filteredOn(n -> n instanceof Label l && l.getText().equals("cache -redis")).hasSize(1);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#searchSyntax").tryQuery().isEmpty());
    }

    @Test
    void searchAndFiltersNarrowTheQueueAndAMalformedSearchOnlyHints(FxRobot robot) throws Exception {
        waitForFirstDraft();
        Label matches = robot.lookup("#matchCount").queryAs(Label.class);
        waitFor(() -> matches.getText().equals("5 matching"));
        robot.press(KeyCode.SLASH).release(KeyCode.SLASH);        // "/" focuses the search field
        robot.write("charlie OR delt*");
        waitFor(() -> matches.getText().equals("2 matching"));
        assertThat(robot.lookup("#search").queryTextInputControl().getText()).isEqualTo("charlie OR delt*");
        TableView<?> table = robot.lookup("#queueTable").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        javafx.scene.control.ListView<?> views = robot.lookup("#viewList").queryListView();
        waitFor(() -> views.getSelectionModel().getSelectedItem() == null);   // no view is what is on screen

        robot.write(" \"unclosed");
        Label hint = robot.lookup("#searchHint").queryAs(Label.class);
        waitFor(hint::isVisible);
        assertThat(hint.getText()).contains("quote");
        assertThat(matches.getText()).as("the last good search stands").isEqualTo("2 matching");

        robot.clickOn("#clearFilters");
        waitFor(() -> matches.getText().equals("5 matching"));
        robot.clickOn("stale-review");                           // a rule's view on the left
        waitFor(() -> fixture.window().model().filters().current().rule() != null);
        assertThat(fixture.window().model().filters().current().rule()).isEqualTo("stale-review");
        waitFor(() -> matches.getText().equals("5 matching"));
        robot.clickOn("Approved");
        waitFor(() -> matches.getText().equals("0 matching"));
        assertThat(((com.copydesk.ui.views.ViewsViewModel.ViewEntry) views.getSelectionModel().getSelectedItem()).name())
                .isEqualTo("Approved");
        waitFor(() -> "No drafts match this view and filter.".equals(robot.lookup("#emptyQueue").queryLabeled().getText()));

        // a tag filter in force shows on its box, even when the list of choices has no such value
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> fixture.window().model().filters().apply(
                fixture.window().model().filters().current().withStacks(Set.of("go", "rust"))));
        waitFor(() -> "Stack (2)".equals(robot.lookup("#stackFilter")
                .queryAs(org.controlsfx.control.CheckComboBox.class).getTitle()));
        assertThat(robot.lookup("#toolFilter").queryAs(org.controlsfx.control.CheckComboBox.class).getTitle())
                .isEqualTo("Tools");
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> fixture.window().model().filters().apply(fixture.window().model()
                .filters().current().withScoreRanges(java.util.Map.of(com.copydesk.model.ScoreName.QUALITY,
                        new com.copydesk.model.IntRange(62, 100)))));
        robot.clickOn("#scoreFilter");                            // the popup says the range in force
        waitFor(() -> robot.lookup("#range-quality-text").tryQuery().isPresent());
        assertThat(robot.lookup("#range-quality-text").queryLabeled().getText()).isEqualTo("62–100");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("Needs review");                            // a view sets the whole filter, stacks cleared
        waitFor(() -> "Stack".equals(robot.lookup("#stackFilter")
                .queryAs(org.controlsfx.control.CheckComboBox.class).getTitle()));
    }

    @Test
    void scoresChecklistAndNoteAreSavedAtOnceAndSurviveReopening(FxRobot robot) throws Exception {
        waitForFirstDraft();
        String reference = fixture.shown();
        robot.clickOn("#score-quality .text-field").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("85").type(KeyCode.ENTER);
        waitFor(() -> Integer.valueOf(85).equals(fixture.draft(reference).review().editorScores().quality()));

        DeskFixture.reveal(robot.lookup("#checklist").query());
        robot.clickOn("first check");                            // tick by clicking the item
        waitFor(() -> fixture.draft(reference).review().checklist().get(0).done());
        robot.clickOn("#newItem").write("check the numbers").type(KeyCode.ENTER);
        waitFor(() -> fixture.draft(reference).review().checklist().size() == 3);
        robot.clickOn("check the numbers");                      // ticks it, and makes it the item the buttons move
        waitFor(() -> fixture.draft(reference).review().checklist().get(2).done());
        robot.clickOn("#itemUp");
        waitFor(() -> fixture.draft(reference).review().checklist().get(1).text().equals("check the numbers"));
        DeskFixture.reveal(robot.lookup("#note").query());
        robot.clickOn("#note").write("ask the author");
        waitFor(() -> "ask the author".equals(fixture.draft(reference).review().note()));

        fixture.restart();
        waitFor(() -> reference.equals(fixture.shown()));
        var review = fixture.draft(reference).review();
        assertThat(review.editorScores().get(ScoreName.QUALITY)).isEqualTo(85);
        assertThat(review.checklist()).extracting(i -> i.text() + "=" + i.done())
                .containsExactly("first check=true", "check the numbers=true", "second check=false");
        assertThat(review.note()).isEqualTo("ask the author");
        waitFor(() -> robot.lookup("#score-quality").queryAs(javafx.scene.control.Spinner.class).getValue()
                .equals(85));
        assertThat(robot.lookup("#note").queryTextInputControl().getText()).isEqualTo("ask the author");
    }
    @Test
    void keysTypedIntoAScoreAreTheScoreNotShortcutsAndAreSavedWhenTheEditorMovesOn(FxRobot robot) throws Exception {
        waitForFirstDraft();
        String reference = fixture.shown();
        robot.clickOn("#score-depth .text-field").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .type(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.A);   // "1" and "2" tick nothing, "a" approves nothing
        assertThat(robot.lookup("#score-depth .text-field").queryTextInputControl().getText()).isEqualTo("12");
        robot.type(KeyCode.ESCAPE).type(KeyCode.J);                  // leave the field, then the next draft at once
        waitFor(() -> Integer.valueOf(12).equals(fixture.draft(reference).review().editorScores().depth()));
        waitFor(() -> !reference.equals(fixture.shown()));
        var review = fixture.draft(reference).review();
        assertThat(fixture.status(reference)).isEqualTo(ReviewStatus.PENDING);
        assertThat(review.checklist()).noneMatch(com.copydesk.model.ChecklistItem::done);
        assertThat(fixture.draft(fixture.shown()).review().editorScores().depth()).as("the next draft").isNull();
    }

    @Test
    void theNoteKeepsWhatIsTypedAfterASaveAndIsSavedWhenTheWindowCloses(FxRobot robot) throws Exception {
        waitForFirstDraft();
        String reference = fixture.shown();
        DeskFixture.reveal(robot.lookup("#note").query());
        robot.clickOn("#note").write("first");
        waitFor(() -> "first".equals(fixture.draft(reference).review().note()));
        robot.write(" second");
        waitFor(() -> "first second".equals(fixture.draft(reference).review().note()));
        assertThat(robot.lookup("#note").queryTextInputControl().getText()).isEqualTo("first second");

        robot.write(" third");
        fixture.restart();                                          // at once, before the pause that saves
        assertThat(fixture.draft(reference).review().note()).isEqualTo("first second third");
    }
    @Test
    void clickingAColumnHeaderSortsTheQueueByItThroughTheStore(FxRobot robot) throws Exception {
        waitForFirstDraft();
        TableView<?> table = robot.lookup("#queueTable").queryTableView();
        robot.clickOn(robot.lookup(".column-header").lookup("Title").queryLabeled());
        waitFor(() -> "Draft alpha".equals(firstTitle(table)));
        assertThat(table.getSortOrder()).as("the header shows the sort").hasSize(1);
        assertThat(table.getSortOrder().get(0).getSortType()).isEqualTo(javafx.scene.control.TableColumn.SortType.ASCENDING);

        robot.clickOn(robot.lookup(".column-header").lookup("Title").queryLabeled());
        waitFor(() -> "Draft echo".equals(firstTitle(table)));
        assertThat(table.getSortOrder().get(0).getSortType()).isEqualTo(javafx.scene.control.TableColumn.SortType.DESCENDING);

        fixture.restart();                                         // the order chosen is the order the window opens with
        TableView<?> reopened = robot.lookup("#queueTable").queryTableView();
        waitFor(() -> "Draft echo".equals(firstTitle(reopened)));
        assertThat(reopened.getSortOrder()).singleElement()
                .satisfies(c -> assertThat(c.getSortType()).isEqualTo(javafx.scene.control.TableColumn.SortType.DESCENDING));
    }

    private static String firstTitle(TableView<?> table) {
        if (table.getItems() == null || table.getItems().isEmpty()) {
            return null;
        }
        var row = ((com.copydesk.ui.queue.QueueSlot) table.getItems().get(0)).row();
        return row == null ? null : row.title();
    }
    @Test
    void aFilterIsSavedAsAViewAndDeletedOnlyWhenTheEditorConfirms(FxRobot robot) throws Exception {
        waitForFirstDraft();
        robot.clickOn("#search").write("alpha OR bravo");
        waitFor(() -> robot.lookup("#matchCount").queryLabeled().getText().equals("2 matching"));
        robot.clickOn("#saveView");
        waitFor(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field").write("Two of them").type(KeyCode.ENTER);
        waitFor(() -> savedView().isPresent());
        assertThat(fixture.window().model().noticeProperty().get()).isEqualTo("Saved the view \u201cTwo of them\u201d");
        javafx.scene.control.ListView<com.copydesk.ui.views.ViewsViewModel.ViewEntry> views =
                robot.lookup("#viewList").queryListView();
        robot.interact(() -> views.scrollTo(savedView().orElseThrow()));

        com.copydesk.support.FxEvents.requestContextMenu(robot, robot.lookup("Two of them").query());
        robot.clickOn("Delete this view");
        waitFor(() -> robot.lookup("Delete the view \u201cTwo of them\u201d?").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);                                  // Cancel is the default
        waitFor(() -> robot.lookup("Delete the view \u201cTwo of them\u201d?").tryQuery().isEmpty());
        assertThat(savedView()).as("kept").isPresent();
        robot.interact(() -> views.scrollTo(savedView().orElseThrow()));

        com.copydesk.support.FxEvents.requestContextMenu(robot, robot.lookup("Two of them").query());
        robot.clickOn("Delete this view");
        waitFor(() -> robot.lookup("Delete").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getText().equals("Delete")).findFirst().orElseThrow());
        waitFor(() -> savedView().isEmpty());
        assertThat(fixture.window().model().noticeProperty().get()).isEqualTo("Deleted the view \u201cTwo of them\u201d");
    }

    private java.util.Optional<com.copydesk.ui.views.ViewsViewModel.ViewEntry> savedView() {
        return fixture.window().model().views().entries().stream().filter(e -> e.name().equals("Two of them")).findFirst();
    }
}
