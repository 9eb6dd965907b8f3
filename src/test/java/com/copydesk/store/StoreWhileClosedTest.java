package com.copydesk.store;

import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A native file dialog runs with the store closed in this process: a dialog that opens and closes
 * the store's files (as GTK does to guess their type) then has no lock of ours to drop.
 */
class StoreWhileClosedTest {
    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");

    @Test
    void duringTheActionNoDescriptorOfTheStoreIsOpenAndAfterItTheStoreWorksOn() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux: /proc/self/fd lists descriptors");
        Path file = dir.resolve("desk.db");
        try (Store store = Store.open(file, clock)) {
            store.write(c -> c.createStatement().executeUpdate("CREATE TABLE t (x INTEGER)"));
            store.read(c -> count(c.createStatement()));
            assertThat(openFilesOf(file)).as("before: the store is open").isNotEmpty();

            AtomicReference<List<Path>> during = new AtomicReference<>();
            boolean ran = store.whileClosed(Duration.ofSeconds(5), () -> {
                during.set(openFilesOf(file));
                readAndClose(file);                       // what the dialog does: open, read, close
                readAndClose(Path.of(file + "-wal"));
            });

            assertThat(ran).isTrue();
            assertThat(during.get()).as("no descriptor for a dialog's close() to drop locks with").isEmpty();
            store.write(c -> c.createStatement().executeUpdate("INSERT INTO t VALUES (1)"));
            int rows = store.read(c -> count(c.createStatement()));
            assertThat(rows).isEqualTo(1);
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void workAskedForDuringTheActionWaitsForItAndThenRuns() throws Exception {
        try (Store store = Store.open(dir.resolve("desk.db"), clock)) {
            store.write(c -> c.createStatement().executeUpdate("CREATE TABLE t (x INTEGER)"));
            CountDownLatch asked = new CountDownLatch(1);
            AtomicReference<CompletableFuture<Integer>> write = new AtomicReference<>();
            boolean ran = store.whileClosed(Duration.ofSeconds(5), () -> {
                write.set(CompletableFuture.supplyAsync(() -> {
                    asked.countDown();
                    return store.write(c -> c.createStatement().executeUpdate("INSERT INTO t VALUES (1)"));
                }));
                await(asked);
                assertThat(write.get()).as("waits while the store is closed").isNotDone();
            });
            assertThat(ran).isTrue();
            assertThat(write.get().get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
    }

    @Test
    void aStoreBusyLongerThanTheWaitIsNotClosedAndTheActionDoesNotRun() throws Exception {
        try (Store store = Store.open(dir.resolve("desk.db"), clock)) {
            store.write(c -> c.createStatement().executeUpdate("CREATE TABLE t (x INTEGER)"));
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> longRead = CompletableFuture.runAsync(() -> store.read(c -> {
                reading.countDown();
                await(release);
                return null;
            }));
            await(reading);
            boolean[] ran = {false};
            assertThat(store.whileClosed(Duration.ofMillis(200), () -> ran[0] = true)).isFalse();
            assertThat(ran[0]).isFalse();
            release.countDown();
            longRead.get(10, TimeUnit.SECONDS);
            int afterwards = store.read(c -> count(c.createStatement()));
            assertThat(afterwards).as("the store works on").isZero();
        }
    }

    private static int count(Statement s) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
            return rs.getInt(1);
        }
    }

    private static void readAndClose(Path file) {
        if (Files.exists(file)) {
            try (var in = Files.newInputStream(file)) {
                in.readNBytes(4096);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static List<Path> openFilesOf(Path store) {
        List<Path> ours = List.of(store, Path.of(store + "-wal"), Path.of(store + "-shm"));
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd);
                } catch (IOException e) {
                    return null;
                }
            }).filter(ours::contains).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
