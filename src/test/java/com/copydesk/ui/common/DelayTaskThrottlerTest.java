package com.copydesk.ui.common;

import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The first task of a burst runs at once, the last one runs after it, those between never. */
@ExtendWith(ApplicationExtension.class)
class DelayTaskThrottlerTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aBurstRunsItsFirstAtOnceAndItsLastAfterTheDelay(FxRobot robot) throws Exception {
        List<Integer> ran = new CopyOnWriteArrayList<>();
        DelayTaskThrottler throttler = new DelayTaskThrottler(Duration.millis(300));
        robot.interact(() -> {
            for (int i = 1; i <= 10; i++) {
                int task = i;
                throttler.schedule(() -> ran.add(task));
            }
            assertThat(ran).as("the first at once").containsExactly(1);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ran.size() == 2);
        assertThat(ran).containsExactly(1, 10);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // nothing else is waiting: nothing else runs
        assertThat(ran).containsExactly(1, 10);

        robot.interact(() -> throttler.schedule(() -> ran.add(11)));
        assertThat(ran).as("after a quiet spell, at once again").containsExactly(1, 10, 11);
    }
}
