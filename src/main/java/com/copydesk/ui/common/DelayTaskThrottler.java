package com.copydesk.ui.common;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs the newest of tasks that come quicker than the delay, as JabRef's DelayTaskThrottler
 * does for its entry editor, with one difference: the first task of a burst runs at once. One
 * J (or the next draft after A) shows without waiting; J held down or pressed fast shows the
 * draft it stops on, and at most one draft per delay on the way, instead of rendering every
 * draft it passes. On the FX thread only (a {@link PauseTransition} keeps the time).
 */
public final class DelayTaskThrottler {
    private final PauseTransition quiet;
    private Runnable waiting;

    public DelayTaskThrottler(Duration delay) {
        quiet = new PauseTransition(delay);
        quiet.setOnFinished(e -> {
            Runnable task = waiting;
            waiting = null;
            if (task != null) {
                task.run();
                quiet.playFromStart(); // the task that ran opens another quiet spell
            }
        });
    }

    /** Runs the task now if the last one ran longer than the delay ago; else it replaces the one waiting. */
    public void schedule(Runnable task) {
        if (quiet.getStatus() == Animation.Status.RUNNING) {
            waiting = task;
            return;
        }
        task.run();
        quiet.playFromStart();
    }

    /** Forgets the task waiting, if any (the list it came from went away). */
    public void cancel() {
        waiting = null;
    }
}
