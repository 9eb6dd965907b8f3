package com.copydesk.store;

import com.copydesk.model.ScoreName;

/**
 * The editor's fields as the history names them. Each change is kept as text in the form
 * {@link ReviewRepository#apply} takes back, so that undo restores exactly what was there.
 */
public final class ReviewFields {
    public static final String STATUS = "status";
    public static final String REASON = "status_reason";
    public static final String DECIDED_AT = "decided_at";
    public static final String CHECKLIST = "checklist";
    public static final String NOTE = "note";
    /** Not a field: the record that an editor approved despite a blocking finding. */
    public static final String OVERRIDE = "override";

    private ReviewFields() {
    }

    public static String score(ScoreName name) {
        return "score." + name.key();
    }
}
