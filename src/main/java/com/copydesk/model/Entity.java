package com.copydesk.model;

import java.util.Map;

/** A named thing the draft is about, e.g. {@code python services} of type {@code stack}. */
public record Entity(String name, String type, Map<String, Object> extra) {
    public Entity {
        extra = Values.orderedMap(extra);
    }
}
