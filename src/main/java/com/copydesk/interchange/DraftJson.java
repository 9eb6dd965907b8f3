package com.copydesk.interchange;

import com.copydesk.model.Draft;
import com.copydesk.model.Entity;
import com.copydesk.model.GeneratorFlags;
import com.copydesk.model.ImageSource;
import com.copydesk.model.Payload;
import com.copydesk.model.Revision;
import com.copydesk.model.ScoreName;
import com.copydesk.model.Scores;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The interchange form in JSON: one canonical way to write a draft (fields in the order of
 * {@code draft-format.md}, then the unknown ones as they came), and reading it back.
 */
public final class DraftJson {
    private final JsonFactory factory;
    private final PlainTreeReader treeReader;
    private final DraftMapper mapper = new DraftMapper();

    public DraftJson() {
        this(DraftLimits.DEFAULT);
    }

    public DraftJson(DraftLimits limits) {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(limits.parserConstraints())
                .build();
        this.treeReader = new PlainTreeReader(limits);
    }

    public JsonFactory factory() {
        return factory;
    }

    public PlainTreeReader treeReader() {
        return treeReader;
    }

    public DraftMapper mapper() {
        return mapper;
    }

    /** Parses one draft from JSON text. */
    public Draft parse(String json) throws InvalidDraftException {
        try (JsonParser parser = factory.createParser(json)) {
            try {
                return mapper.fromTree(treeReader.read(parser));
            } catch (IOException e) {
                throw new InvalidDraftException("", "not valid JSON: " + ParseProblems.describe(e, parser, 0));
            }
        } catch (IOException e) {
            throw new InvalidDraftException("", "not valid JSON: " + ParseProblems.describe(e));
        }
    }

    /** Parses a document written by {@code toJson(draft, false)}, with the body kept elsewhere. */
    @SuppressWarnings("unchecked")
    public Draft parseWithoutBody(String json, String body) throws InvalidDraftException {
        try (JsonParser parser = factory.createParser(json)) {
            Object tree = treeReader.read(parser);
            if (tree instanceof java.util.Map<?, ?> map) {
                ((java.util.Map<String, Object>) map).put("body", body);
            }
            return mapper.fromTree(tree);
        } catch (IOException e) {
            throw new InvalidDraftException("", "not valid JSON: " + ParseProblems.describe(e));
        }
    }

    public String toJson(Draft draft) {
        return toJson(draft, true);
    }

    /** The draft as one line of JSON; without the body when the caller keeps it elsewhere. */
    public String toJson(Draft draft, boolean withBody) {
        StringWriter out = new StringWriter(1024 + (withBody ? draft.body().length() : 0));
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            writeFields(draft, g, withBody);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The draft's fields as plain values ({@link PlainTreeReader}), in the canonical order. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toPlain(Draft draft, boolean withBody) {
        try (JsonParser parser = factory.createParser(toJson(draft, withBody))) {
            return (Map<String, Object>) treeReader.read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidDraftException e) {
            throw new IllegalStateException("a draft's own JSON is within the limits it was read with", e);
        }
    }

