package com.copydesk.importer;

import java.util.Locale;

/**
 * The reference of a page that carries none (draft-format.md section 2): its path inside the
 * folder given to {@code import}, without the extension, {@code /} between parts. A page
 * bundle's {@code post/index.md} is {@code post}, and so is a section's {@code post/_index.md}
 * (Hugo's list page of the folder: the folder is what it stands for); the {@code index.md} or
 * {@code _index.md} at the top of the folder keeps its name ({@code index}, {@code _index}),
 * there being no folder name to take. A file named directly is its file name without the
 * extension.
 */
public final class PathReference {
    private PathReference() {
    }

    public static String inFolder(String relative) {
        String path = withoutExtension(relative);
        int slash = path.lastIndexOf('/');
        String last = path.substring(slash + 1);
        if (slash > 0 && (last.equals("index") || last.equals("_index"))) {
            return path.substring(0, slash);
        }
        return path;
    }

    public static String ofFileName(String fileName) {
        return withoutExtension(fileName);
    }

    private static String withoutExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
