package com.copydesk.importer;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.DraftLimits;
import com.copydesk.interchange.DraftMapper;
import com.copydesk.interchange.InvalidDraftException;
import com.copydesk.interchange.SiteFrontMatter;
import com.copydesk.interchange.SitePage;
import com.copydesk.model.Draft;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown with front matter, as static site generators write it (draft-format.md section 2):
 * YAML, TOML or JSON front matter ({@link FrontMatter}) holding every field but the body; the
 * Markdown after it is the body. Without a {@code title} in the front matter, the first
 * {@code # } heading is the title.
 *
 * <p>Three kinds of file come this way:
 * <ul>
 * <li>Copydesk's own Markdown export: the draft is under {@code params} ({@link SiteFrontMatter});
 *     the keys beside it are the site's, derived from the draft, and are dropped.</li>
 * <li>A draft in Markdown, with a {@code reference} of its own: read as before (an export written
 *     before the {@code params} form reads back too).</li>
 * <li>A static site's own page, without a reference (or with one that is a URL): its reference is
 *     its path, and where it was and how its front matter was written are kept under
 *     {@link SitePage#KEY}. In a folder, a file that is not a page (no front matter, a README,
 *     a headless bundle, no title) is skipped with the reason.</li>
 * </ul>
 */
public final class MarkdownDraftReader implements DraftReader {
    private static final Pattern H1 = Pattern.compile("(?m)^# +(.+?)\\s*#*\\s*$");
    private static final Set<String> NOT_PAGES = Set.of("readme", "license");

    /** Why a file in a folder is not a page; the import's summary counts files by these. */
    public static final String NO_FRONT_MATTER = "no front matter";
    public static final String README_OR_LICENSE = "a README or LICENSE file";
    public static final String HEADLESS = "headless (not rendered by the site)";
    public static final String HEADLESS_SECTION = "in a headless section (cascade of an _index.md)";
    public static final String NO_TITLE = "no title and no '# ' heading";

    private final DraftJson json;
    private final DraftLimits limits;
    private final FrontMatter frontMatter;

    public MarkdownDraftReader(DraftJson json, DraftLimits limits) {
        this.json = json;
        this.limits = limits;
        this.frontMatter = new FrontMatter(json, limits);
    }

    @Override
    public void read(InputStream in, String file, RecordSink sink) throws IOException {
        String text = TextFiles.readRecord(in, limits, file, sink);
        if (text != null) {
            sink.accept(parse(text, file, null));
        }
    }

    @Override
    public void read(InputStream in, SourceFile file, RecordSink sink) throws IOException {
        if (file.inFolder() && NOT_PAGES.contains(stem(file.relative()))) {
            sink.accept(new ReadResult.Skipped(file.name(), README_OR_LICENSE));
            return;
        }
        String text = TextFiles.readRecord(in, limits, file.name(), sink);
        if (text != null) {
            sink.accept(parse(text, file.name(), file));
        }
    }

    /** Whether an {@code _index.md} cascades "not rendered" to the pages below it (see {@link SiteSections}). */
    boolean cascadesHeadless(InputStream in) throws IOException {
        String text = TextFiles.readBounded(in, limits.maxRecordBytes());
        FrontMatter.Form form = text == null ? null : FrontMatter.formOf(text);
        if (form == null) {
            return false;
        }
        try {
            Object cascade = frontMatter.read(text, form).fields().get("cascade");
            for (Object entry : cascade instanceof List<?> list ? list : java.util.Collections.singletonList(cascade)) {
                if (entry instanceof Map<?, ?> map && !map.containsKey("_target") && !map.containsKey("target")
                        && headless(map)) {
                    return true;
                }
            }
            return false;
        } catch (FrontMatter.Problem e) {
            return false; // the file itself is rejected with the reason when it is read
        }
    }

    private ReadResult parse(String text, String file, SourceFile source) {
        boolean inFolder = source != null && source.inFolder();
        FrontMatter.Form form = FrontMatter.formOf(text);
        if (form == null) {
            return inFolder ? new ReadResult.Skipped(file, NO_FRONT_MATTER) : ReadResult.rejected(file, 1, null,
                    "no front matter: the file must start with a line '---' (YAML) or '+++' (TOML), or a JSON object");
        }
        FrontMatter.Block block;
        try {
            block = frontMatter.read(text, form);
        } catch (FrontMatter.Problem e) {
            return ReadResult.rejected(file, e.line, e.reference, e.getMessage());
        }
        Map<String, Object> fields = block.fields();
        String body = block.body();
        if (SiteFrontMatter.isExport(fields)) {
            // Copydesk's own export: the draft is under params; the keys beside it are the site's
            @SuppressWarnings("unchecked")
            Map<String, Object> draft = new LinkedHashMap<>((Map<String, Object>) fields.get(SiteFrontMatter.PARAMS));
            if (draft.containsKey("body")) {
                return ReadResult.rejected(file, block.lineOf(SiteFrontMatter.PARAMS), (String) draft.get("reference"),
                        "params.body: belongs after the front matter, not in it");
            }
            draft.put("body", body);
            return draft(draft, block, file, Kind.EXPORT);
        }
        Object own = fields.get("reference");
        String ref = own instanceof String s ? s : null;
        if (fields.containsKey("body")) {
            return ReadResult.rejected(file, block.lineOf("body"), ref, "body: belongs after the front matter, not in it");
        }
        if (inFolder && headless(fields)) {
            return new ReadResult.Skipped(file, HEADLESS);
        }
        if (inFolder && source.headlessSection()) {
            return new ReadResult.Skipped(file, HEADLESS_SECTION);
        }
        boolean headingTitle = false;
        if (fields.get("title") == null) {
            Matcher heading = H1.matcher(body);
            if (heading.find()) {
                fields.put("title", heading.group(1));
                body = FrontMatter.stripLeadingBlankLines(body.substring(0, heading.start())
                        + body.substring(Math.min(body.length(), heading.end() + 1)));
                headingTitle = true;
            } else if (inFolder) {
                return new ReadResult.Skipped(file, NO_TITLE);
            }
        }
        fields.put("body", body);
        boolean ownIdentity = own != null && !(own instanceof String s && SitePage.isUrl(s))
                && !(own instanceof List<?>) && !(own instanceof Map<?, ?>);
        if (ownIdentity || source == null) {
            return draft(fields, block, file, Kind.OWN_REFERENCE);
        }
        // a site's own page: its path is its reference
        if (fields.containsKey(SitePage.KEY)) {
            return ReadResult.rejected(file, block.lineOf(SitePage.KEY), null,
                    SitePage.KEY + ": Copydesk's own field for a page of a site; a page cannot give it");
        }
        String reference = source.pathReference();
        int length = reference.codePointCount(0, reference.length());
        if (length > DraftMapper.MAX_REFERENCE_CHARS) {
            return ReadResult.rejected(file, 1, null, "the path is too long to be the page's reference (" + length
                    + " characters, at most " + DraftMapper.MAX_REFERENCE_CHARS + "); give the page a reference");
        }
        String page = withoutGzip(source.inFolder() ? source.relative() : source.path().getFileName().toString());
        fields.put("reference", reference);
        fields.put(SitePage.KEY, new SitePage.Source(page, form.key(), own, headingTitle).toFields());
        return draft(fields, block, file, Kind.SITE_PAGE);
    }

    /** The three kinds of Markdown file this reader takes (see the class comment). */
    private enum Kind { EXPORT, OWN_REFERENCE, SITE_PAGE }

    private ReadResult draft(Map<String, Object> fields, FrontMatter.Block block, String file, Kind kind) {
        try {
            Draft draft = json.mapper().fromTree(fields);
            // only a file with the draft's fields at the top may be an export from before params
            Draft read = kind == Kind.OWN_REFERENCE ? SiteFrontMatter.withoutDerived(draft) : draft;
            return new ReadResult.Parsed(read, file, 1, kind == Kind.SITE_PAGE);
        } catch (InvalidDraftException e) {
            return ReadResult.rejected(file, block.lineOf(e.field()), e.reference(), e.getMessage());
        }
    }

    /** Hugo does not render the page: {@code headless: true}, or {@code build} (formerly {@code _build}) {@code render: never}. */
    private static boolean headless(Map<?, ?> fields) {
        return Boolean.TRUE.equals(fields.get("headless")) || neverRendered(fields.get("build"))
                || neverRendered(fields.get("_build"));
    }

    private static boolean neverRendered(Object build) {
        if (!(build instanceof Map<?, ?> map)) {
            return false;
        }
        Object render = map.get("render");
        return Boolean.FALSE.equals(render) || "never".equalsIgnoreCase(String.valueOf(render))
                || "false".equalsIgnoreCase(String.valueOf(render));
    }

    private static String stem(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String withoutGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
