package com.copydesk.export;

import com.copydesk.interchange.SitePage;
import com.copydesk.model.StoredDraft;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where each draft goes in a Markdown export. A page that came from a site's folder goes back
 * to the path it had there ({@code docs/intro/index.md}), so that the export is the site's
 * content folder again; every other draft gets a name of its own ({@link DraftFileName}) at the
 * top of the folder. A page's path is used only when it is safe in every part (each a portable
 * name, none hidden, none {@code ..}), ends in {@code .md} and is not yet taken in this export;
 * otherwise the page gets a name of its own like any draft.
 */
final class MarkdownPaths {
    /** Short enough that a staged file's name, the path with its slashes escaped, stays within 255 bytes. */
    static final int MAX_PATH_BYTES = 200;
    private static final int MAX_DEPTH = 16;

    private final UniqueNames names = new UniqueNames();

    String assign(StoredDraft draft) {
        var page = SitePage.of(draft.current());
        if (page.isPresent() && isSafe(page.get().file()) && names.claim(page.get().file())) {
            return page.get().file();
        }
        return names.assign(draft.current().title(), draft.reference());
    }

    boolean isTaken(String path) {
        return names.isTaken(path);
    }

    /** Whether a relative path may be written and removed inside the export's folder. */
    static boolean isSafe(String path) {
        if (path == null || path.isEmpty() || path.getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            return false;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) {
            return false;
        }
        String[] parts = path.split("/", -1);
        if (parts.length > MAX_DEPTH) {
            return false;
        }
        for (String part : parts) {
            if (part.startsWith(".") || !DraftFileName.isPortable(part)) {
                return false;
            }
        }
        return true;
    }
}
