package com.copydesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the window remembers between runs (size, splits, columns, theme), in one small properties
 * file. It is written to a temporary file beside it and moved into place, so a crash mid-write
 * leaves the previous settings, never half of them. Losing settings is never worth an error.
 */
public final class WindowSettings {
    private static final Logger LOG = Logger.getLogger(WindowSettings.class.getName());

    private final Path file;
    private final Properties values = new Properties();

    public WindowSettings(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "the window settings " + file + " cannot be read; starting afresh", e);
            }
        }
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public Optional<Double> number(String key) {
        try {
            return get(key).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void put(String key, Object value) {
        values.setProperty(key, String.valueOf(value));
    }

    public void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                values.store(out, "Copydesk window settings");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the window settings cannot be saved to " + file, e);
        }
    }
}
