package com.copydesk.interchange;

import com.copydesk.model.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Which top-level fields differ between two versions of a draft, as text for the history. */
public final class DraftDiff {

    /** A field's value before and after; text fields as they are, others as JSON, absent as null. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    private final DraftJson json;
    private final ObjectMapper mapper = new ObjectMapper();

    public DraftDiff(DraftJson json) {
        this.json = json;
    }

    public List<FieldChange> changes(Draft before, Draft after) {
        Map<String, String> old = fields(before);
        Map<String, String> now = fields(after);
        Set<String> names = new LinkedHashSet<>(old.keySet());
        names.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String a = old.get(name);
            String b = now.get(name);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(name, a, b));
            }
        }
        return changes;
    }

    private Map<String, String> fields(Draft draft) {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            JsonNode tree = mapper.readTree(json.toJson(draft));
            for (Map.Entry<String, JsonNode> e : tree.properties()) {
                fields.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a draft's own JSON must read back", e);
        }
        return fields;
    }
}
