package com.copydesk.ui.overview;

import com.copydesk.app.Copydesk;
import com.copydesk.bench.DraftGenerator;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import com.copydesk.ui.common.FxBackground;
import com.copydesk.ui.main.SampleDrafts;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the overview as an editor would see it, in a tab of a window, on the sample drafts and a
 * few thousand generated ones imported over five weeks, some decided, some with the editor's
 * scores. For looking at it and for screenshots, on the test class path (see {@code bench/run.sh}):
 * {@code java -cp ... 'com.copydesk.ui.overview.OverviewDemo$Launch' [light|dark] [empty] [bottom] [width=N] [height=N]}.
 */
public final class OverviewDemo extends Application {
    private static final Pattern SCORE = Pattern.compile("\"(quality|freshness|depth|clarity)\":(\\d+)");

    private Copydesk desk;
    private FxBackground background;

    /** The main class: one that extends Application cannot be it on a plain class path. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            Application.launch(OverviewDemo.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        boolean dark = args.contains("dark");
        Application.setUserAgentStylesheet(dark ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path dir = Files.createTempDirectory("copydesk-overview-demo");
        MutableClock clock = MutableClock.at("2026-10-19T08:30:00Z");
        desk = Copydesk.open(dir.resolve("demo.db"), clock);
        if (!args.contains("empty")) {
            fill(dir, clock);
        }
        background = new FxBackground();
        OverviewPane overview = OverviewPane.create(desk, background);
        TabPane tabs = new TabPane(new Tab("Queue", new Label("The queue")), new Tab("Overview", overview.node()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(1);
        int width = args.stream().filter(a -> a.startsWith("width=")).map(a -> Integer.parseInt(a.substring(6)))
                .findFirst().orElse(1400);
        int height = args.stream().filter(a -> a.startsWith("height=")).map(a -> Integer.parseInt(a.substring(7)))
                .findFirst().orElse(900);
        stage.setScene(new Scene(tabs, width, height));
        stage.setTitle("Copydesk \u2014 overview demo (" + (dark ? "PrimerDark" : "PrimerLight") + ")");
        stage.show();
        overview.refresh();
        if (args.contains("bottom")) {
            // For a look at the lower cards: scroll down once the charts are drawn.
            overview.model().loadingProperty().addListener((obs, was, now) -> {
                if (!now) {
                    Platform.runLater(() -> ((javafx.scene.control.ScrollPane) overview.node()
                            .lookup("#overviewBoard")).setVvalue(1));
                }
            });
        }
    }

    /** The samples, then generated drafts on most weekdays of five weeks, in growing batches. */
    private void fill(Path dir, MutableClock clock) {
        desk.imports().run(List.of(new SampleDrafts().extract()), TaskMonitor.NONE);
        DraftGenerator generator = new DraftGenerator(7, 40);
        Random random = new Random(11);
        int n = 0;
        for (int day = 0; day < 36; day++) {
            clock.advance(Duration.ofDays(1));
            boolean weekend = (day + 1) % 7 >= 5;
            int count = weekend ? (random.nextInt(4) == 0 ? 40 : 0) : 60 + random.nextInt(80) + day * 6;
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                lines.add(spread(generator.draft(n++), random));
            }
            if (!lines.isEmpty()) {
                desk.imports().run(List.of(DraftFiles.lines(dir.resolve("day-" + day + ".jsonl"), lines)),
                        TaskMonitor.NONE);
            }
        }
        desk.store().write(c -> {
            try (var s = c.createStatement()) {
                // Older drafts are more often decided; editors lower some scores on the way.
                s.executeUpdate("UPDATE draft SET status = 'approved' WHERE id % 10 < 4 AND id < 2400 AND severity < 3");
                s.executeUpdate("UPDATE draft SET status = 'rejected' WHERE id % 10 = 4 AND id < 2000");
                s.executeUpdate("UPDATE draft SET ed_clarity = max(0, coalesce(imp_clarity, 60) - 25) WHERE id % 23 = 0");
            }
            return null;
        });
    }

    /** Generated scores are 55..100; spread them like a generator's real ones, and leave some out. */
    private static String spread(String draft, Random random) {
        Matcher m = SCORE.matcher(draft);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            int mean = switch (name) {
                case "quality" -> 74;
                case "freshness" -> 62;
                case "depth" -> 68;
                default -> 79;
            };
            int value = (int) Math.round(Math.max(0, Math.min(100, mean + random.nextGaussian() * 13)));
            boolean missing = name.equals("depth") && random.nextInt(14) == 0
                    || name.equals("freshness") && random.nextInt(40) == 0;
            m.appendReplacement(out, missing ? "\"" + name + "_unscored\":0" : "\"" + name + "\":" + value);
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
        if (desk != null) {
            desk.close();
        }
        Platform.exit();
    }
}
