package com.copydesk.model;

import java.util.Locale;

/**
 * What a rule judges (the contract's "Rules" section): a draft's own text, the generator's meta
 * fields and how they fit the body, or the draft against other drafts. A site of human-written
 * pages has no generator meta; telling the kinds apart lets a report set meta findings aside.
 */
public enum RuleScope {
    /** The draft's own text: title, summary, body. */
    CONTENT,
    /** The generator's meta fields, or how they fit the body. */
    META,
    /** The draft compared with other drafts: duplicate titles, near-duplicates. */
    RELATION;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
