package com.copydesk.model;

import java.util.Map;

/** Where an image of the body comes from; matched to the body's image by its caption. */
public record ImageSource(String source, String url, String caption, Map<String, Object> extra) {
    public ImageSource {
        extra = Values.orderedMap(extra);
    }
}
