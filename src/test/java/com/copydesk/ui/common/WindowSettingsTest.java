package com.copydesk.ui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WindowSettingsTest {
    @TempDir
    Path dir;

    @Test
    void settingsSurviveARestartAndAreWrittenWhole() throws Exception {
        Path file = dir.resolve("sub/settings.properties");
        WindowSettings settings = new WindowSettings(file);
        settings.put("window.width", 1234.5);
        settings.put("theme", "dark");
        settings.save();
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
        }
        WindowSettings again = new WindowSettings(file);
        assertThat(again.number("window.width")).hasValue(1234.5);
        assertThat(again.get("theme")).hasValue("dark");
    }

    @Test
    void damagedOrMissingSettingsStartAfresh() throws Exception {
        assertThat(new WindowSettings(dir.resolve("none")).get("theme")).isEmpty();
        Path junk = Files.writeString(dir.resolve("junk.properties"), "window.width=wide\n\\uZZZZ");
        WindowSettings settings = new WindowSettings(junk);
        assertThat(settings.number("window.width")).isEmpty();
    }
}
