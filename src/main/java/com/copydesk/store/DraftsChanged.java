package com.copydesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Told, inside the writing transaction, which drafts an action changed, so that what derives
 * from them (the rules' findings) lands in the same transaction.
 */
@FunctionalInterface
public interface DraftsChanged {
    DraftsChanged NOTHING = (c, ids, textChanged) -> {
    };

    /** @param textChanged whether titles or bodies changed, not only the editor's state */
    void changed(Connection c, Collection<Long> draftIds, boolean textChanged) throws SQLException;
}
