package com.copydesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Copydesk keeps its data: {@code --db} if given, else {@code $COPYDESK_DB}, else the
 * platform's per-user data folder ({@code $XDG_DATA_HOME/copydesk} on Linux,
 * {@code ~/Library/Application Support/Copydesk} on macOS, {@code %APPDATA%\Copydesk} on Windows).
 */
public final class AppPaths {
    /**
     * A system property naming the data folder whatever the platform says. The tests set it
     * (pom.xml), so that what a test keeps per user — a team store's rule file — lands in the
     * build's folder, not in the developer's own.
     */
    public static final String DATA_FOLDER_PROPERTY = "copydesk.dataFolder";

    private final Map<String, String> env;
    private final String osName;
    private final Path home;
    /** The data folder given by {@link #DATA_FOLDER_PROPERTY}, or null for the platform's. */
    private final Path givenDataFolder;

    public AppPaths(Map<String, String> env, String osName, Path home) {
        this(env, osName, home, null);
    }

    private AppPaths(Map<String, String> env, String osName, Path home, Path givenDataFolder) {
        this.env = env;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.home = home;
        this.givenDataFolder = givenDataFolder;
    }

    public static AppPaths system() {
        String given = System.getProperty(DATA_FOLDER_PROPERTY);
        return new AppPaths(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")),
                given == null || given.isBlank() ? null : Path.of(given).toAbsolutePath());
    }

    public Path store(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get("COPYDESK_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return dataFolder().resolve("copydesk.db");
    }

    /**
     * The window's store: {@code --db}, else {@code $COPYDESK_DB}, else the default store the
     * editor chose in the preferences ({@code preferred}, may be null), else the data folder's.
     */
    public Path store(Path explicit, Path preferred) {
        if (explicit == null && preferred != null && (env.get("COPYDESK_DB") == null || env.get("COPYDESK_DB").isBlank())) {
            return preferred;
        }
        return store(explicit);
    }

    public Path dataFolder() {
        if (givenDataFolder != null) {
            return givenDataFolder;
        }
        if (osName.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming"))
                    .resolve("Copydesk");
        }
        if (osName.contains("mac")) {
            return home.resolve("Library/Application Support/Copydesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("copydesk");
    }

    /** Logs live beside the data, in their own folder. */
    public Path logFolder() {
        return dataFolder().resolve("logs");
    }

    /** SQLite's native library, extracted once per driver version (see {@code NativeSqlite}). */
    public Path nativeFolder() {
        return dataFolder().resolve("native");
    }

    /** Window size, split positions and the like; one small file, written atomically. */
    public Path settingsFile() {
        return dataFolder().resolve("settings.properties");
    }
}
