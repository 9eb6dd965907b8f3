package com.copydesk.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditorNameTest {
    @Test
    void theEnvironmentNamesTheEditorElseTheOperatingSystemUser() {
        assertThat(EditorName.fromEnvironment(Map.of("COPYDESK_EDITOR", " ann "), "os")).isEqualTo("ann");
        assertThat(EditorName.fromEnvironment(Map.of("COPYDESK_EDITOR", "  "), "os")).isEqualTo("os");
        assertThat(EditorName.fromEnvironment(Map.of(), "os")).isEqualTo("os");
    }

    @Test
    void aNameIsStrippedAndMustBeShortPrintableText() {
        assertThat(EditorName.checked("  bob ")).isEqualTo("bob");
        assertThatThrownBy(() -> EditorName.checked("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EditorName.checked("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EditorName.checked("x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
    }
}
