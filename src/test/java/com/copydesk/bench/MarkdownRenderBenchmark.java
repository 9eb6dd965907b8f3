package com.copydesk.bench;

import atlantafx.base.theme.PrimerLight;
import com.copydesk.interchange.DraftJson;
import com.copydesk.model.Draft;
import com.copydesk.support.FxCall;
import com.copydesk.support.Samples;
import com.copydesk.ui.draft.MarkdownView;
import com.copydesk.ui.draft.MetaBoxView;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How long the draft panel's views take on the FX thread: {@code show} plus CSS and layout, the
 * work done before the next frame can be drawn (drawing itself is on the render thread). For the
 * sample draft's body and meta box over many runs, and for long and hostile 5 MB bodies: the
 * background parse, and the longest gap between two frames while one is shown (how long the
 * window could not react), and each further page.
 * Usage: {@code bench/run.sh MarkdownRenderBenchmark [RUNS]} (default 2000); headless on Monocle
 * unless {@code -Dbench.display=true}.
 */
public final class MarkdownRenderBenchmark {
    private static Stage stage;
    private static VBox holder;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        if (!Boolean.getBoolean("bench.display")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Draft draft = new DraftJson().parse(Samples.text(Samples.JSON));
        System.out.printf(Locale.ROOT, "markdown render benchmark: sample body %,d characters, %d runs, %s%n",
                draft.body().length(), runs, Boolean.getBoolean("bench.display") ? "on a display" : "headless (Monocle)");

        MarkdownView body = fx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            holder = new VBox();
            ScrollPane scroll = new ScrollPane(holder);
            scroll.setFitToWidth(true);
            stage = new Stage();
            stage.setScene(new Scene(scroll, 700, 760));
            stage.show();
            MarkdownView view = new MarkdownView();
            holder.getChildren().setAll(view);
            return view;
        });

        // The sample body, again and again, as when the editor moves through drafts.
        report("sample body: show + CSS + layout", time(runs, () -> {
            body.show(draft);
            layout();
        }));
        report("sample body: show only (nodes built)", time(runs, () -> body.show(draft)));
        fx(() -> {
            body.show(draft);
            layout();
            return null;
        });
        System.out.printf(Locale.ROOT, "  (%d nodes in the rendered sample body)%n", fx(() -> count(body)));

        MetaBoxView meta = fx(() -> {
            MetaBoxView view = new MetaBoxView();
            holder.getChildren().setAll(view);
            return view;
        });
        report("sample meta box: show + CSS + layout", time(runs, () -> {
            meta.show(draft);
            layout();
        }));

        // A 5 MB body: what the FX thread does, and the parse in the background.
        fx(() -> holder.getChildren().setAll(body));
        StringBuilder big = new StringBuilder();
        int paragraphs = 0;
        while (big.length() < 5_000_000) {
            big.append("Paragraph ").append(++paragraphs)
                    .append(" says *something* about caching, `indexes` and [queues](https://example.com/q).\n\n");
        }
        String huge = big.toString();
        List<Double> showCalls = new ArrayList<>();
        List<Double> parses = new ArrayList<>();
        List<Double> stalls = new ArrayList<>();
        List<Double> nextPages = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            Frames frames = Frames.start();
            showCalls.add(fxMillis(() -> {
                body.showMarkdown(huge, List.of());
                layout();
            }));
            long parseStart = System.nanoTime();
            while (fx(() -> body.renderingProperty().get())) {
                Thread.sleep(1);
            }
            parses.add((System.nanoTime() - parseStart) / 1e6);
            Thread.sleep(300);
            stalls.add(frames.stop());
            for (int page = 0; page < 5; page++) {
                nextPages.add(fxMillis(() -> {
                    Button more = (Button) body.lookup("#showMore");
                    more.fire();
                    layout();
                }));
            }
        }
        System.out.printf(Locale.ROOT, "5 MB body (%,d characters, %,d paragraphs with emphasis, code and a link):%n",
                huge.length(), paragraphs);
        report("  FX thread: show() + CSS + layout (says 'Rendering')", showCalls);
        report("  parse in the background until the first page is shown", parses);
        report("  longest frame gap from show() to first page drawn", stalls);
        report("  FX thread: 'Show more', next page built + CSS + layout", nextPages);

        String words = "word ".repeat(1_000_000);
        report("5 MB single paragraph: longest frame gap", firstPage(body, words));
        StringBuilder list = new StringBuilder();
        for (int i = 1; list.length() < 5_000_000; i++) {
            list.append(i).append(". item ").append(i).append(" with *some* words\n");
        }
        report("5 MB ordered list: longest frame gap", firstPage(body, list.toString()));
        report("5,000-deep quotes and lists: longest frame gap", firstPage(body,
                ">".repeat(5_000) + " deep\n\n" + "- ".repeat(5_000) + "listed\n"));
        Platform.exit();
    }

    /** The longest gap between frames while the body is shown, parsed and its first page drawn. */
    private static List<Double> firstPage(MarkdownView body, String markdown) throws Exception {
        List<Double> gaps = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            Frames frames = Frames.start();
            fx(() -> {
                body.showMarkdown(markdown, List.of());
                return null;
            });
            while (fx(() -> body.renderingProperty().get())) {
                Thread.sleep(1);
            }
            Thread.sleep(300);
            gaps.add(frames.stop());
        }
        return gaps;
    }

    /** Frame times, from an animation timer: the longest gap is the longest the FX thread was busy. */
    private static final class Frames {
        private final List<Long> times = new ArrayList<>();
        private AnimationTimer timer;

        static Frames start() throws Exception {
            Frames frames = new Frames();
            fx(() -> {
                frames.timer = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        frames.times.add(System.nanoTime());
                    }
                };
                frames.timer.start();
                return null;
            });
            Thread.sleep(50);
            return frames;
        }

        double stop() throws Exception {
            return fx(() -> {
                timer.stop();
                long longest = 0;
                for (int i = 1; i < times.size(); i++) {
                    longest = Math.max(longest, times.get(i) - times.get(i - 1));
                }
                return longest / 1e6;
            });
        }
    }

    private static void layout() {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    private static int count(Node node) {
        int count = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += count(child);
            }
        }
        return count;
    }

    /**
     * Runs {@code work} on the FX thread {@code runs} times after as many warm-up runs, one
     * {@code runLater} each so that frames are drawn in between as in the app (a parent keeps the
     * nodes removed from it until the next frame); milliseconds each.
     */
    private static List<Double> time(int runs, Runnable work) throws Exception {
        for (int i = 0; i < runs; i++) {
            fxMillis(work);
        }
        List<Double> times = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            times.add(fxMillis(work));
        }
        return times;
    }

    private static double fxMillis(Runnable work) throws Exception {
        return fx(() -> {
            long start = System.nanoTime();
            work.run();
            return (System.nanoTime() - start) / 1e6;
        });
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return FxCall.get(work, 5, TimeUnit.MINUTES);
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-58s median %7.2f ms   p90 %7.2f ms   min %7.2f   max %7.2f   (n=%d)%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.9) - 1)),
                sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }
}
