package com.copydesk.interchange;

import com.copydesk.model.Draft;
import com.copydesk.model.DraftBuilder;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The front-matter keys that Hugo, Jekyll and Eleventy act on and that a draft does not have as
 * such: {@code date} (from {@code revision.last_reviewed}), {@code tags} (stack, then tools,
 * without repeats) and {@code draft: false}. The Markdown export adds them; the Markdown reader
 * drops them again where they hold exactly what would be derived, so that an exported file reads
 * back as the same draft.
 *
 * <p>A draft that has a field of one of these names of its own keeps it: it is written instead of
 * the derived value. Read back, such a field is kept unless it equals the derived value, the one
 * case the two cannot be told apart.
 */
public final class SiteFrontMatter {
    public static final String DATE = "date";
    public static final String TAGS = "tags";
    public static final String DRAFT = "draft";

    private SiteFrontMatter() {
    }

    /** The derived keys to write for the draft, in order, leaving out those the draft has itself. */
    public static Map<String, Object> derived(Draft draft) {
        Map<String, Object> keys = new LinkedHashMap<>(derivable(draft));
        keys.keySet().removeAll(draft.extra().keySet());
        return keys;
    }

    /** The draft without the fields that are only the derived keys read back. */
    public static Draft withoutDerived(Draft read) {
        Map<String, Object> derivable = derivable(read);
        DraftBuilder builder = null;
        for (Map.Entry<String, Object> key : derivable.entrySet()) {
            if (read.extra().containsKey(key.getKey()) && key.getValue().equals(read.extra().get(key.getKey()))) {
                builder = builder == null ? read.toBuilder() : builder;
                builder.withoutExtra(key.getKey());
            }
        }
        return builder == null ? read : builder.build();
    }

    private static Map<String, Object> derivable(Draft draft) {
        Map<String, Object> keys = new LinkedHashMap<>();
        if (draft.revision() != null && draft.revision().lastReviewed() != null) {
            keys.put(DATE, draft.revision().lastReviewed().toString());
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        if (draft.stack() != null) {
            tags.addAll(draft.stack());
        }
        if (draft.tools() != null) {
            tags.addAll(draft.tools());
        }
        if (!tags.isEmpty()) {
            keys.put(TAGS, List.copyOf(tags));
        }
        keys.put(DRAFT, Boolean.FALSE);
        return keys;
    }
}
