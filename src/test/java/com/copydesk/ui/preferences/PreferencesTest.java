package com.copydesk.ui.preferences;

import com.copydesk.ui.common.WindowSettings;
import com.copydesk.ui.preferences.Preferences.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreferencesTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheLastEightStoresNewestFirstEachOnce() {
        Preferences preferences = new Preferences(new WindowSettings(null));
        IntStream.rangeClosed(1, 10).forEach(i -> preferences.opened(dir.resolve("s" + i + ".db")));
        preferences.opened(dir.resolve("s5.db"));
        assertThat(preferences.recentStores()).hasSize(Preferences.RECENT_STORES)
                .startsWith(dir.resolve("s5.db"), dir.resolve("s10.db"), dir.resolve("s9.db"))
                .doesNotHaveDuplicates().doesNotContain(dir.resolve("s1.db"), dir.resolve("s2.db"));
        preferences.forget(dir.resolve("s9.db"));
        assertThat(preferences.recentStores()).doesNotContain(dir.resolve("s9.db")).hasSize(7);
    }

    @Test
    void everythingSurvivesTheSettingsFile() {
        Path file = dir.resolve("settings.properties");
        Preferences written = new Preferences(new WindowSettings(file));
        written.editor("  Maria Lopez ");
        written.theme(Theme.SYSTEM);
        written.defaultStore(dir.resolve("a/../team.db"));
        written.rejectPresets(List.of(" too thin ", "", "duplicate", "duplicate", "no sources"));
        written.opened(dir.resolve("team.db"));
        written.save();

        Preferences read = new Preferences(new WindowSettings(file));
        assertThat(read.editor()).contains("Maria Lopez");
        assertThat(read.theme()).isEqualTo(Theme.SYSTEM);
        assertThat(read.defaultStore()).contains(dir.resolve("team.db"));
        assertThat(read.rejectPresets()).containsExactly("too thin", "duplicate", "no sources");
        assertThat(read.recentStores()).containsExactly(dir.resolve("team.db"));
    }

    @Test
    void defaultsUntilSetAndAnEmptiedNameIsTheEnvironmentsAgain() {
        Preferences preferences = new Preferences(new WindowSettings(null));
        assertThat(preferences.rejectPresets()).isEqualTo(Preferences.DEFAULT_PRESETS);
        assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
        assertThat(preferences.editor()).isEmpty();
        assertThat(preferences.defaultStore()).isEmpty();
        preferences.editor("Sam");
        preferences.editor("  ");
        assertThat(preferences.editor()).isEmpty();
        assertThatThrownBy(() -> preferences.editor("a\u0007bell")).isInstanceOf(IllegalArgumentException.class);
        preferences.rejectPresets(IntStream.rangeClosed(1, 12).mapToObj(i -> "reason " + i).toList());
        assertThat(preferences.rejectPresets()).hasSize(Preferences.MAX_PRESETS).endsWith("reason 9");
    }

    @Test
    void theThemeWrittenByTheOldDarkSwitchStillReads() {
        WindowSettings settings = new WindowSettings(null);
        settings.put("theme", "dark");
        assertThat(new Preferences(settings).theme()).isEqualTo(Theme.DARK);
        settings.put("theme", "purple");
        assertThat(new Preferences(settings).theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void theSystemThemeFollowsAGtkDarkTheme() {
        assertThat(Theme.SYSTEM.dark(Map.of("GTK_THEME", "Adwaita:dark"))).isTrue();
        assertThat(Theme.SYSTEM.dark(Map.of("GTK_THEME", "Adwaita"))).isFalse();
        assertThat(Theme.SYSTEM.dark(Map.of())).isFalse();
        assertThat(Theme.DARK.dark(Map.of())).isTrue();
    }
}
