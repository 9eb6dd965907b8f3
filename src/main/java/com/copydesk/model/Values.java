package com.copydesk.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies that keep records immutable. JSON values kept "as they came" may contain nulls, which
 * {@link List#copyOf} and {@link Map#copyOf} reject, and maps must keep their key order.
 */
public final class Values {
    private Values() {
    }

    public static <T> List<T> list(List<T> list) {
        if (list == null) {
            return null;
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    public static <K, V> Map<K, V> orderedMap(Map<K, V> map) {
        if (map == null) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public static <K, V> Map<K, V> nullableOrderedMap(Map<K, V> map) {
        return map == null ? null : orderedMap(map);
    }
}
