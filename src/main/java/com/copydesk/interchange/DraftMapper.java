package com.copydesk.interchange;

import com.copydesk.model.Draft;
import com.copydesk.model.DraftBuilder;
import com.copydesk.model.Entity;
import com.copydesk.model.GeneratorFlags;
import com.copydesk.model.ImageSource;
import com.copydesk.model.Payload;
import com.copydesk.model.Revision;
import com.copydesk.model.Scores;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a plain value tree (see {@link PlainTreeReader}) into a {@link Draft}, checking every
 * rule of {@code draft-format.md}. The first broken rule is reported with the field's path.
 */
public final class DraftMapper {
    public static final int MAX_REFERENCE_CHARS = 200;
    public static final int MAX_TITLE_CHARS = 300;

    /** Top-level fields the format names; everything else is kept in {@link Draft#extra()}. */
    public static final Set<String> KNOWN_FIELDS = Set.of("reference", "title", "body", "topic", "summary",
            "ai_outline", "ai_brief", "stack", "tools", "code_language", "difficulty", "reading_time",
            "view_count", "score", "revision", "hash", "flags", "checklist", "entities", "image_sources",
            "payload", "notes");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public Draft fromTree(Object tree) throws InvalidDraftException {
        if (!(tree instanceof Map<?, ?> map)) {
            throw new InvalidDraftException("", "expected a JSON object, got " + describe(tree));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        String reference = null;
        try {
            reference = reference(fields);
            return build(fields, reference);
        } catch (InvalidDraftException e) {
            throw e.withReference(reference);
        }
    }

    private static String reference(Map<String, Object> fields) throws InvalidDraftException {
        if (!fields.containsKey("reference") || fields.get("reference") == null) {
            throw new InvalidDraftException("reference", "missing (every draft needs one)");
        }
        String reference = string(fields.get("reference"), "reference");
        if (reference.isBlank()) {
            throw new InvalidDraftException("reference", "empty");
        }
        int length = reference.codePointCount(0, reference.length()); // characters, as for the title, not UTF-16 units
        if (length > MAX_REFERENCE_CHARS) {
            throw new InvalidDraftException("reference",
                    "longer than " + MAX_REFERENCE_CHARS + " characters (" + length + ")");
        }
        return reference;
    }

    private static Draft build(Map<String, Object> f, String reference) throws InvalidDraftException {
        DraftBuilder b = new DraftBuilder().reference(reference);
        b.title(title(f.get("title")));
        if (f.get("body") == null) {
            throw new InvalidDraftException("body", "missing (every draft needs one)");
        }
        b.body(string(f.get("body"), "body"));
        b.topic(optionalString(f, "topic"));
        b.summary(optionalString(f, "summary"));
        b.aiOutline(stringMap(f.get("ai_outline"), "ai_outline"));
        b.aiBrief(optionalString(f, "ai_brief"));
        b.stack(stringList(f.get("stack"), "stack"));
        b.tools(stringList(f.get("tools"), "tools"));
        b.codeLanguage(optionalString(f, "code_language"));
        b.difficulty(optionalString(f, "difficulty"));
        Long readingTime = integer(f.get("reading_time"), "reading_time", 0, Integer.MAX_VALUE);
        b.readingTime(readingTime == null ? null : readingTime.intValue());
        b.viewCount(integer(f.get("view_count"), "view_count", 0, Long.MAX_VALUE));
        b.score(scores(f.get("score")));
        b.revision(revision(f.get("revision")));
        b.hash(optionalString(f, "hash"));
        b.flags(flags(f.get("flags")));
        b.checklist(stringList(f.get("checklist"), "checklist"));
        b.entities(entities(f.get("entities")));
        b.imageSources(imageSources(f.get("image_sources")));
        b.payload(payload(f.get("payload")));
        b.notes(stringList(f.get("notes"), "notes"));
        for (Map.Entry<String, Object> entry : f.entrySet()) {
            if (KNOWN_FIELDS.contains(entry.getKey())) {
                continue;
            }
            if (ReviewJson.KEY.equals(entry.getKey()) && ReviewJson.isCopydesks(entry.getValue())) {
                // Copydesk's own review object (an export, show --json) is not draft content; it
                // only carries the draft's own review field, if the draft had one.
                Map<?, ?> review = (Map<?, ?>) entry.getValue();
                if (review.containsKey(ReviewJson.DRAFT_FIELD)) {
                    b.extra(ReviewJson.KEY, review.get(ReviewJson.DRAFT_FIELD));
                }
                continue;
            }
            b.extra(entry.getKey(), entry.getValue());
        }
        return b.build();
    }

    private static String title(Object value) throws InvalidDraftException {
        if (value == null) {
            throw new InvalidDraftException("title", "missing (every draft needs one)");
        }
        String title = Normalizer.normalize(string(value, "title").strip(), Normalizer.Form.NFC);
        if (title.isEmpty()) {
            throw new InvalidDraftException("title", "empty");
        }
        int length = title.codePointCount(0, title.length());
        if (length > MAX_TITLE_CHARS) {
            throw new InvalidDraftException("title",
                    "longer than " + MAX_TITLE_CHARS + " characters (" + length + ")");
        }
        return title;
    }

    private static Scores scores(Object value) throws InvalidDraftException {
        Map<String, Object> map = object(value, "score");
        if (map == null) {
            return null;
        }
        Integer[] known = new Integer[4];
        String[] names = {"quality", "freshness", "depth", "clarity"};
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            int index = List.of(names).indexOf(e.getKey());
            if (index >= 0) {
                Long score = integer(e.getValue(), "score." + e.getKey(), 0, 100);
                known[index] = score == null ? null : score.intValue();
            } else {
                extra.put(e.getKey(), e.getValue());
            }
        }
        return new Scores(known[0], known[1], known[2], known[3], extra);
    }

