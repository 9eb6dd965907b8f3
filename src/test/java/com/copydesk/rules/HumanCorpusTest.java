package com.copydesk.rules;

import com.copydesk.model.Draft;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.ruleset.RuleSetLoader;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content rules on published, human-written programming documentation (src/test/resources/
 * corpus/human, see its SOURCES.md): text an editor would approve, full of code, HTML shown in
 * code, emoji and example links. Meta rules are set aside: such pages have no generator meta.
 */
class HumanCorpusTest {
    /** The bar: at most one article in fifty carries a content finding at warn or above. */
    private static final double MOST_FLAGGED = 0.02;

    @Test
    void fewHumanWrittenArticlesCarryAContentFinding() throws IOException, URISyntaxException {
        RuleSet rules = new RuleSetLoader().defaults();
        List<Rule> content = rules.rules().stream().filter(r -> r.scope() == RuleScope.CONTENT).toList();
        assertThat(content).as("content rules in force").isNotEmpty();
        List<Draft> articles = articles();
        assertThat(articles).as("the corpus is there").hasSizeGreaterThan(1_100);

        Map<String, Integer> byRule = new TreeMap<>();
        List<String> flagged = new ArrayList<>();
        for (Draft article : articles) {
            RuleContext context = new RuleContext(LocalDate.parse("2026-11-25"), BodyFacts.of(article.body()),
                    CorpusFacts.NONE);
            List<Finding> findings = new ArrayList<>();
            for (Rule rule : content) {
                findings.addAll(rule.check(article, context));
            }
            List<Finding> serious = findings.stream().filter(f -> f.severity().compareTo(Severity.WARN) >= 0).toList();
            serious.stream().map(Finding::rule).distinct().forEach(r -> byRule.merge(r, 1, Integer::sum));
            if (!serious.isEmpty()) {
                flagged.add(article.reference() + ": " + serious);
            }
        }
        double rate = (double) flagged.size() / articles.size();
        System.out.printf(Locale.ROOT, "human corpus: %d articles, %d (%.1f%%) with a content finding at warn or above%n",
                articles.size(), flagged.size(), 100 * rate);
        for (Rule rule : content) {
            int count = byRule.getOrDefault(rule.id(), 0);
            System.out.printf(Locale.ROOT, "  %-20s %4d  %.1f%%%n", rule.id(), count, 100.0 * count / articles.size());
        }
        flagged.forEach(f -> System.out.println("  " + f));
        assertThat(rate).as("share of human-written articles flagged: %s", flagged).isLessThanOrEqualTo(MOST_FLAGGED);
    }

    /**
     * Each Markdown file as a draft: the folder's own files and those in its zip archives (one per
     * source, see SOURCES.md: the text is read as written, the archive only keeps the folder small).
     */
    static List<Draft> articles() throws IOException, URISyntaxException {
        Path folder = Path.of(HumanCorpusTest.class.getResource("/corpus/human").toURI());
        List<Draft> drafts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".md") && !name.equals("SOURCES.md")) {
                    drafts.add(article(name, Files.readString(file, StandardCharsets.UTF_8)));
                } else if (name.endsWith(".zip")) {
                    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                        for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".md"))
                                .sorted(Comparator.comparing(ZipEntry::getName)).toList()) {
                            try (InputStream in = zip.getInputStream(entry)) {
                                drafts.add(article(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                            }
                        }
                    }
                }
            }
        }
        return drafts;
    }

    /** A file as a draft: its title from the front matter (YAML or TOML) or first heading, else the file name. */
    private static Draft article(String name, String content) {
        String text = content;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // as the importer reads a file
        }
        String title = null;
        for (String fence : List.of("---", "+++")) {
            if (text.startsWith(fence + "\n")) {
                int end = text.indexOf("\n" + fence, 4);
                if (end > 0) {
                    for (String line : text.substring(4, end).split("\n")) {
                        if (line.startsWith("title:") || line.startsWith("title =")) {
                            title = line.substring(line.indexOf(line.startsWith("title:") ? ':' : '=') + 1).strip()
                                    .replaceAll("^[\"']|[\"']$", "");
                        }
                    }
                    int next = text.indexOf('\n', end + 4);
                    text = next < 0 ? "" : text.substring(next + 1);
                }
            }
        }
        if (title == null) {
            title = text.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip())
                    .orElse(name.replaceAll("\\.md$", ""));
        }
        return Draft.of(name, title, text);
    }
}
