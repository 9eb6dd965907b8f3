package com.copydesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.FileHandler;

import static org.assertj.core.api.Assertions.assertThat;

/** The log file named in messages is the one this process writes, also beside a second Copydesk. */
class LoggingTest {
    @TempDir
    Path folder;

    @Test
    void theFirstProcessWritesCopydesk0Log() throws Exception {
        assertOwnLogIsCopydesk0();
    }

    @Test
    void aLockLeftByAGoneProcessIsReused() throws Exception {
        Files.createFile(folder.resolve("copydesk.0.log.lck"));
        assertOwnLogIsCopydesk0();
    }

    /** Opens the log as the app does and checks that the file it names is copydesk.0.log. */
    private void assertOwnLogIsCopydesk0() throws Exception {
        FileHandler handler = new FileHandler(folder.resolve("copydesk.%g.log").toString(), 1024, 5, true);
        try {
            assertThat(Logging.ownLogFile(folder)).isEqualTo(folder.resolve("copydesk.0.log"));
        } finally {
            handler.close();
        }
    }

    @Test
    void besideAnotherRunningCopydeskTheSecondLogFileIsNamed() throws Exception {
        // Another process holds copydesk.0.log, as a Copydesk window already open would.
        Path holder = folder.resolve("HoldLog.java");
        Files.writeString(holder, """
                import java.util.logging.FileHandler;
                public class HoldLog {
                    public static void main(String[] args) throws Exception {
                        FileHandler handler = new FileHandler(args[0] + "/copydesk.%g.log", 1024, 5, true);
                        System.out.println("ready");
                        System.in.read();
                        handler.close();
                    }
                }
                """);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                holder.toString(), folder.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");
            FileHandler handler = new FileHandler(folder.resolve("copydesk.%g.log").toString(), 1024, 5, true);
            try {
                assertThat(Logging.ownLogFile(folder)).isEqualTo(folder.resolve("copydesk.0.log.1"));
                assertThat(folder.resolve("copydesk.0.log.1")).exists();
            } finally {
                handler.close();
            }
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(20, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
    }
}
