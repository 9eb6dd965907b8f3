package com.copydesk.rules;

import com.copydesk.model.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One rule's settings as the rule file gives them, with typed access that names what is wrong. */
public record RuleConfig(String id, boolean enabled, Severity severity, Map<String, Object> settings) {
    public RuleConfig {
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    public int integer(String key, int min) {
        Object value = settings.get(key);
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.longValue() >= min
                && n.longValue() <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw new RuleConfigException(id + "." + key + " must be a whole number of at least " + min + ", not "
                + value);
    }

    public double number(String key, double min, double max) {
        Object value = settings.get(key);
        if (value instanceof Number n && n.doubleValue() >= min && n.doubleValue() <= max) {
            return n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue();
        }
        throw new RuleConfigException(id + "." + key + " must be a number from " + min + " to " + max + ", not "
                + value);
    }

    public String text(String key) {
        Object value = settings.get(key);
        if (value instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new RuleConfigException(id + "." + key + " must be a text, not " + value);
    }

    public List<String> texts(String key) {
        Object value = settings.get(key);
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String s && !s.isBlank())) {
            List<String> texts = new ArrayList<>();
            list.forEach(v -> texts.add((String) v));
            return texts;
        }
        throw new RuleConfigException(id + "." + key + " must be a list of texts, not " + value);
    }

    public Map<String, Object> map(String key) {
        Object value = settings.get(key);
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return copy;
        }
        throw new RuleConfigException(id + "." + key + " must be a mapping, not " + value);
    }
}
