package com.copydesk.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Hugo's sections that are not rendered: an {@code _index.md} whose {@code cascade} says
 * {@code build: {render: never}} (or {@code headless: true}) passes that on to every page below
 * its folder, which are then no pages of the site. Found before the import reads the pages,
 * since a folder's {@code _index.md} need not sort before its pages. A cascade entry with a
 * {@code _target} (or {@code target}) applies to some pages only and is not followed.
 */
final class SiteSections {
    private SiteSections() {
    }

    static boolean isSectionIndex(SourceFile file) {
        if (!file.inFolder() || file.format() != DraftFormat.MARKDOWN) {
            return false;
        }
        String name = file.relative().substring(file.relative().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.startsWith("_index.");
    }

    /**
     * The files, those below a headless section marked so.
     *
     * @param cascadesHeadless reads an {@code _index.md} and says whether its cascade makes the pages below headless
     */
    static List<SourceFile> mark(List<SourceFile> files, Predicate<SourceFile> cascadesHeadless) {
        Set<String> headless = new HashSet<>();
        for (SourceFile file : files) {
            if (isSectionIndex(file) && cascadesHeadless.test(file)) {
                headless.add(root(file) + "\u0000" + folderOf(file.relative()));
            }
        }
        if (headless.isEmpty()) {
            return files;
        }
        List<SourceFile> marked = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            marked.add(file.inFolder() && below(file, headless) ? file.inHeadlessSection() : file);
        }
        return marked;
    }

    private static boolean below(SourceFile file, Set<String> headless) {
        String root = root(file) + "\u0000";
        String folder = folderOf(file.relative());
        boolean index = isSectionIndex(file);
        // the _index.md itself is the section's own page: its cascade is for the pages below it
        String above = index ? parent(folder) : folder;
        while (above != null) {
            if (headless.contains(root + above)) {
                return true;
            }
            above = parent(above);
        }
        return false;
    }

    /** The folder given to the import, as the file's name shows it. */
    private static String root(SourceFile file) {
        return file.name().substring(0, file.name().length() - file.relative().length());
    }

    private static String folderOf(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    private static String parent(String folder) {
        if (folder.isEmpty()) {
            return null;
        }
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }
}
