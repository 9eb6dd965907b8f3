package com.copydesk.model;

import java.util.Map;

/** Generator facts about how the draft was made. */
public record Payload(String sourceId, String generator, Integer paragraphs, String scenario, Long seed,
                      Map<String, Object> extra) {
    public Payload {
        extra = Values.orderedMap(extra);
    }
}
