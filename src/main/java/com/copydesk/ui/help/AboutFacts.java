package com.copydesk.ui.help;

import java.nio.file.Path;
import java.util.List;

/**
 * What Help › About tells: enough to answer "which Copydesk, on what, with which store" in a bug report.
 *
 * @param version       the build's version (the jar's manifest), or "development" when run from classes
 * @param schemaVersion the store's schema version
 */
public record AboutFacts(String version, String javaVersion, String javafxVersion, Path store, int schemaVersion) {
    /** The facts of this process and the open store. */
    public static AboutFacts of(Path store, int schemaVersion) {
        String version = AboutFacts.class.getPackage().getImplementationVersion();
        return new AboutFacts(version == null ? "development" : version,
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("javafx.runtime.version", "unknown"), store.toAbsolutePath(), schemaVersion);
    }

    /** The facts as label and value, in the order the dialog shows them. */
    public List<String[]> rows() {
        return List.of(new String[] {"Version", version}, new String[] {"Java", javaVersion},
                new String[] {"JavaFX", javafxVersion}, new String[] {"Store", store.toString()},
                new String[] {"Schema version", String.valueOf(schemaVersion)});
    }

    /** As one text, for the copy button (a bug report takes it whole). */
    public String text() {
        StringBuilder text = new StringBuilder("Copydesk\n");
        for (String[] row : rows()) {
            text.append(row[0]).append(": ").append(row[1]).append('\n');
        }
        return text.toString();
    }
}
