package com.copydesk.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written under a temporary name in its destination folder, forced to the disk and only
 * then moved to its final name in one step: the final name never holds a partial file, whenever
 * the process or the machine stops.
 */
final class TempFile implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean done;

    private TempFile(Path path) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
    }

    static TempFile create(Path path) throws IOException {
        return new TempFile(path);
    }

    /** Writes a whole file at {@code path} and forces it to the disk; it stays under that name. */
    static void write(Path path, byte[] bytes) throws IOException {
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                file.write(buffer);
            }
            file.force(false);
        }
    }

    static void moveIntoPlace(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    OutputStream out() {
        return out;
    }

    /** Flushes what was written and forces it to the disk; nothing more is written after. */
    void finishWriting() throws IOException {
        out.flush();
        channel.force(false);
        channel.close();
    }

    /** Whether the finished file holds exactly the bytes of {@code other}. */
    boolean sameContentAs(Path other) throws IOException {
        return Files.isRegularFile(other) && Files.mismatch(path, other) == -1L;
    }

    void moveTo(Path target) throws IOException {
        moveIntoPlace(path, target);
        done = true;
        syncFolder(target.toAbsolutePath().getParent());
    }

    /**
     * Forces the folder's entries to the disk, so that a rename survives a power cut as well as a
     * kill. Windows cannot open a folder; there the rename is as durable as the system makes it.
     */
    static void syncFolder(Path folder) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(folder,
                java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not possible on this system: the rename itself is still atomic
        }
    }

    /** Removes the file unless it was moved into place. */
    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            channel.close();
        }
        if (!done) {
            done = true;
            Files.deleteIfExists(path);
        }
    }
}
