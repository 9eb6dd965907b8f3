package com.copydesk.store;

import java.util.Collection;

/**
 * Told, inside the writing transaction, which drafts an action changed, so that what derives
 * from them (the rules' findings) lands in the same transaction.
 */
@FunctionalInterface
public interface DraftsChanged {
    DraftsChanged NOTHING = (tx, ids, textChanged) -> {
    };

    /** @param textChanged whether titles or bodies changed, not only the editor's state */
    void changed(Tx tx, Collection<Long> draftIds, boolean textChanged);
}
