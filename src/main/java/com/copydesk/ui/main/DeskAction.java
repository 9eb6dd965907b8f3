package com.copydesk.ui.main;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every action of the desk that has a key, in one table: its id, its menu label, the keys shown
 * to people, how a key press is recognised, and when it can be used. The menus, the key handling
 * of {@link MainView}, the {@link ShortcutsDialog} and the README's key table are all made from it,
 * so that a key cannot be changed in one place and forgotten in another (a test holds the README
 * to it).
 */
public enum DeskAction {
    NEXT_DRAFT("next-draft", "Next draft", "next draft", keys("J", "\u2193"), onKeys(KeyCode.J, KeyCode.DOWN)),
    PREVIOUS_DRAFT("previous-draft", "Previous draft", "previous draft", keys("K", "\u2191"), onKeys(KeyCode.K, KeyCode.UP)),
    APPROVE("approve", "Approve", "approve (a blocking finding asks first)", keys("A"), onKeys(KeyCode.A)),
    REJECT("reject", "Reject\u2026", "reject, with a reason", keys("R"), onKeys(KeyCode.R)),
    PENDING("pending", "Back to pending", "back to pending", keys("P"), onKeys(KeyCode.P)),
    OPEN_TWIN("open-twin", "Open near-duplicate twin", "open the nearest near-duplicate twin in the draft pane",
            keys("T"), onKeys(KeyCode.T)),
    COMPARE_TWIN("compare-twin", "Compare with twin\u2026", "compare the body with the nearest twin's, word by word",
            keys("D"), onKeys(KeyCode.D)),
    NEAR_FILTER("near-filter", "Queue: near-duplicates of this draft", "the queue: this draft and its near-duplicate twins only (again: as before)",
            keys("N"), onKeys(KeyCode.N)),
    CLAIM_NEXT("claim-next", "Claim next 20", "hold the next 20 pending drafts of the view (a claim, 30 minutes)",
            keys("C"), onKeys(KeyCode.C)),
    MY_CLAIMS("my-claims", "Queue: my claims", "the queue: only the pending drafts you hold, for J/K and deciding (again: all)",
            keys("M"), onKeys(KeyCode.M)),
    TOGGLE_ITEM("toggle-item", null, "tick or untick checklist item N", keys("1 \u2013 9"), e -> checklistItem(e) > 0),
    // on most layouts "?" is Shift and the "/" key: that is the shortcuts' key, not the search's
    SEARCH("search", null, "search", keys("/"), e -> !questionMark(e) && ("/".equals(e.getText()) || slash(e))),
    LEAVE_SEARCH("leave-search", null, "leave the search field", keys("Esc"), onKeys(KeyCode.ESCAPE)),
    UNDO("undo", "_Undo", "undo", keys("Ctrl+Z"), "Shortcut+Z"),
    // Ctrl+Y is the other platforms' redo; the menu shows the first
    REDO("redo", "_Redo", "redo", keys("Ctrl+Shift+Z", "Ctrl+Y"), "Shortcut+Shift+Z", "Shortcut+Y"),
    IMPORT("import", "_Import drafts\u2026", "import drafts", keys("Ctrl+O"), "Shortcut+O"),
    EXPORT("export", "_Export\u2026", "export", keys("Ctrl+E"), "Shortcut+E"),
    OPEN_STORE("open-store", "_Open store\u2026", "open another store", keys("Ctrl+Shift+O"), "Shortcut+Shift+O"),
    RULES("rules", "_Rules\u2026", "the rules editor: on or off, severity, settings, a preview of what they flag",
            keys("Ctrl+Shift+R"), "Shortcut+Shift+R"),
    PREFERENCES("preferences", "_Preferences\u2026", "preferences", keys("Ctrl+,"), "Shortcut+Comma"),
    QUIT("quit", "_Quit", "quit", keys("Ctrl+Q"), "Shortcut+Q"),
    SHORTCUTS("shortcuts", "_Keyboard shortcuts", "this list", keys("?"), DeskAction::questionMark);

