package com.copydesk.interchange;

import com.copydesk.model.Draft;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A draft that came from a static site's own page (a Markdown file whose reference is its path):
 * where the page was and how its front matter was written, kept with the draft under
 * {@value #KEY}, so that a Markdown export can write the page back where it was, as it was.
 * A page's own {@code reference} that is no draft reference (a URL) is kept there too.
 */
public final class SitePage {
    public static final String KEY = "copydesk_source";
    private static final String FILE = "file";
    private static final String FRONT_MATTER = "front_matter";
    private static final String REFERENCE = "reference";
    private static final String HEADING_TITLE = "heading_title";

    /** A URL or a site path: {@code https://…}, {@code mailto:…}, {@code www.…}, {@code /docs/…}, {@code ./x}. */
    private static final Pattern URL = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://|mailto:|www\\.|/|\\./|\\.\\./).*",
            Pattern.DOTALL);

    /**
     * @param file         the page's path in the folder given to the import ({@code /} between parts)
     * @param frontMatter  {@code yaml}, {@code toml} or {@code json}
     * @param reference    the page's own {@code reference} value, when it had one that is no draft reference; or null
     * @param headingTitle whether the title was the page's first {@code # } heading, not a front matter field
     */
    public record Source(String file, String frontMatter, Object reference, boolean headingTitle) {
        public Map<String, Object> toFields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(FILE, file);
            fields.put(FRONT_MATTER, frontMatter);
            if (reference != null) {
                fields.put(REFERENCE, reference);
            }
            if (headingTitle) {
                fields.put(HEADING_TITLE, true);
            }
            return fields;
        }
    }

    private SitePage() {
    }

    /**
     * The front matter to write the page back with: its fields as the editor left them, without
     * Copydesk's reference and {@value #KEY}, with the page's own {@code reference} and,
     * once approved, {@code draft: false}. The site's {@code date}, {@code publishDate} and
     * {@code expiryDate} stay as the site set them: scheduling is the site's decision.
     */
    public static Map<String, Object> frontMatter(Draft current, Source source, boolean approved, DraftJson json) {
        Map<String, Object> fields = json.toPlain(current, false);
        fields.remove("reference");
        fields.remove(KEY);
        if (source.headingTitle()) {
            fields.remove("title");
        }
        if (source.reference() != null) {
            fields.put(REFERENCE, source.reference());
        }
        if (approved) {
            fields.put("draft", false);
        }
        return fields;
    }

    /** The page's Markdown: the body, after its title as a heading where the page had it so. */
    public static String body(Draft current, Source source) {
        return source.headingTitle() ? "# " + current.title() + "\n\n" + current.body() : current.body();
    }

    /** Whether a page's own {@code reference} is a link rather than a draft's identity. */
    public static boolean isUrl(String reference) {
        return URL.matcher(reference.strip()).matches();
    }

    /** The draft's site page, if it came from one (and what it says of it is well-formed). */
    public static Optional<Source> of(Draft draft) {
        if (!(draft.extra().get(KEY) instanceof Map<?, ?> fields)
                || !(fields.get(FILE) instanceof String file) || !(fields.get(FRONT_MATTER) instanceof String form)) {
            return Optional.empty();
        }
        return Optional.of(new Source(file, form, fields.get(REFERENCE), Boolean.TRUE.equals(fields.get(HEADING_TITLE))));
    }
}
