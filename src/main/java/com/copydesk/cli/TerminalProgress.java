package com.copydesk.cli;

import com.copydesk.review.TaskMonitor;

import java.io.PrintWriter;

/** Shows progress on a terminal only; scripts and pipes get clean output. */
final class TerminalProgress implements TaskMonitor {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private long lastShown;
    private boolean showing;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(long done, long total, String message) {
        if (!terminal || total <= 0) {
            return;
        }
        if (done >= total) {
            // the end is never skipped, or a stale percentage would stay on the line
            if (showing) {
                err.print("\r\u001b[K");
                err.flush();
                showing = false;
            }
            return;
        }
        long now = System.nanoTime();
        if (showing && now - lastShown < 500_000_000L) {
            return;
        }
        lastShown = now;
        showing = true;
        err.printf("\r%3d%% %s\u001b[K", done * 100 / total, message);
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
