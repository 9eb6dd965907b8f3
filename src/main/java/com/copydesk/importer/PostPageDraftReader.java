package com.copydesk.importer;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.DraftLimits;
import com.copydesk.interchange.InvalidDraftException;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rendered post page ({@code *.txt}): the title, the body as the site shows it, then the meta
 * box opened by the line {@code alphanode post meta}. See {@code draft-format.md} section 3.
 *
 * <p>The body is turned back into the Markdown the generator wrote (blank-line separated blocks,
 * {@code ## } headings, {@code - } items, {@code ![caption](url)} images), so that the page and
 * the JSON of one draft import to the same draft.
 */
public final class PostPageDraftReader implements DraftReader {
    private static final Pattern META_OPENER = Pattern.compile("(?i)[\\p{L}\\p{N}._-]+ post meta");
    private static final String BULLET = "\u2022";
    /** The first line of what follows the meta box on the site's pages. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)similar posts.*");
    private static final String IMAGE_SOURCE = ". image source: ";
    /** A line standing alone that is at most this long, without a closing full stop, is a heading. */
    private static final int MAX_HEADING_CHARS = 80;

    /** Labels glued to their value, longest first so that no label shadows a longer one. */
    private static final List<String> SCALAR_LABELS = List.of("code language", "reading time", "view count",
            "reference", "ai brief", "difficulty", "summary", "topic", "hash");
    private static final Set<String> STRING_LISTS = Set.of("stack", "tools", "checklist", "notes");
    private static final Set<String> OBJECTS = Set.of("ai outline", "score", "revision", "flags", "payload");
    private static final Set<String> OBJECT_LISTS = Set.of("entities", "image sources");
    /** Fields whose text is a number in the interchange form; all other values stay text. */
    private static final Set<String> INTEGER_FIELDS = Set.of("reading_time", "view_count", "score.quality",
            "score.freshness", "score.depth", "score.clarity", "payload.paragraphs", "payload.seed",
            "flags.ai_generated_style", "flags.has_images", "flags.image_heavy", "flags.needs_human_review");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,100}");

    private final DraftJson json;
    private final DraftLimits limits;

    public PostPageDraftReader(DraftJson json, DraftLimits limits) {
        this.json = json;
        this.limits = limits;
    }

    @Override
    public void read(InputStream in, String file, RecordSink sink) throws IOException {
        String text = TextFiles.readRecord(in, limits, file, sink);
        if (text != null) {
            sink.accept(parse(text.lines().toList(), file));
        }
    }

    private ReadResult parse(List<String> lines, String file) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i == lines.size()) {
            return ReadResult.rejected(file, 1, null, "the page is empty");
        }
        int metaLine = -1;
        for (int j = i; j < lines.size(); j++) {
            if (META_OPENER.matcher(lines.get(j).strip()).matches()) {
                metaLine = j;
                break;
            }
        }
        if (metaLine < 0) {
            return ReadResult.rejected(file, 1, null,
                    "the page has no meta box (the line 'alphanode post meta' and the fields after it)");
        }
        if (metaLine == i) {
            return ReadResult.rejected(file, i + 1, null, "the page has no title before its meta box");
        }
        String title = lines.get(i).strip();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        fieldLines.put("title", i + 1);
        try {
            readMeta(lines, metaLine + 1, fields, fieldLines);
        } catch (PageProblem problem) {
            return ReadResult.rejected(file, problem.line, referenceOf(fields), problem.getMessage());
        }
        if (!(fields.get("reference") instanceof String reference) || reference.isBlank()) {
            return ReadResult.rejected(file, metaLine + 1, null, "the page's meta box has no reference");
        }
        fields.put("body", body(lines.subList(i + 1, metaLine), imageUrls(fields)));
        try {
            return new ReadResult.Parsed(json.mapper().fromTree(fields), file, 1);
        } catch (InvalidDraftException e) {
            // the line of the field's label in the meta box, where the editor will look
            String topField = e.field() == null ? "" : e.field().split("[.\\[]", 2)[0];
            return ReadResult.rejected(file, fieldLines.getOrDefault(topField, 1),
                    e.reference() != null ? e.reference() : referenceOf(fields), e.getMessage());
        }
    }

    // ---- body --------------------------------------------------------------------------------

    private static String body(List<String> lines, Map<String, String> imageUrls) {
        List<String> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                addBlock(block, blocks, imageUrls);
                block.clear();
            } else {
                block.add(line.stripTrailing());
            }
        }
        addBlock(block, blocks, imageUrls);
        return blocks.isEmpty() ? "" : String.join("\n\n", blocks) + "\n";
    }

    private static void addBlock(List<String> block, List<String> blocks, Map<String, String> imageUrls) {
        if (block.isEmpty()) {
            return;
        }
        if (block.stream().allMatch(PostPageDraftReader::isBullet)) {
            List<String> items = new ArrayList<>();
            for (String line : block) {
                items.add("- " + bulletText(line));
            }
            blocks.add(String.join("\n", items));
            return;
        }
        if (block.size() == 1 && isHeading(block.get(0))) {
            blocks.add("## " + block.get(0).strip());
            return;
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < block.size(); k++) {
            String line = block.get(k);
            String caption = line.strip();
            if (k + 1 < block.size() && block.get(k + 1).strip().startsWith(caption + IMAGE_SOURCE)) {
                out.add("![" + caption + "](" + imageUrls.getOrDefault(caption, "") + ")");
                k++;
            } else {
                out.add(line);
            }
        }
        blocks.add(String.join("\n", out));
    }

    private static boolean isHeading(String line) {
        String text = line.strip();
        return text.length() <= MAX_HEADING_CHARS && !text.endsWith(".") && !isBullet(line);
    }

    private static boolean isBullet(String line) {
        return line.strip().startsWith(BULLET);
    }

    private static String bulletText(String line) {
        return line.strip().substring(BULLET.length()).strip();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> imageUrls(Map<String, Object> fields) {
        Map<String, String> urls = new LinkedHashMap<>();
        if (fields.get("image_sources") instanceof List<?> sources) {
            for (Object source : sources) {
                Map<String, Object> map = (Map<String, Object>) source;
                if (map.get("caption") instanceof String caption && map.get("url") instanceof String url) {
                    urls.putIfAbsent(caption, url);
                }
            }
        }
        return urls;
    }

    // ---- meta box ----------------------------------------------------------------------------

    private static void readMeta(List<String> lines, int from, Map<String, Object> fields, Map<String, Integer> fieldLines)
            throws PageProblem {
        String container = null;
        List<Object> list = null;
        Map<String, Object> object = null;
        int end = furnitureStart(lines, from);
        for (int n = from; n < end; n++) {
            String line = lines.get(n);
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (isBullet(line)) {
                if (container == null) {
                    throw new PageProblem(n + 1, "a list item outside of any list of the meta box");
                }
                String item = bulletText(line);
                if (STRING_LISTS.contains(container)) {
                    list.add(item);
                } else {
                    int colon = item.indexOf(": ");
                    String key;
                    String value;
                    if (colon < 0 && item.endsWith(":")) {
                        key = item.substring(0, item.length() - 1);
                        value = "";
                    } else if (colon < 0) {
                        throw new PageProblem(n + 1, label(container) + ": expected 'key: value', got '" + item + "'");
                    } else {
                        key = item.substring(0, colon);
                        value = item.substring(colon + 2);
                    }
                    key = key.strip().replace(' ', '_');
                    if (OBJECT_LISTS.contains(container)) {
                        if (object == null || object.containsKey(key)) {
                            object = new LinkedHashMap<>();
                            list.add(object);
                        }
                    } else if (object.containsKey(key)) {
                        throw new PageProblem(n + 1, label(container) + "." + key + ": given twice");
                    }
                    object.put(key, typed(label(container) + "." + key, value));
                }
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (STRING_LISTS.contains(lower) || OBJECTS.contains(lower) || OBJECT_LISTS.contains(lower)) {
                container = lower;
                String field = label(lower);
                if (fields.containsKey(field)) {
                    throw new PageProblem(n + 1, field + ": given twice");
                }
                fieldLines.put(field, n + 1);
                if (OBJECTS.contains(lower)) {
                    object = new LinkedHashMap<>();
                    list = null;
                    fields.put(field, object);
                } else {
                    list = new ArrayList<>();
                    object = null;
                    fields.put(field, list);
                }
                continue;
            }
            String scalarLabel = scalarLabel(text);
            if (scalarLabel == null) {
                if (anyFieldBetween(lines, n + 1, end)) {
                    // fields follow, so this line is inside the meta box: dropping it, or them, would lose data unsaid
                    throw new PageProblem(n + 1, "'" + shortened(text) + "' is not a field of the meta box");
                }
                return; // the first line that is no field, with none after it, ends the meta box: page furniture follows
            }
            String field = label(scalarLabel);
            if (fields.containsKey(field)) {
                throw new PageProblem(n + 1, field + ": given twice");
            }
            fieldLines.put(field, n + 1);
            fields.put(field, typed(field, text.substring(scalarLabel.length()).strip()));
            container = null;
        }
    }

    /** Where the page furniture begins ({@code Similar Posts} and on), or the end of the page. */
    private static int furnitureStart(List<String> lines, int from) {
        for (int n = from; n < lines.size(); n++) {
            if (FURNITURE.matcher(lines.get(n).strip()).matches()) {
                return n;
            }
        }
        return lines.size();
    }

    private static boolean anyFieldBetween(List<String> lines, int from, int end) {
        for (int n = from; n < end; n++) {
            String text = lines.get(n).strip();
            String lower = text.toLowerCase(Locale.ROOT);
            if (!isBullet(lines.get(n)) && (STRING_LISTS.contains(lower) || OBJECTS.contains(lower)
                    || OBJECT_LISTS.contains(lower) || scalarLabel(text) != null)) {
                return true;
            }
        }
        return false;
    }

    private static String scalarLabel(String text) {
        return SCALAR_LABELS.stream().filter(text::startsWith).findFirst().orElse(null);
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "\u2026";
    }

    /** The page shows every value as text; numbers and flags become what the format says they are. */
    private static Object typed(String field, String value) {
        if (!INTEGER_FIELDS.contains(field)) {
            return value;
        }
        if (INTEGER.matcher(value).matches()) {
            BigInteger number = new BigInteger(value);
            return number.bitLength() < 64 ? (Object) number.longValue() : number;
        }
        if (field.startsWith("flags.") && (value.equals("true") || value.equals("false"))) {
            return Boolean.valueOf(value);
        }
        return value;
    }

    /** A page label as a field name: {@code image sources} is {@code image_sources}. */
    private static String label(String pageLabel) {
        return pageLabel.replace(' ', '_');
    }

    private static String referenceOf(Map<String, Object> fields) {
        return fields.get("reference") instanceof String s ? s : null;
    }

    private static final class PageProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        PageProblem(int line, String message) {
            super(message);
            this.line = line;
        }
    }
}