    private static Revision revision(Object value) throws InvalidDraftException {
        Map<String, Object> map = object(value, "revision");
        if (map == null) {
            return null;
        }
        Map<String, Object> extra = without(map, "status", "version", "last_reviewed");
        return new Revision(optionalString(map, "status", "revision.status"),
                optionalString(map, "version", "revision.version"),
                date(map.get("last_reviewed"), "revision.last_reviewed"), extra);
    }

    private static GeneratorFlags flags(Object value) throws InvalidDraftException {
        Map<String, Object> map = object(value, "flags");
        if (map == null) {
            return null;
        }
        Map<String, Object> extra = without(map, "ai_generated_style", "has_images", "image_heavy",
                "needs_human_review");
        return new GeneratorFlags(flag(map, "ai_generated_style"), flag(map, "has_images"),
                flag(map, "image_heavy"), flag(map, "needs_human_review"), extra);
    }

    private static Boolean flag(Map<String, Object> map, String key) throws InvalidDraftException {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Long l && (l == 0 || l == 1)) {
            return l == 1;
        }
        throw new InvalidDraftException("flags." + key, "expected 0, 1, true or false, got " + describe(value));
    }

    private static List<Entity> entities(Object value) throws InvalidDraftException {
        List<Object> list = array(value, "entities");
        if (list == null) {
            return null;
        }
        List<Entity> entities = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String path = "entities[" + i + "]";
            Map<String, Object> map = object(list.get(i), path);
            if (map == null) {
                throw new InvalidDraftException(path, "expected an object, got null");
            }
            entities.add(new Entity(optionalString(map, "name", path + ".name"),
                    optionalString(map, "type", path + ".type"), without(map, "name", "type")));
        }
        return entities;
    }

    private static List<ImageSource> imageSources(Object value) throws InvalidDraftException {
        List<Object> list = array(value, "image_sources");
        if (list == null) {
            return null;
        }
        List<ImageSource> sources = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String path = "image_sources[" + i + "]";
            Map<String, Object> map = object(list.get(i), path);
            if (map == null) {
                throw new InvalidDraftException(path, "expected an object, got null");
            }
            sources.add(new ImageSource(optionalString(map, "source", path + ".source"),
                    optionalString(map, "url", path + ".url"), optionalString(map, "caption", path + ".caption"),
                    without(map, "source", "url", "caption")));
        }
        return sources;
    }

    private static Payload payload(Object value) throws InvalidDraftException {
        Map<String, Object> map = object(value, "payload");
        if (map == null) {
            return null;
        }
        Long paragraphs = integer(map.get("paragraphs"), "payload.paragraphs", 0, Integer.MAX_VALUE);
        return new Payload(optionalString(map, "source_id", "payload.source_id"),
                optionalString(map, "generator", "payload.generator"),
                paragraphs == null ? null : paragraphs.intValue(),
                optionalString(map, "scenario", "payload.scenario"),
                integer(map.get("seed"), "payload.seed", Long.MIN_VALUE, Long.MAX_VALUE),
                without(map, "source_id", "generator", "paragraphs", "scenario", "seed"));
    }

    // ---- value helpers -------------------------------------------------------------------

    private static String optionalString(Map<String, Object> map, String key) throws InvalidDraftException {
        return optionalString(map, key, key);
    }

    private static String optionalString(Map<String, Object> map, String key, String path)
            throws InvalidDraftException {
        Object value = map.get(key);
        return value == null ? null : string(value, path);
    }

    private static String string(Object value, String path) throws InvalidDraftException {
        if (value instanceof String s) {
            return s;
        }
        throw new InvalidDraftException(path, "expected a string, got " + describe(value));
    }

    private static Long integer(Object value, String path, long min, long max) throws InvalidDraftException {
        if (value == null) {
            return null;
        }
        if (value instanceof BigInteger big) {
            throw new InvalidDraftException(path, "the number " + big + " is outside " + range(min, max));
        }
        if (!(value instanceof Long number)) {
            throw new InvalidDraftException(path, "expected an integer, got " + describe(value));
        }
        if (number < min || number > max) {
            throw new InvalidDraftException(path, "the number " + number + " is outside " + range(min, max));
        }
        return number;
    }

    private static String range(long min, long max) {
        if (min == Long.MIN_VALUE) {
            return "the range of a 64-bit integer";
        }
        return max >= Integer.MAX_VALUE ? "the allowed range (>= " + min + ")" : min + ".." + max;
    }

    private static LocalDate date(Object value, String path) throws InvalidDraftException {
        if (value == null) {
            return null;
        }
        String text = string(value, path);
        if (!DATE.matcher(text).matches()) {
            throw new InvalidDraftException(path, "expected a date YYYY-MM-DD, got \"" + abbreviate(text) + "\"");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidDraftException(path, "\"" + text + "\" is not a calendar date");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String path) throws InvalidDraftException {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new InvalidDraftException(path, "expected an object, got " + describe(value));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Object value, String path) throws InvalidDraftException {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new InvalidDraftException(path, "expected a list, got " + describe(value));
    }

    private static List<String> stringList(Object value, String path) throws InvalidDraftException {
        List<Object> list = array(value, path);
        if (list == null) {
            return null;
        }
        List<String> strings = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            strings.add(string(list.get(i), path + "[" + i + "]"));
        }
        return strings;
    }

    private static Map<String, String> stringMap(Object value, String path) throws InvalidDraftException {
        Map<String, Object> map = object(value, path);
        if (map == null) {
            return null;
        }
        Map<String, String> strings = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            strings.put(e.getKey(), string(e.getValue(), path + "." + e.getKey()));
        }
        return strings;
    }

    private static Map<String, Object> without(Map<String, Object> map, String... keys) {
        Map<String, Object> rest = new LinkedHashMap<>(map);
        for (String key : keys) {
            rest.remove(key);
        }
        return rest;
    }

    /** How a value looks in a message: its JSON type and, for scalars, the value itself. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "the string \"" + abbreviate(s) + "\"";
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return "the integer " + value;
        }
        if (value instanceof BigDecimal d) {
            return "the number " + d.toPlainString();
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return value.getClass().getSimpleName();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
