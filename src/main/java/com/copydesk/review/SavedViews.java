package com.copydesk.review;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.IntRange;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.ScoreName;
import com.copydesk.store.SettingRepository;
import com.copydesk.store.Store;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Filters the editor saved under a name, kept in the store with its drafts. */
public final class SavedViews {
    private static final String KEY = "saved_views";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final SettingRepository settings;

    public SavedViews(Store store, SettingRepository settings) {
        this.store = store;
        this.settings = settings;
    }

    /** The saved views by name, in the order they were saved. */
    public Map<String, DraftFilter> all() {
        return store.reading(tx -> read(settings.get(tx, KEY).orElse("{}")));
    }

    public void save(String name, DraftFilter filter) {
        String key = name.strip();
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a view needs a name");
        }
        store.transaction(tx -> {
            Map<String, DraftFilter> views = read(settings.get(tx, KEY).orElse("{}"));
            views.put(key, filter);
            settings.put(tx, KEY, write(views));
            return null;
        });
    }

    public void delete(String name) {
        store.transaction(tx -> {
            Map<String, DraftFilter> views = read(settings.get(tx, KEY).orElse("{}"));
            views.remove(name);
            settings.put(tx, KEY, write(views));
            return null;
        });
    }

    static String write(Map<String, DraftFilter> views) {
        ObjectNode root = JSON.createObjectNode();
        views.forEach((name, f) -> {
            ObjectNode node = root.putObject(name);
            f.statuses().stream().map(ReviewStatus::key).sorted().forEach(node.putArray("statuses")::add);
            if (f.flagged() != null) {
                node.put("flagged", f.flagged());
            }
            if (f.rule() != null) {
                node.put("rule", f.rule());
            }
            if (f.search() != null) {
                node.put("search", f.search());
            }
            ObjectNode scores = node.putObject("scores");
            f.scoreRanges().forEach((score, range) -> scores.putArray(score.key()).add(range.min()).add(range.max()));
            new TreeSet<>(f.difficulties()).forEach(node.putArray("difficulties")::add);
            new TreeSet<>(f.stacks()).forEach(node.putArray("stacks")::add);
            new TreeSet<>(f.tools()).forEach(node.putArray("tools")::add);
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    static Map<String, DraftFilter> read(String text) {
        Map<String, DraftFilter> views = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return views; // a damaged setting loses the saved views, never the store
        }
        root.properties().forEach(entry -> {
            JsonNode node = entry.getValue();
            Map<ScoreName, IntRange> ranges = new EnumMap<>(ScoreName.class);
            node.path("scores").properties().forEach(s -> ScoreName.fromKey(s.getKey()).ifPresent(score ->
                    ranges.put(score, new IntRange(s.getValue().path(0).asInt(0), s.getValue().path(1).asInt(100)))));
            views.put(entry.getKey(), new DraftFilter(
                    texts(node.path("statuses"), k -> ReviewStatus.fromKey(k).orElse(null)),
                    node.has("flagged") ? node.get("flagged").asBoolean() : null,
                    node.path("rule").isTextual() ? node.get("rule").asText() : null,
                    node.path("search").isTextual() ? node.get("search").asText() : null,
                    ranges, texts(node.path("difficulties"), Function.identity()),
                    texts(node.path("stacks"), Function.identity()), texts(node.path("tools"), Function.identity())));
        });
        return views;
    }

    private static <T> Set<T> texts(JsonNode array, Function<String, T> convert) {
        List<T> values = new java.util.ArrayList<>();
        array.forEach(v -> {
            T value = convert.apply(v.asText());
            if (value != null) {
                values.add(value);
            }
        });
        return Set.copyOf(values);
    }
}
