package com.copydesk.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the rules that judge the generator's meta ({@link RuleScope#META})
 * apply to a draft, set by the rule file's top-level {@code generator_meta}. A static site's
 * pages, written by people, carry none of that meta: flagging each of them {@code missing-meta},
 * {@code low-score} or {@code stale-review} would bury the findings that matter.
 */
public enum GeneratorMeta {
    /** Meta rules judge the drafts that carry some generator meta and pass over those with none. */
    AUTO,
    /** Meta rules judge every draft: a draft without meta is flagged for it. */
    REQUIRED,
    /** No draft is judged by the meta rules. */
    ABSENT;

    public static final String KEY = "generator_meta";

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GeneratorMeta> fromKey(String key) {
        for (GeneratorMeta value : values()) {
            if (value.key().equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Whether the meta rules judge a draft that does, or does not, carry generator meta. */
    public boolean judges(boolean hasMeta) {
        return this == REQUIRED || (this == AUTO && hasMeta);
    }
}
