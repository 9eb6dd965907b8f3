package com.copydesk.ui.draft;

import com.copydesk.model.Draft;
import com.copydesk.model.Entity;
import com.copydesk.model.GeneratorFlags;
import com.copydesk.model.ImageSource;
import com.copydesk.model.Payload;
import com.copydesk.model.Revision;
import com.copydesk.model.Scores;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a draft's meta box shows, decided without JavaFX: every field but the title and the body,
 * in the draft format's order, with human labels; known objects (scores, revision, generator
 * flags, payload) as maps with human keys; empty and absent fields left out; the fields the
 * format does not name last, as they came. The view only lays these rows out.
 */
final class MetaFields {
    private MetaFields() {
    }

    /** The rows for {@code draft}; none for null. */
    static List<MetaField> of(Draft draft) {
        List<MetaField> rows = new ArrayList<>();
        if (draft == null) {
            return rows;
        }
        add(rows, "Reference", draft.reference());
        add(rows, "Topic", draft.topic());
        add(rows, "Summary", draft.summary());
        add(rows, "AI outline", humanKeys(draft.aiOutline()));
        add(rows, "AI brief", draft.aiBrief());
        add(rows, "Stack", draft.stack());
        add(rows, "Tools", draft.tools());
        add(rows, "Code language", draft.codeLanguage());
        add(rows, "Difficulty", draft.difficulty());
        add(rows, "Reading time", draft.readingTime() == null ? null
                : draft.readingTime() + (draft.readingTime() == 1 ? " minute" : " minutes"));
        add(rows, "View count", draft.viewCount() == null ? null : String.format(Locale.ROOT, "%,d", draft.viewCount()));
        add(rows, "Score", scores(draft.score()));
        add(rows, "Revision", revision(draft.revision()));
        add(rows, "Hash", draft.hash());
        add(rows, "Generator flags", flags(draft.flags()));
        add(rows, "Checklist", draft.checklist());
        add(rows, "Entities", draft.entities() == null ? null : draft.entities().stream().map(MetaFields::entity).toList());
        add(rows, "Image sources", draft.imageSources() == null ? null
                : draft.imageSources().stream().map(MetaFields::imageSource).toList());
        add(rows, "Payload", payload(draft.payload()));
        add(rows, "Notes", draft.notes());
        for (Map.Entry<String, Object> field : draft.extra().entrySet()) {
            if (!isEmpty(field.getValue())) {
                rows.add(new MetaField(field.getKey(), field.getValue(), true));
            }
        }
        return rows;
    }

    private static void add(List<MetaField> rows, String label, Object value) {
        if (!isEmpty(value)) {
            rows.add(new MetaField(label, value, false));
        }
    }

    /** Absent, blank, or a list or object with nothing in it. */
    private static boolean isEmpty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String text) {
            return text.isBlank();
        }
        if (value instanceof List<?> list) {
            return list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty();
        }
        return false;
    }

    private static Map<String, Object> humanKeys(Map<String, String> map) {
        if (map == null) {
            return null;
        }
        Map<String, Object> human = new LinkedHashMap<>();
        map.forEach((key, value) -> human.put(key.replace('_', ' '), value));
        return human;
    }

    private static Map<String, Object> scores(Scores scores) {
        if (scores == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        present(map, "quality", scores.quality());
        present(map, "freshness", scores.freshness());
        present(map, "depth", scores.depth());
        present(map, "clarity", scores.clarity());
        map.putAll(scores.extra());
        return map;
    }

    private static Map<String, Object> revision(Revision revision) {
        if (revision == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        present(map, "status", revision.status());
        present(map, "version", revision.version());
        present(map, "last reviewed", revision.lastReviewed() == null ? null : revision.lastReviewed().toString());
        map.putAll(revision.extra());
        return map;
    }

    private static Map<String, Object> flags(GeneratorFlags flags) {
        if (flags == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        present(map, "AI generated style", yesNo(flags.aiGeneratedStyle()));
        present(map, "has images", yesNo(flags.hasImages()));
        present(map, "image heavy", yesNo(flags.imageHeavy()));
        present(map, "needs human review", yesNo(flags.needsHumanReview()));
        map.putAll(flags.extra());
        return map;
    }

    /** A field of a known object, when the draft has it (null there means absent, not null). */
    private static void present(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String yesNo(Boolean flag) {
        return flag == null ? null : flag ? "yes" : "no";
    }

    private static Object entity(Entity entity) {
        if (entity == null) {
            return MetaText.NULL;
        }
        String name = entity.name() == null ? "" : entity.name();
        if (entity.extra().isEmpty()) {
            return entity.type() == null || entity.type().isBlank() ? name : name + " (" + entity.type() + ")";
        }
        Map<String, Object> map = new LinkedHashMap<>();
        present(map, "name", entity.name());
        present(map, "type", entity.type());
        map.putAll(entity.extra());
        return map;
    }

    private static Object imageSource(ImageSource source) {
        if (source == null) {
            return MetaText.NULL;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        present(map, "caption", source.caption());
        present(map, "source", source.source());
        present(map, "url", source.url());
        map.putAll(source.extra());
        return map;
    }

    private static Map<String, Object> payload(Payload payload) {
        if (payload == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        present(map, "source id", payload.sourceId());
        present(map, "generator", payload.generator());
        present(map, "paragraphs", payload.paragraphs());
        present(map, "scenario", payload.scenario());
        present(map, "seed", payload.seed());
        map.putAll(payload.extra());
        return map;
    }
}
