package com.copydesk.bench;

import com.copydesk.store.PgAddress;
import com.copydesk.store.Store;
import com.copydesk.store.StoreCopy;

import java.nio.file.Path;

/**
 * Goes on with a {@code copy-store} into a team store that was stopped on its way (the 1M copy:
 * its drafts and texts copied, the rest left for the faster COPY path), from TABLE on.
 * Usage: {@code bench/run.sh CopyStoreContinue SOURCE.db postgresql://USER@HOST:PORT/DB TABLE}.
 */
public final class CopyStoreContinue {
    private CopyStoreContinue() {
    }

    public static void main(String[] args) {
        try (Store source = Store.openForReading(Path.of(args[0])).orElseThrow(
                () -> new IllegalStateException(args[0] + " cannot be opened for reading only (older or newer schema)"));
             Store target = Store.openPostgres(PgAddress.parse(args[1]))) {
            long[] shown = {0};
            StoreCopy.Result result = StoreCopy.continueCopy(source, target, args[2], (table, done, total) -> {
                if (done >= total || done - shown[0] >= 1_000_000) {
                    shown[0] = done >= total ? 0 : done;
                    System.out.printf("%tT copying %s: %,d of %,d rows%n", System.currentTimeMillis(), table, done, total);
                }
            });
            System.out.printf("copied %,d rows from %s on in %.1f s%n",
                    result.tables().stream().mapToLong(StoreCopy.TableCount::rows).sum(), args[2], result.seconds());
        }
    }
}
