package com.copydesk.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens to an exception nobody caught, on the FX thread or any other: it is logged with its
 * stack trace, and a dialog says so and names the log file, instead of the window going dead or
 * vanishing. Copydesk carries on (the store commits every change, so nothing is half-saved); the
 * dialog also offers to quit. While one such dialog is open, further failures are only logged,
 * so a failure that repeats every frame cannot bury the desk under dialogs.
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(CrashHandler.class.getName());
    /** Also what closing the dialog or Escape means. */
    static final ButtonType CONTINUE = new ButtonType("Continue", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType QUIT = new ButtonType("Quit Copydesk", ButtonBar.ButtonData.OTHER);

    /** What the user is told: the failure, the log it went to, and a way to say "seen". */
    public record Report(Thread thread, Throwable failure, Path logFile, Runnable dismissed) {
    }

    private final Path logFile;
    private final Consumer<Report> show;
    private final Executor fxThread;
    private final AtomicBoolean showing = new AtomicBoolean();
    private final AtomicInteger unreported = new AtomicInteger();

    /**
     * @param logFile the log, named in the dialog; null when there is none
     * @param show    shows a report on the FX thread and calls its {@code dismissed} when closed
     */
    public CrashHandler(Path logFile, Consumer<Report> show) {
        this(logFile, show, Platform::runLater);
    }

    CrashHandler(Path logFile, Consumer<Report> show, Executor fxThread) {
        this.logFile = logFile;
        this.show = show;
        this.fxThread = fxThread;
    }

    /**
     * Handles every uncaught exception from now on: the FX thread's and every other thread's.
     * Call on the FX thread once the toolkit runs.
     */
    public static CrashHandler install(Path logFile) {
        CrashHandler handler = new CrashHandler(logFile, CrashHandler::showDialog);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        try {
            LOG.log(Level.SEVERE, "uncaught exception in thread \"" + thread.getName() + "\"", failure);
        } catch (Throwable cannotLog) {
            failure.printStackTrace();
        }
        if (!showing.compareAndSet(false, true)) {
            unreported.incrementAndGet();
            return;
        }
        Report report = new Report(thread, failure, logFile, () -> showing.set(false));
        try {
            fxThread.execute(() -> {
                try {
                    show.accept(report);
                } catch (Throwable cannotShow) {
                    showing.set(false);
                    LOG.log(Level.SEVERE, "cannot show the error dialog", cannotShow);
                }
            });
        } catch (IllegalStateException toolkitGone) {
            // The window has already closed: the log is all there is.
            showing.set(false);
        }
    }

    /** Failures that came while a dialog was already open: logged, not shown. */
    public int unreported() {
        return unreported.get();
    }

    /** The text of the dialog: what happened and where the details are. */
    public static String message(Report report) {
        String what = report.failure().getMessage() == null ? report.failure().getClass().getSimpleName()
                : report.failure().getMessage();
        String where = report.logFile() == null
                ? "Copydesk could not keep a log; the details are below."
                : "The details are in the log file:\n" + report.logFile();
        return "Copydesk ran into an unexpected error and carried on:\n" + what + "\n\n" + where
                + "\n\nYour drafts are safe: every change is saved as it is made. If Copydesk behaves oddly"
                + " from now on, quit and start it again, and send the log to whoever looks after Copydesk.";
    }

    private static void showDialog(Report report) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message(report), CONTINUE, QUIT);
        alert.setTitle("Copydesk");
        alert.setHeaderText("Something went wrong");
        alert.getDialogPane().setId("crashDialog");
        alert.getDialogPane().setMinWidth(520);
        alert.setResizable(true);
        StringWriter trace = new StringWriter();
        report.failure().printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setExpanded(report.logFile() == null);
        ((Button) alert.getDialogPane().lookupButton(CONTINUE)).setDefaultButton(true);
        AppIcons.apply(alert);
        alert.setOnHidden(event -> {
            report.dismissed().run();
            if (alert.getResult() == QUIT) {
                Platform.exit();
            }
        });
        alert.show();
    }
}
