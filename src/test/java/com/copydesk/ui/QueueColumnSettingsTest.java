package com.copydesk.ui;

import com.copydesk.app.Copydesk;
import com.copydesk.support.SeededDesk;
import com.copydesk.ui.common.FxBackground;
import com.copydesk.ui.common.WindowSettings;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static com.copydesk.support.DraftFiles.draftJson;
import static org.assertj.core.api.Assertions.assertThat;

/** The queue's columns are remembered by their ids; settings saved by header text still read. */
@ExtendWith(ApplicationExtension.class)
class QueueColumnSettingsTest {
    @TempDir
    static Path dir;
    private Copydesk desk;
    private FxBackground background;
    private final WindowSettings settings = new WindowSettings(null);
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        desk = SeededDesk.open(dir, List.of(
                draftJson("r1", "Caching for python services", "Body one.")));
        // as a settings file written before the columns had ids: keyed by the header text
        settings.put("column.Status.width", 140);
        settings.put("column.Topic.visible", false);
        settings.put("columns.order", "Status|Title|Flags|Qual.|Fresh.|Depth|Clar.|Topic|Last reviewed");
        background = new FxBackground();
        new DeskWindow(desk, background, settings).show(stage, false);
    }

    @AfterEach
    void close() {
        background.close();
        desk.close();
    }

    @Test
    void settingsByHeaderTextAreReadAndWrittenBackByColumnId(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#queueTable").queryAs(TableView.class);
        TableColumn<?, ?> first = table.getColumns().get(0);
        assertThat(first.getText()).isEqualTo("Status");
        assertThat(first.getPrefWidth()).isEqualTo(140);
        assertThat(table.getColumns().stream().filter(c -> c.getText().equals("Topic")).findFirst().orElseThrow().isVisible())
                .isFalse();

        robot.interact(stage::hide); // the window remembers its columns as it closes
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(settings.get("queue.columns.order")).contains("status|title|flags|quality|freshness|depth|clarity|topic|reviewed|who");
        assertThat(settings.get("queue.column.topic.visible")).contains("false");
        assertThat(settings.number("queue.column.status.width")).isPresent();
    }
}
