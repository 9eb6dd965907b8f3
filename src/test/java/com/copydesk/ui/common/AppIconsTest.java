package com.copydesk.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The icon ships in every size, and the window and any dialog shown later carry it. Headless. */
@ExtendWith(ApplicationExtension.class)
class AppIconsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppIcons.applyToEveryWindow();
        stage.setScene(new Scene(new Label("desk"), 300, 200));
        stage.show();
    }

    @Test
    void everySizeIsOnTheClasspath() {
        assertThat(AppIcons.images()).extracting(Image::getWidth)
                .containsExactly(Arrays.stream(AppIcons.SIZES).asDoubleStream().boxed().toArray(Double[]::new));
        assertThat(AppIcons.images()).noneMatch(Image::isError);
    }

    @Test
    void theWindowAndADialogShownLaterCarryTheIcon() throws Exception {
        assertThat(stage.getIcons()).hasSize(AppIcons.SIZES.length);
        Stage dialogStage = WaitForAsyncUtils.asyncFx(() -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, "A dialog that nobody gave an icon");
            alert.initOwner(stage);
            alert.show();
            Stage shown = (Stage) alert.getDialogPane().getScene().getWindow();
            return shown;
        }).get(10, TimeUnit.SECONDS);
        assertThat(dialogStage.getIcons()).containsExactlyElementsOf(AppIcons.images());
        WaitForAsyncUtils.asyncFx(dialogStage::close).get(10, TimeUnit.SECONDS);
    }
}
