package com.copydesk.model;

import java.util.List;
import java.util.Map;

/**
 * One draft in the interchange form of {@code draft-format.md}. Optional fields are null when
 * absent; {@code extra} keeps, in their order, the top-level fields the format does not name, so
 * that a draft is exported as it came.
 */
public record Draft(
        String reference,
        String title,
        String body,
        String topic,
        String summary,
        Map<String, String> aiOutline,
        String aiBrief,
        List<String> stack,
        List<String> tools,
        String codeLanguage,
        String difficulty,
        Integer readingTime,
        Long viewCount,
        Scores score,
        Revision revision,
        String hash,
        GeneratorFlags flags,
        List<String> checklist,
        List<Entity> entities,
        List<ImageSource> imageSources,
        Payload payload,
        List<String> notes,
        Map<String, Object> extra) {

    public Draft {
        aiOutline = Values.nullableOrderedMap(aiOutline);
        stack = Values.list(stack);
        tools = Values.list(tools);
        checklist = Values.list(checklist);
        entities = Values.list(entities);
        imageSources = Values.list(imageSources);
        notes = Values.list(notes);
        extra = Values.orderedMap(extra);
    }

    /** A minimal draft; the other fields are set with the {@code with…} methods or a builder. */
    public static Draft of(String reference, String title, String body) {
        return new Draft(reference, title, body, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, Map.of());
    }

    public Scores scoreOrEmpty() {
        return score == null ? Scores.EMPTY : score;
    }

    public List<String> checklistOrEmpty() {
        return checklist == null ? List.of() : checklist;
    }

    public Draft withScore(Scores newScore) {
        return toBuilder().score(newScore).build();
    }

    public Draft withChecklist(List<String> newChecklist) {
        return toBuilder().checklist(newChecklist).build();
    }

    /**
     * Whether the draft carries any of the generator's meta ({@code checklist}, {@code score},
     * {@code payload}, {@code revision}): a page a person wrote for a site has none of it.
     */
    public boolean hasGeneratorMeta() {
        return checklist != null || score != null || payload != null || revision != null;
    }

    public DraftBuilder toBuilder() {
        return new DraftBuilder(this);
    }
}
