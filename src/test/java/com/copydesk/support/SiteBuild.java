package com.copydesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Hugo itself, building a minimal site around a content folder, for tests of what the Markdown export publishes. */
public final class SiteBuild {
    private SiteBuild() {
    }

    /** Whether a {@code hugo} command can be run here. */
    public static boolean hugoIsInstalled() {
        try {
            Process p = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Writes a minimal site (a config and the two layouts every page needs) around {@code site}'s
     * {@code content} folder, runs {@code hugo --quiet} and returns its output folder.
     */
    public static Path hugo(Path site) {
        try {
            Files.writeString(site.resolve("hugo.toml"), """
                    baseURL = "https://example.org/"
                    title = "Export check"
                    disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                    """);
            Path layouts = Files.createDirectories(site.resolve("layouts/_default"));
            for (String layout : List.of("single.html", "list.html")) {
                Files.writeString(layouts.resolve(layout), "<html><body>{{ .Content }}</body></html>\n");
            }
            Process p = new ProcessBuilder("hugo", "--quiet", "--source", site.toString(), "--destination",
                    site.resolve("public").toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new AssertionError("hugo failed:\n" + output);
            }
            return site.resolve("public");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
