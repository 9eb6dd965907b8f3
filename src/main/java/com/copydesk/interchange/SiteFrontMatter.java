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
 * <p>The derived keys are always written, because they decide what the site does (an approved
 * draft with a field {@code draft: true} of its own would never be published). A field of one of
 * these names that the draft has itself goes under {@code copydesk_replaced} instead, and reading
 * the file back puts it where it was. In a file written by hand, such a field is kept unless it
 * equals the derived value, the one case the two cannot be told apart.
 */
public final class SiteFrontMatter {
    public static final String DATE = "date";
    public static final String TAGS = "tags";
    public static final String DRAFT = "draft";
    /** Where the draft's own fields named like a derived key are kept in the front matter. */
    public static final String REPLACED = "copydesk_replaced";

    private SiteFrontMatter() {
    }

    /** The derived keys to write for the draft, in order. */
    public static Map<String, Object> derived(Draft draft) {
        return derivable(draft);
    }

    /** The draft's own fields that a derived key takes the place of, to be written under {@link #REPLACED}. */
    public static Map<String, Object> replaced(Draft draft) {
        Map<String, Object> own = new LinkedHashMap<>();
        for (String key : derivable(draft).keySet()) {
            if (draft.extra().containsKey(key)) {
                own.put(key, draft.extra().get(key));
            }
        }
        return own;
    }

    /** The draft without the fields that are only the derived keys read back, with its replaced fields put back. */
    public static Draft withoutDerived(Draft read) {
        Map<String, Object> derivable = derivable(read);
        DraftBuilder builder = null;
        for (Map.Entry<String, Object> key : derivable.entrySet()) {
            if (read.extra().containsKey(key.getKey()) && key.getValue().equals(read.extra().get(key.getKey()))) {
                builder = builder == null ? read.toBuilder() : builder;
                builder.withoutExtra(key.getKey());
            }
        }
        if (read.extra().get(REPLACED) instanceof Map<?, ?> own) {
            builder = builder == null ? read.toBuilder() : builder;
            builder.withoutExtra(REPLACED);
            for (Map.Entry<?, ?> field : own.entrySet()) {
                builder.extra(String.valueOf(field.getKey()), field.getValue());
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
