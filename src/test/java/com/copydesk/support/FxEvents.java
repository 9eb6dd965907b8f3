package com.copydesk.support;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import org.testfx.api.FxRobot;

/** Events the headless (Monocle) robot does not make itself. */
public final class FxEvents {
    private FxEvents() {
    }

    /** What a right click (or the menu key) sends to a node. */
    public static void requestContextMenu(FxRobot robot, Node target) {
        robot.interact(() -> {
            Bounds bounds = target.localToScene(target.getBoundsInLocal());
            Point2D screen = target.localToScreen(target.getBoundsInLocal().getCenterX(),
                    target.getBoundsInLocal().getCenterY());
            Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    bounds.getCenterX(), bounds.getCenterY(), screen.getX(), screen.getY(), false,
                    new PickResult(target, bounds.getCenterX(), bounds.getCenterY())));
        });
    }
}
