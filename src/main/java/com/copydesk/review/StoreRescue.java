package com.copydesk.review;

import com.copydesk.model.RecoveryResult;
import com.copydesk.store.Backups;
import com.copydesk.store.StoreRecovery;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** What the window offers for a damaged store: the newest sound backup, and salvaging into a new store. */
public final class StoreRescue {
    private StoreRescue() {
    }

    /** The newest backup beside the store that passes {@code quick_check}, if any (reads each file: not on the FX thread). */
    public static Optional<Path> newestSoundBackup(Path store) {
        return Backups.newestSound(store);
    }

    /** {@code recover --to}: every row that can still be read, into a new store; the damaged file is only read. */
    public static RecoveryResult recover(Path damaged, Path target, Clock clock) {
        return StoreRecovery.run(damaged, target, clock);
    }
}
