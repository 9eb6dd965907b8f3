package com.copydesk.app;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * SQLite's native library, extracted once. By itself sqlite-jdbc copies its library out of the
 * jar into a new temporary file at every start (a megabyte written, a random name seeded, the
 * last runs' copies looked for and deleted); this keeps one copy per driver version in the data
 * folder and points the driver at it with its own {@code org.sqlite.lib.path} and
 * {@code org.sqlite.lib.name}. If the copy cannot be made or loaded, the driver extracts its own
 * as before.
 */
final class NativeSqlite {
    private NativeSqlite() {
    }

    /** Points the driver at the cached copy under {@code folder}; does nothing if one was set already. */
    static void useCachedCopy(Path folder) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // someone chose a library: theirs stands
        }
        Path library = cachedCopy(folder);
        if (library != null) {
            System.setProperty("org.sqlite.lib.path", library.getParent().toString());
            System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
        }
    }

    /**
     * The library for this platform under {@code folder}, extracted if it is missing or not the
     * size of the one in the jar; null when the jar has none for this platform or it cannot be written.
     */
    static Path cachedCopy(Path folder) {
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name; // it starts with a slash
        URL url = SQLiteJDBCLoader.class.getResource(resource);
        if (url == null) {
            return null;
        }
        try {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            long size = connection.getContentLengthLong();
            Path dir = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()
                    + resource.substring(0, resource.lastIndexOf('/')).replace("/org/sqlite/native", ""));
            Path library = dir.resolve(name);
            if (Files.isRegularFile(library) && Files.size(library) == size) {
                return library;
            }
            Files.createDirectories(dir);
            // Written beside, then moved: two first starts at once never load a half-written copy.
            Path part = Files.createTempFile(dir, name, ".part");
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
            return Files.size(library) == size ? library : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
