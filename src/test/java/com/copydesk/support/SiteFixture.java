package com.copydesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A small static site's content folder (test resources {@code site/content}), as Hugo and
 * Jekyll sites hold them: YAML, TOML and JSON front matter, a section's {@code _index.md}, a
 * page bundle, a Jekyll post, a glossary page whose {@code reference} is a URL, and files that
 * are no pages (README, LICENSE, no front matter, no title, a headless bundle, a section whose
 * {@code _index.md} cascades {@code build: {render: never}}).
 */
public final class SiteFixture {
    /** The pages, by the reference each takes from its path. */
    public static final Map<String, String> PAGES = Map.of(
            "_index", "_index.md",
            "posts", "posts/_index.md",
            "posts/first", "posts/first.md",
            "posts/second", "posts/second.md",
            "posts/bundle", "posts/bundle/index.md",
            "_posts/2024-05-01-jekyll-title", "_posts/2024-05-01-jekyll-title.md",
            "glossary/seed", "glossary/seed.md",
            "docs/heading", "docs/heading.md",
            "snippets", "snippets/_index.md");

    /** The files that are no pages, with the reason the import gives. */
    public static final Map<String, String> SKIPPED = Map.of(
            "README.md", "a README or LICENSE file",
            "LICENSE.md", "a README or LICENSE file",
            "docs/notes.md", "no front matter",
            "docs/untitled.md", "no title and no '# ' heading",
            "headless/index.md", "headless (not rendered by the site)",
            "snippets/one.md", "in a headless section (cascade of an _index.md)",
            "snippets/deeper/two.md", "in a headless section (cascade of an _index.md)");

    private SiteFixture() {
    }

    /** Copies the content folder to {@code target} and returns it. */
    public static Path copyTo(Path target) {
        try {
            Path source = Path.of(SiteFixture.class.getResource("/site/content").toURI());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
