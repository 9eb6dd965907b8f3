package com.copydesk.ui.main;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's key table is the actions table's: a key changed in {@link DeskAction} must be changed there too. */
@ExtendWith(ApplicationExtension.class) // a key event asks the toolkit which key is the platform's shortcut
class KeysInReadmeTest {
    /** The README's table as the actions table makes it (paste it into the README when this fails). */
    static String table() {
        return "| key | does |\n| --- | --- |\n" + Arrays.stream(DeskAction.values())
                .map(a -> "| " + a.keys().stream().map(k -> "`" + k + "`").collect(Collectors.joining(" / ")) + " | "
                        + a.does() + " |\n")
                .collect(Collectors.joining());
    }

    @Test
    void theReadmesKeyTableIsTheActionsTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("README.md's key table, made from DeskAction").contains(table());
    }

    @Test
    void singleKeysAreRecognisedByTheTable() {
        assertThat(DeskAction.singleKey(press(KeyCode.J, "j", false, false))).contains(DeskAction.NEXT_DRAFT);
        assertThat(DeskAction.singleKey(press(KeyCode.DOWN, "", false, false))).contains(DeskAction.NEXT_DRAFT);
        assertThat(DeskAction.singleKey(press(KeyCode.SLASH, "/", false, false))).contains(DeskAction.SEARCH);
        assertThat(DeskAction.singleKey(press(KeyCode.SLASH, "?", true, false))).contains(DeskAction.SHORTCUTS);
        assertThat(DeskAction.singleKey(press(KeyCode.NUMPAD3, "3", false, false))).contains(DeskAction.TOGGLE_ITEM);
        assertThat(DeskAction.checklistItem(press(KeyCode.DIGIT7, "7", false, false))).isEqualTo(7);
        assertThat(DeskAction.singleKey(press(KeyCode.A, "a", false, true))).as("Ctrl+A is not approve").isEmpty();
        assertThat(DeskAction.singleKey(press(KeyCode.ESCAPE, "", false, false))).as("Esc only leaves a text field").isEmpty();
    }

    private static KeyEvent press(KeyCode code, String text, boolean shift, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", text, code, shift, control, false, false);
    }

    @Test
    void everyActionHasItsOwnId() {
        assertThat(Arrays.stream(DeskAction.values()).map(DeskAction::id)).doesNotHaveDuplicates();
        for (DeskAction action : DeskAction.values()) {
            assertThat(DeskAction.byId(action.id())).contains(action);
        }
    }
}
