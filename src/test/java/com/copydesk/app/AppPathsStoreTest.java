package com.copydesk.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which store the window opens: --db, $COPYDESK_DB, the preferences' default store, the data folder's. */
class AppPathsStoreTest {
    private static final Path HOME = Path.of("/home/ed");
    private static final Path PREFERRED = Path.of("/team/desk.db");

    @Test
    void thePreferredStoreComesAfterTheCommandLineAndTheEnvironment() {
        AppPaths plain = new AppPaths(Map.of(), "Linux", HOME);
        AppPaths withEnv = new AppPaths(Map.of("COPYDESK_DB", "/env/desk.db"), "Linux", HOME);
        assertThat(plain.store(Path.of("given.db"), PREFERRED)).isEqualTo(Path.of("given.db"));
        assertThat(withEnv.store(null, PREFERRED)).isEqualTo(Path.of("/env/desk.db"));
        assertThat(plain.store(null, PREFERRED)).isEqualTo(PREFERRED);
        assertThat(plain.store(null, null)).isEqualTo(HOME.resolve(".local/share/copydesk/copydesk.db"));
    }

    @Test
    void theTestsKeepWhatTheyStorePerUserOutOfTheDevelopersDataFolder() {
        // pom.xml gives the tests a data folder of the build's: team stores' rule files land there
        Path given = Path.of(System.getProperty(AppPaths.DATA_FOLDER_PROPERTY)).toAbsolutePath();
        assertThat(AppPaths.system().dataFolder()).isEqualTo(given)
                .isNotEqualTo(Path.of(System.getProperty("user.home"), ".local/share/copydesk"));
        assertThat(given.toString()).contains("target");
    }
}
