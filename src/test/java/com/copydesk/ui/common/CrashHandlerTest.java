package com.copydesk.ui.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** The handler's rules, without a window: log with the stack trace, one report at a time. */
class CrashHandlerTest {
    private final Logger logger = Logger.getLogger(CrashHandler.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    @Test
    void logsTheFailureWithItsStackTraceAndReportsItNamingTheLog() {
        List<CrashHandler.Report> shown = new ArrayList<>();
        Path log = Path.of("/home/editor/.local/share/copydesk/logs/copydesk.0.log");
        CrashHandler handler = new CrashHandler(log, shown::add, Runnable::run);
        IllegalStateException boom = new IllegalStateException("the queue lost its place");

        handler.uncaughtException(new Thread("copydesk-job"), boom);

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).isSameAs(boom);
            assertThat(record.getMessage()).contains("copydesk-job");
        });
        assertThat(shown).singleElement().satisfies(report -> {
            assertThat(report.failure()).isSameAs(boom);
            assertThat(CrashHandler.message(report)).contains("the queue lost its place").contains(log.toString());
        });
    }

    @Test
    void whileAReportIsOpenFurtherFailuresAreOnlyLogged() {
        List<CrashHandler.Report> shown = new ArrayList<>();
        CrashHandler handler = new CrashHandler(Path.of("copydesk.0.log"), shown::add, Runnable::run);

        for (int i = 0; i < 5; i++) {
            handler.uncaughtException(Thread.currentThread(), new RuntimeException("again " + i));
        }
        assertThat(shown).hasSize(1);
        assertThat(logged).hasSize(5);
        assertThat(handler.unreported()).isEqualTo(4);

        shown.get(0).dismissed().run();
        handler.uncaughtException(Thread.currentThread(), new RuntimeException("after"));
        assertThat(shown).hasSize(2);
    }

    @Test
    void withoutALogTheMessageSaysSo() {
        List<CrashHandler.Report> shown = new ArrayList<>();
        new CrashHandler(null, shown::add, Runnable::run).uncaughtException(Thread.currentThread(), new OutOfMemoryError());
        assertThat(CrashHandler.message(shown.get(0))).contains("OutOfMemoryError").contains("could not keep a log");
    }

    @Test
    void aReportThatCannotBeShownDoesNotBlockTheNext() {
        List<CrashHandler.Report> shown = new ArrayList<>();
        CrashHandler handler = new CrashHandler(null, report -> {
            shown.add(report);
            throw new IllegalStateException("no dialog today");
        }, Runnable::run);
        handler.uncaughtException(Thread.currentThread(), new RuntimeException("one"));
        handler.uncaughtException(Thread.currentThread(), new RuntimeException("two"));
        assertThat(shown).hasSize(2);
    }
}