    /** SHA-256 of the canonical JSON: equal for drafts that are the same in every field. */
    public String contentHash(Draft draft) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048 + draft.body().length());
        try (JsonGenerator g = factory.createGenerator(bytes)) {
            g.writeStartObject();
            writeFields(draft, g, true);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Writes the draft's fields into an object the caller has opened (and may add to). */
    public void writeFields(Draft d, JsonGenerator g, boolean withBody) throws IOException {
        g.writeStringField("reference", d.reference());
        g.writeStringField("title", d.title());
        if (withBody) {
            g.writeStringField("body", d.body());
        }
        optional(g, "topic", d.topic());
        optional(g, "summary", d.summary());
        if (d.aiOutline() != null) {
            g.writeObjectFieldStart("ai_outline");
            for (Map.Entry<String, String> e : d.aiOutline().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        optional(g, "ai_brief", d.aiBrief());
        stringList(g, "stack", d.stack());
        stringList(g, "tools", d.tools());
        optional(g, "code_language", d.codeLanguage());
        optional(g, "difficulty", d.difficulty());
        if (d.readingTime() != null) {
            g.writeNumberField("reading_time", d.readingTime());
        }
        if (d.viewCount() != null) {
            g.writeNumberField("view_count", d.viewCount());
        }
        if (d.score() != null) {
            writeScores(g, "score", d.score());
        }
        if (d.revision() != null) {
            Revision r = d.revision();
            g.writeObjectFieldStart("revision");
            optional(g, "status", r.status());
            optional(g, "version", r.version());
            optional(g, "last_reviewed", r.lastReviewed() == null ? null : r.lastReviewed().toString());
            extra(g, r.extra());
            g.writeEndObject();
        }
        optional(g, "hash", d.hash());
        if (d.flags() != null) {
            GeneratorFlags f = d.flags();
            g.writeObjectFieldStart("flags");
            flag(g, "ai_generated_style", f.aiGeneratedStyle());
            flag(g, "has_images", f.hasImages());
            flag(g, "image_heavy", f.imageHeavy());
            flag(g, "needs_human_review", f.needsHumanReview());
            extra(g, f.extra());
            g.writeEndObject();
        }
        stringList(g, "checklist", d.checklist());
        if (d.entities() != null) {
            g.writeArrayFieldStart("entities");
            for (Entity e : d.entities()) {
                g.writeStartObject();
                optional(g, "name", e.name());
                optional(g, "type", e.type());
                extra(g, e.extra());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (d.imageSources() != null) {
            g.writeArrayFieldStart("image_sources");
            for (ImageSource s : d.imageSources()) {
                g.writeStartObject();
                optional(g, "source", s.source());
                optional(g, "url", s.url());
                optional(g, "caption", s.caption());
                extra(g, s.extra());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (d.payload() != null) {
            Payload p = d.payload();
            g.writeObjectFieldStart("payload");
            optional(g, "source_id", p.sourceId());
            optional(g, "generator", p.generator());
            if (p.paragraphs() != null) {
                g.writeNumberField("paragraphs", p.paragraphs());
            }
            optional(g, "scenario", p.scenario());
            if (p.seed() != null) {
                g.writeNumberField("seed", p.seed());
            }
            extra(g, p.extra());
            g.writeEndObject();
        }
        stringList(g, "notes", d.notes());
        extra(g, d.extra());
    }

    public static void writeScores(JsonGenerator g, String name, Scores s) throws IOException {
        g.writeObjectFieldStart(name);
        score(g, "quality", s.quality());
        score(g, "freshness", s.freshness());
        score(g, "depth", s.depth());
        score(g, "clarity", s.clarity());
        extra(g, s.extra());
        g.writeEndObject();
    }

    /** The four scores as an object with every key, null where the draft has none (the review's imported scores). */
    public static void writeEveryScore(JsonGenerator g, String name, Scores s) throws IOException {
        g.writeObjectFieldStart(name);
        for (ScoreName score : ScoreName.values()) {
            Integer value = s.get(score);
            g.writeFieldName(score.key());
            if (value == null) {
                g.writeNull();
            } else {
                g.writeNumber(value);
            }
        }
        g.writeEndObject();
    }

    private static void score(JsonGenerator g, String name, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value);
        }
    }

    private static void flag(JsonGenerator g, String name, Boolean value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value ? 1 : 0);
        }
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void stringList(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values == null) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static void extra(JsonGenerator g, Map<String, Object> extra) throws IOException {
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            g.writeFieldName(e.getKey());
            writePlain(g, e.getValue());
        }
    }

    /** Writes a plain value tree as {@link PlainTreeReader} builds it. */
    public static void writePlain(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writePlain(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writePlain(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeString(value.toString());
        }
    }
}
