package com.copydesk.review;

import com.copydesk.model.RecoveryResult;
import com.copydesk.model.StoreCheckResult;
import com.copydesk.store.StoreCheck;
import com.copydesk.store.StoreRecovery;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Looking after a store file as a whole, without opening it as a workspace (it may be damaged):
 * the full integrity check, and salvaging what can be read into a new store.
 */
public final class StoreMaintenance {
    private StoreMaintenance() {
    }

    public static StoreCheckResult check(Path store) {
        return StoreCheck.run(store);
    }

    public static RecoveryResult recover(Path damaged, Path target, Clock clock) {
        return StoreRecovery.run(damaged, target, clock);
    }
}
