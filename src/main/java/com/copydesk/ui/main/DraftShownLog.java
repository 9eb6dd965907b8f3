package com.copydesk.ui.main;

import com.copydesk.model.StoredDraft;
import com.copydesk.ui.common.FxThreadCost;
import javafx.scene.Scene;

import java.util.logging.Logger;

/**
 * Logs how long a key that goes to another draft (J, K, a decision that moves on) takes until the
 * new draft's body is laid out, "draft shown N ms after key", with the FX thread's CPU time for it:
 * the figure issue 18 holds to 50 ms. Measured from the key event to the end of the first layout
 * pulse after the draft pane took the new draft. Use on the FX thread.
 */
final class DraftShownLog {
    private static final Logger LOG = Logger.getLogger(DraftShownLog.class.getName());

    private final Scene scene;
    private String key;
    private long pressedNanos;
    private long pressedCpu;
    private long fromId;
    private Runnable waiting;

    DraftShownLog(Scene scene) {
        this.scene = scene;
    }

    /** A key that should show another draft was pressed while {@code shown} is on screen. */
    void pressed(String key, StoredDraft shown) {
        this.key = key;
        this.pressedNanos = System.nanoTime();
        this.pressedCpu = FxThreadCost.cpuMillis();
        this.fromId = shown == null ? -1 : shown.id();
    }

    /** The draft pane took {@code draft}: if it is another than the one the key left, its layout ends the figure. */
    void shown(StoredDraft draft) {
        if (key == null || draft == null || draft.id() == fromId || waiting != null) {
            return;
        }
        String pressed = key;
        key = null;
        waiting = () -> {
            scene.removePostLayoutPulseListener(waiting);
            waiting = null;
            long millis = (System.nanoTime() - pressedNanos) / 1_000_000;
            long cpu = FxThreadCost.cpuMillis() - pressedCpu;
            LOG.info(() -> "draft shown " + millis + " ms after key " + pressed + " (" + draft.reference()
                    + "), the FX thread's CPU " + cpu + " ms");
        };
        scene.addPostLayoutPulseListener(waiting);
    }
}
