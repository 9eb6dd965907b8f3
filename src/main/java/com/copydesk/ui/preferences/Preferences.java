package com.copydesk.ui.preferences;

import com.copydesk.model.EditorName;
import com.copydesk.ui.common.WindowSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editor's preferences, kept with the window's settings (one file, written atomically): the
 * name the window acts as, the theme, the store opened without {@code --db}, the reject-reason
 * presets and the stores opened last. A value that cannot be read is the default, never an error.
 */
public final class Preferences {
    /** What editors reject most, as they named it; a starting list each editor edits. */
    public static final List<String> DEFAULT_PRESETS = List.of("chatbot leftovers", "placeholder text", "duplicate",
            "off-topic", "factually wrong", "incomplete");
    /** Recent stores kept; the menu stays short enough to read at a glance. */
    public static final int RECENT_STORES = 8;
    /** Keys 1 to 9 pick a preset: more would not be reachable from the keyboard. */
    public static final int MAX_PRESETS = 9;

    private static final String EDITOR = "editor";
    private static final String THEME = "theme";
    private static final String DEFAULT_STORE = "store.default";
    private static final String PRESETS = "reject.presets";
    private static final String RECENT = "stores.recent";
    // a path or a reason may hold any printable character, never a line break: they are one a line
    private static final String SEPARATOR = "\n";

    private final WindowSettings settings;

    public Preferences(WindowSettings settings) {
        this.settings = settings;
    }

    /** The name the editor set, if any; else the window acts as the environment says ($COPYDESK_EDITOR, the OS user). */
    public Optional<String> editor() {
        return settings.get(EDITOR).filter(name -> !name.isBlank());
    }

    /** Sets the editor's name (checked as {@code --editor} is); blank goes back to the environment's default. */
    public void editor(String name) {
        settings.put(EDITOR, name == null || name.isBlank() ? "" : EditorName.checked(name));
    }

    /** The theme; "dark" and "light" were the only values before "system" came. */
    public Theme theme() {
        return settings.get(THEME).flatMap(Theme::named).orElse(Theme.LIGHT);
    }

    public void theme(Theme theme) {
        settings.put(THEME, theme.id());
    }

    /** The store the app opens when started without {@code --db} or {@code $COPYDESK_DB}. */
    public Optional<Path> defaultStore() {
        return settings.get(DEFAULT_STORE).filter(p -> !p.isBlank()).map(Path::of);
    }

    public void defaultStore(Path store) {
        settings.put(DEFAULT_STORE, store == null ? "" : store.toAbsolutePath().normalize().toString());
    }

    /** The reasons the reject dialog offers, keys 1 to 9 in this order; the defaults until the editor edits them. */
    public List<String> rejectPresets() {
        return settings.get(PRESETS).map(Preferences::lines).orElse(DEFAULT_PRESETS);
    }

    /** Keeps the first nine non-blank reasons, stripped, each once. */
    public void rejectPresets(List<String> presets) {
        settings.put(PRESETS, String.join(SEPARATOR, presets.stream().map(String::strip).filter(p -> !p.isEmpty())
                .distinct().limit(MAX_PRESETS).toList()));
    }

    /** The stores opened last, the newest first. */
    public List<Path> recentStores() {
        return settings.get(RECENT).map(Preferences::lines).orElse(List.of()).stream().map(Path::of).toList();
    }

    /** Puts the store first in the recent stores (once), keeping the last {@value #RECENT_STORES}. */
    public void opened(Path store) {
        List<Path> recent = new ArrayList<>(recentStores());
        Path normal = store.toAbsolutePath().normalize();
        recent.remove(normal);
        recent.add(0, normal);
        settings.put(RECENT, String.join(SEPARATOR, recent.stream().limit(RECENT_STORES).map(Path::toString).toList()));
    }

    /** Takes a store out of the recent list (the editor was told it is gone). */
    public void forget(Path store) {
        List<Path> recent = new ArrayList<>(recentStores());
        recent.remove(store.toAbsolutePath().normalize());
        settings.put(RECENT, String.join(SEPARATOR, recent.stream().map(Path::toString).toList()));
    }

    public void save() {
        settings.save();
    }

    private static List<String> lines(String value) {
        return Arrays.stream(value.split(SEPARATOR)).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Light, dark, or the desktop's choice where the platform tells it. */
    public enum Theme {
        LIGHT("light", "Light"),
        DARK("dark", "Dark"),
        SYSTEM("system", "As the system");

        private final String id;
        private final String label;

        Theme(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        @Override
        public String toString() {
            return label;
        }

        static Optional<Theme> named(String id) {
            return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
        }

        /**
         * Whether the theme is dark. JavaFX 21 does not report the desktop's colour scheme (22's
         * Platform.Preferences does), so "system" reads what GTK desktops export
         * ({@code GTK_THEME=Adwaita:dark}); elsewhere it is light.
         */
        public boolean dark(Map<String, String> env) {
            return switch (this) {
                case LIGHT -> false;
                case DARK -> true;
                case SYSTEM -> Optional.ofNullable(env.get("GTK_THEME"))
                        .map(t -> t.toLowerCase(java.util.Locale.ROOT)).filter(t -> t.contains("dark")).isPresent();
            };
        }
    }
}
