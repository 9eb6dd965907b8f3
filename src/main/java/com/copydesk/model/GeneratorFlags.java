package com.copydesk.model;

import java.util.Map;

/** What the generator says about its own draft; a null flag is absent. */
public record GeneratorFlags(Boolean aiGeneratedStyle, Boolean hasImages, Boolean imageHeavy,
                             Boolean needsHumanReview, Map<String, Object> extra) {
    public GeneratorFlags {
        extra = Values.orderedMap(extra);
    }

    public static boolean isSet(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