    private final String id;
    private final String label;
    private final String does;
    private final List<String> keys;
    private final Predicate<KeyEvent> pressed;
    private final List<KeyCombination> combinations;

    /** A single key, taken by the window's key filter unless the editor is typing. */
    DeskAction(String id, String label, String does, List<String> keys, Predicate<KeyEvent> pressed) {
        this.id = id;
        this.label = label;
        this.does = does;
        this.keys = keys;
        this.pressed = e -> !e.isShortcutDown() && !e.isAltDown() && pressed.test(e);
        this.combinations = List.of();
    }

    /** A combination with the platform's shortcut key: the first is the menu's accelerator. */
    DeskAction(String id, String label, String does, List<String> keys, String... combinations) {
        this.id = id;
        this.label = label;
        this.does = does;
        this.keys = keys;
        this.combinations = Arrays.stream(combinations).map(KeyCombination::valueOf).toList();
        this.pressed = e -> this.combinations.stream().anyMatch(c -> c.match(e));
    }

    private static List<String> keys(String... keys) {
        return List.of(keys);
    }

    private static Predicate<KeyEvent> onKeys(KeyCode... codes) {
        List<KeyCode> list = List.of(codes);
        return e -> list.contains(e.getCode());
    }

    private static boolean questionMark(KeyEvent e) {
        return "?".equals(e.getText()) || slash(e) && e.isShiftDown();
    }

    private static boolean slash(KeyEvent e) {
        return e.getCode() == KeyCode.SLASH || e.getCode() == KeyCode.DIVIDE;
    }

    /** The checklist item a digit key names (1 to 9, top row or keypad), or 0. */
    static int checklistItem(KeyEvent e) {
        return switch (e.getCode()) {
            case DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, DIGIT6, DIGIT7, DIGIT8, DIGIT9,
                    NUMPAD1, NUMPAD2, NUMPAD3, NUMPAD4, NUMPAD5, NUMPAD6, NUMPAD7, NUMPAD8, NUMPAD9 ->
                    Integer.parseInt(e.getCode().getName().replaceAll("\\D", ""));
            default -> 0;
        };
    }

    /** The single-key action a key press asks for (the first in the table's order), if any. */
    static Optional<DeskAction> singleKey(KeyEvent e) {
        return Arrays.stream(values()).filter(a -> a.combinations.isEmpty() && a != LEAVE_SEARCH && a.pressed.test(e))
                .findFirst();
    }

    /**
     * The action of a shortcut combination that is not its menu's accelerator (Ctrl+Y for redo): the
     * menu takes its own, the window's key filter these.
     */
    static Optional<DeskAction> otherCombination(KeyEvent e) {
        return Arrays.stream(values()).filter(a -> a.combinations.stream().skip(1).anyMatch(c -> c.match(e))).findFirst();
    }

    /** Whether this action's keys include the press (its accelerators or its single key). */
    boolean isPressed(KeyEvent e) {
        return pressed.test(e);
    }

    public String id() {
        return id;
    }

    /** The keys as people read them, in the order the shortcuts dialog and the README list them. */
    public List<String> keys() {
        return keys;
    }

    /** What the key does, in the shortcuts list's words. */
    public String does() {
        return does;
    }

    /** The menu item's text: the label, and a single key after it (a combination shows as the accelerator). */
    public Optional<String> menuText() {
        if (label == null) {
            return Optional.empty();
        }
        return Optional.of(combinations.isEmpty() ? label + "  (" + keys.get(0) + ")" : label);
    }

    /** The menu's accelerator: the first combination, if the action has one. */
    public Optional<KeyCombination> accelerator() {
        return combinations.stream().findFirst();
    }

    /** When the action can be used, as the desk's state says; always when the table names no condition. */
    Optional<Function<MainViewModel, BooleanExpression>> enabledWhen() {
        return switch (this) {
            case UNDO -> Optional.of(m -> m.undoTextProperty().isNotEmpty());
            case REDO -> Optional.of(m -> m.redoTextProperty().isNotEmpty());
            default -> Optional.empty();
        };
    }

    /** By its id, as menu items name it. */
    static Optional<DeskAction> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
