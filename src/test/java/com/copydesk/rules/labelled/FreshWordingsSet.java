package com.copydesk.rules.labelled;

import com.copydesk.model.Draft;
import com.copydesk.model.DraftBuilder;
import com.copydesk.model.GeneratorFlags;
import com.copydesk.model.Payload;
import com.copydesk.model.Revision;
import com.copydesk.model.Scores;
import com.copydesk.rules.BodyFacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The third labelled set (issue 12's fresh held-out set): twelve hand-written articles in twelve
 * authors' styles ({@code labelled/fresh-articles.txt}) and plants written apart from the rule
 * file's phrase lists ({@code labelled/fresh-plants.txt}): defects in wordings the rules' authors
 * had not seen, and clean drafts that use the same words innocently (a quoted disclaimer, a
 * template shown in code, "Happy coding!"). Each plant goes into the articles in turn; the meta
 * fits the body (reading time, paragraph count, checklist), so a clean draft is one an editor
 * would approve.
 */
final class FreshWordingsSet {
    /** A draft of the set: {@code rule} is null for a clean draft. */
    record Labelled(Draft draft, String rule, String kind, String text) {
    }

    private record Article(String id, String title, String topic, String summary, String body) {
    }

    final List<Labelled> clean = new ArrayList<>();
    final List<Labelled> planted = new ArrayList<>();

    FreshWordingsSet() {
        List<Article> articles = articles(read("fresh-articles.txt"));
        for (Article article : articles) {
            clean.add(new Labelled(draft(article, article.id(), article.title(), article.summary(), article.body()), null, "article", ""));
        }
        int n = 0;
        // each later batch after the ones before, so that their drafts stay as they were
        String plants = read("fresh-plants.txt") + "\n" + read("fresh-plants-later.txt") + "\n" + read("fresh-plants-third.txt");
        for (String line : plants.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", 5);
            if (f.length != 5) {
                throw new IllegalStateException("not label|rule|kind|where|text: " + line);
            }
            Article article = articles.get(n % articles.size());
            String text = f[4].replace("\\n", "\n");
            Draft draft = plant(article, f[3], text, n, article.id() + "-" + f[0] + "-" + n);
            n++;
            if (f[0].equals("defect")) {
                planted.add(new Labelled(draft, f[1], f[2], text));
            } else if (f[0].equals("clean")) {
                clean.add(new Labelled(draft, null, f[2], text));
            } else {
                throw new IllegalStateException("label is defect or clean: " + line);
            }
        }
    }

    private static Draft plant(Article a, String where, String text, int n, String reference) {
        String title = a.title();
        String summary = a.summary();
        String body = a.body();
        List<String> blocks = Defects.blocks(body);
        List<Integer> prose = Defects.proseBlocks(blocks);
        boolean own = n % 2 == 0; // every other sentence a paragraph of its own
        switch (where) {
            case "title" -> title = text.contains("%T") ? text.replace("%T", title) : text;
            case "summary" -> summary = text.contains("%S") ? text.replace("%S", summary) : text;
            case "start", "middle", "end" -> {
                int index = switch (where) {
                    case "start" -> prose.get(0);
                    case "end" -> prose.get(prose.size() - 1);
                    default -> prose.get(prose.size() / 2);
                };
                if (own) {
                    blocks.add(where.equals("start") ? index : index + 1, text);
                } else {
                    blocks.set(index, where.equals("start") ? text + " " + blocks.get(index) : blocks.get(index) + " " + text);
                }
                body = Defects.join(blocks);
            }
            case "block" -> {
                blocks.add(prose.get(1) + 1, text);
                body = Defects.join(blocks);
            }
            case "cut" -> {
                blocks.set(prose.get(prose.size() - 1), text);
                body = Defects.join(blocks);
            }
            case "tail" -> body = body.strip() + "\n\n" + text + "\n";
            case "repeat" -> {
                String[] pair = text.split(" \\|\\|\\| ", 2);
                blocks.add(prose.get(prose.size() - 2) + 1, pair[1]);
                blocks.add(prose.get(0) + 1, pair[0]);
                body = Defects.join(blocks);
            }
            default -> throw new IllegalStateException("unknown place " + where);
        }
        return draft(a, reference, title, summary, body);
    }

    /** The article's meta, made to fit the body as an editor counts it. */
    private static Draft draft(Article a, String reference, String title, String summary, String body) {
        BodyFacts facts = BodyFacts.of(body);
        List<String> checklist = facts.itemsUnder("implementation checklist");
        return new DraftBuilder()
                .reference("fresh-" + reference)
                .title(title)
                .body(body)
                .topic(a.topic())
                .summary(summary)
                .readingTime(Math.max(1, (int) Math.round(facts.words() / 200.0)))
                .score(new Scores(88, 84, 80, 90))
                .revision(new Revision("final", "1.2", CleanDrafts.TODAY.minusDays(12), Map.of()))
                .flags(new GeneratorFlags(false, false, false, false, Map.of()))
                .checklist(checklist == null ? List.of() : checklist)
                .payload(new Payload("fresh-" + a.id(), "fresh set", facts.proseParagraphs(), "clean", 1L, Map.of()))
                .notes(List.of("reviewed by Ana on 2026-11-10, fine"))
                .build();
    }

    private static List<Article> articles(String text) {
        List<Article> articles = new ArrayList<>();
        for (String part : text.split("\n@article ")) {
            if (part.startsWith("#") || part.isBlank()) {
                continue;
            }
            String id = part.substring(0, part.indexOf('\n')).strip();
            String body = part.substring(part.indexOf("\nbody:\n") + "\nbody:\n".length()).strip() + "\n";
            articles.add(new Article(id, field(part, "title"), field(part, "topic"), field(part, "summary"), body));
        }
        return articles;
    }

    private static String field(String part, String name) {
        for (String line : part.split("\n")) {
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2).strip();
            }
        }
        throw new IllegalStateException("no " + name + " in " + part.substring(0, Math.min(40, part.length())));
    }

    private static String read(String name) {
        try (InputStream in = FreshWordingsSet.class.getResourceAsStream("/labelled/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no /labelled/" + name + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
