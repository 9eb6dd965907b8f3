package com.copydesk.model;

import java.util.Map;

/** Scores 0..100; a null score is absent. {@code extra} keeps keys the format does not name. */
public record Scores(Integer quality, Integer freshness, Integer depth, Integer clarity,
                     Map<String, Object> extra) {

    public static final Scores EMPTY = new Scores(null, null, null, null, Map.of());

    public Scores {
        extra = Values.orderedMap(extra);
    }

    public Scores(Integer quality, Integer freshness, Integer depth, Integer clarity) {
        this(quality, freshness, depth, clarity, Map.of());
    }

    /** The score a text stands for (a whole number from 0 to 100, spaces around allowed), or null when it is none. */
    public static Integer parse(String text) {
        if (text == null || !text.strip().matches("\\d{1,3}")) {
            return null;
        }
        int value = Integer.parseInt(text.strip());
        return value <= 100 ? value : null;
    }

    public Integer get(ScoreName name) {
        return switch (name) {
            case QUALITY -> quality;
            case FRESHNESS -> freshness;
            case DEPTH -> depth;
            case CLARITY -> clarity;
        };
    }

    public Scores with(ScoreName name, Integer value) {
        return new Scores(
                name == ScoreName.QUALITY ? value : quality,
                name == ScoreName.FRESHNESS ? value : freshness,
                name == ScoreName.DEPTH ? value : depth,
                name == ScoreName.CLARITY ? value : clarity,
                extra);
    }

    /** Each score of {@code overrides} that is set replaces this one's. */
    public Scores overriddenBy(Scores overrides) {
        Scores result = this;
        for (ScoreName name : ScoreName.values()) {
            Integer value = overrides.get(name);
            if (value != null) {
                result = result.with(name, value);
            }
        }
        return result;
    }

    public boolean isEmpty() {
        return quality == null && freshness == null && depth == null && clarity == null && extra.isEmpty();
    }
}
