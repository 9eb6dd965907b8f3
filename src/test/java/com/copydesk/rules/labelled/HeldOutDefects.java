package com.copydesk.rules.labelled;

import com.copydesk.model.Draft;
import com.copydesk.model.Revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.copydesk.rules.labelled.Defects.Plant;
import static com.copydesk.rules.labelled.Defects.blocks;
import static com.copydesk.rules.labelled.Defects.body;
import static com.copydesk.rules.labelled.Defects.insert;
import static com.copydesk.rules.labelled.Defects.join;
import static com.copydesk.rules.labelled.Defects.pick;
import static com.copydesk.rules.labelled.Defects.proseBlocks;

/**
 * A second set of planted content defects, written after the rules and in other wordings than
 * {@link Defects} (no sentence of that set is reused): how the hidden set's generator may phrase
 * a chatbot leftover or a placeholder, truncation at other places (in a list, in a table, in a
 * code block, after a comma), links written other ways. A rule tuned to its first set only would
 * miss here.
 */
final class HeldOutDefects {
    private HeldOutDefects() {
    }

    /** Chatbot leftovers as the "Signs of AI writing" guide lists their kinds, in words of our own. */
    static final List<String> CHATBOT = List.of(
            "As an AI, I do not have personal experience with production outages.",
            "I'm just an AI and cannot test this code on your servers.",
            "I cannot browse the internet, so please check the release page yourself.",
            "My training data only goes up to 2023, so newer versions may behave differently.",
            "As of my latest training data, the library had not reached 1.0.",
            "Sure! Below is a concise article on the subject.",
            "Absolutely, here's a step-by-step guide you can publish.",
            "Here is an article that covers everything you asked for.",
            "I hope you find this article useful!",
            "I hope this gives you a clear picture of the trade-offs.",
            "Let me know if you need further clarification on any step.",
            "Let me know if you want me to adjust the tone.",
            "Would you like me to include code samples for other languages?",
            "Is there anything else you'd like me to add?",
            "If you have any other questions, feel free to ask!",
            "I can't provide legal advice, but here are some general points.",
            "Unfortunately, I can't access live pricing information.",
            "Please note that as an AI, my answers may contain mistakes.",
            "Is there anything else I can help you with?",
            "In summary, I hope this response answers your question.",
            "The planner now prefers bitmap scans citeturn2search7 on large tables.",
            "Pools are warmed at start-up turn1view0 by default.",
            "Rate limits apply per key :contentReference[oaicite:11]{index=11} as documented.",
            "The worker restarts on failure \u301012\u2020L30-L41\u3011 without losing jobs.",
            "Caching cut latency by half [oai_citation:3\u2021redis.io](https://redis.io/docs/).");

    /**
     * Chatbot leftovers added later, from Wikipedia's "Signs of AI writing" (e-mail openers,
     * apologies, a draft handed over), planted after every other defect so that the drafts and
     * the random choices of the plants before them stay as they were.
     */
    static final List<String> LATER_CHATBOT = List.of(
            "I hope this email finds you well and that the migration went smoothly.",
            "I apologize for the confusion in my earlier draft: the flag is on by default.",
            "Here's the final draft of the article, ready to publish.");

    static final List<String> PLACEHOLDERS = List.of(
            "Lorem ipsum dolor sit amet.",
            "[Insert relevant statistic here] teams report fewer incidents.",
            "According to [Source], most outages start with a config change.",
            "Contact us at [email address] for a trial.",
            "Published on [Date] by the platform team.",
            "Replace {{ api_key }} with your own key before running it.",
            "The service is maintained by {{company}}.",
            "Read more on <your-website-url>.",
            "TODO - finish this section.",
            "TBD: pick the final thresholds.",
            "See the dashboard [link] for the latest figures.",
            "We saw a [X%] drop in p99 latency.",
            "The migration took [number] minutes on the staging copy.",
            "Example goes here.",
            "[Add a screenshot of the settings page]",
            "FIXME: numbers below are from last year.");

    static List<Plant> all() {
        List<Plant> plants = new ArrayList<>();
        for (String leftover : CHATBOT) {
            for (String where : List.of("start", "middle", "end")) {
                plants.add(new Plant("chatbot-leftover", "body " + where, (d, r) -> body(d, insert(d.body(), leftover, where, r))));
            }
        }
        plants.add(new Plant("chatbot-leftover", "title", (d, r) -> d.toBuilder().title("Sure! Here's an article titled \"" + d.title() + "\"").build()));
        plants.add(new Plant("chatbot-leftover", "title", (d, r) -> d.toBuilder().title("Absolutely! " + d.title()).build()));
        plants.add(new Plant("chatbot-leftover", "summary", (d, r) -> d.toBuilder().summary("As an AI language model, here is a summary: " + d.summary()).build()));
        plants.add(new Plant("chatbot-leftover", "summary", (d, r) -> d.toBuilder().summary(d.summary() + " turn0search3").build()));
        for (String placeholder : PLACEHOLDERS) {
            for (String where : List.of("start", "middle", "end")) {
                plants.add(new Plant("placeholder", "body " + where, (d, r) -> body(d, insert(d.body(), placeholder, where, r))));
            }
        }
        plants.add(new Plant("placeholder", "title", (d, r) -> d.toBuilder().title("[Title] " + d.title()).build()));
        plants.add(new Plant("placeholder", "title", (d, r) -> d.toBuilder().title(d.title() + " in {{year}}").build()));
        plants.add(new Plant("placeholder", "summary", (d, r) -> d.toBuilder().summary("[Write a one-sentence summary here]").build()));
        for (String how : List.of("mid-list", "mid-table", "mid-code", "trailing comma", "trailing conjunction", "mid-word at the end")) {
            for (int i = 0; i < 8; i++) {
                plants.add(new Plant("truncated", how, (d, r) -> body(d, truncate(d.body(), how, r))));
            }
        }
        for (int i = 0; i < 16; i++) {
            plants.add(new Plant("repeated-text", "paragraph twice, reworded markup", (d, r) -> body(d, repeatWithMarkup(d.body(), r))));
        }
        for (String how : List.of("tilde fence open", "glued h3", "image without )")) {
            for (int i = 0; i < 8; i++) {
                plants.add(new Plant("broken-markdown", how, (d, r) -> body(d, breakMarkdown(d.body(), how, r))));
            }
        }
        for (int i = 0; i < 16; i++) {
            plants.add(new Plant("empty-section", "heading before a heading", (d, r) -> body(d, emptyBeforeHeading(d.body(), r))));
        }
        for (String target : List.of("http://LOCALHOST:8080/", "http://127.0.0.1/", "https://user:pw@192.168.0.10/", "http://10.1.2.3:3000/x",
                "https://docs.example.com/api", "https://shop.example/checkout", "http://myapp.local/", "http://[::1]/",
                "https://203.0.113.9/", "FILE:///tmp/x.html")) {
            for (String form : List.of("link", "reference")) {
                plants.add(new Plant("unsafe-link", form, (d, r) -> body(d, form.equals("reference")
                        ? insert(d.body(), "The [status page][status] shows it.\n\n[status]: " + target, "end", r)
                        : insert(d.body(), "Compare with [this run](" + target + ").", pick(r, "start", "middle", "end"), r))));
            }
        }
        for (String how : List.of("topic", "stack", "tags", "topic and stack")) {
            for (int i = 0; i < 6; i++) {
                plants.add(new Plant("topic-mismatch", how, (d, r) -> Defects.otherSubject(d, how, r)));
            }
        }
        for (int i = 0; i < 20; i++) {
            plants.add(new Plant("future-date", "other wording", HeldOutDefects::futureDate));
        }
        for (String leftover : LATER_CHATBOT) {
            for (String where : List.of("start", "middle", "end")) {
                plants.add(new Plant("chatbot-leftover", "body " + where, (d, r) -> body(d, insert(d.body(), leftover, where, r))));
            }
        }
        return plants;
    }

    static String truncate(String body, String how, Random random) {
        List<String> blocks = blocks(body);
        List<Integer> prose = proseBlocks(blocks);
        int index = prose.get(Math.max(1, prose.size() / 2 + random.nextInt(Math.max(1, prose.size() / 2))));
        List<String> kept = new ArrayList<>(blocks.subList(0, index + 1));
        String last = kept.get(kept.size() - 1).replaceAll("[.!?]+$", "");
        switch (how) {
            case "mid-list" -> kept.add("The steps:\n\n- " + pick(random, "measure the baseline", "turn the flag on") + "\n- "
                    + pick(random, "compare the", "roll back if the", "then watch the p99 and"));
            case "mid-table" -> kept.add("| step | time |\n| --- | --- |\n| warm-up | 2 s |\n| main run | 4");
            case "mid-code" -> kept.add(pick(random, "```js\nconst client = createClient({\n  url: process.env.URL,",
                    "~~~python\ndef handler(event):\n    rows = fetch(", "```\nSELECT id, title\nFROM drafts\nWHERE"));
            case "trailing comma" -> kept.set(kept.size() - 1, last + ",");
            case "trailing conjunction" -> kept.set(kept.size() - 1, last + pick(random, ", so", " or", ", which means that", " while"));
            default -> {
                String[] words = last.split(" ");
                String w = words[words.length - 1];
                kept.set(kept.size() - 1, last.substring(0, last.length() - w.length()) + w.substring(0, Math.max(1, w.length() - 3)));
            }
        }
        return join(kept);
    }

    static String repeatWithMarkup(String body, Random random) {
        List<String> blocks = blocks(body);
        List<Integer> prose = proseBlocks(blocks);
        String paragraph = blocks.get(prose.get(random.nextInt(prose.size())));
        blocks.add(Math.max(1, blocks.size() - 1 - random.nextInt(2)), "*" + paragraph + "*");
        return join(blocks);
    }

    static String breakMarkdown(String body, String how, Random random) {
        List<String> blocks = blocks(body);
        int middle = Defects.middleProse(blocks);
        switch (how) {
            case "tilde fence open" -> blocks.add(middle + 1, "~~~bash\nnpm run build\nnpm test");
            case "glued h3" -> blocks.add(middle + 1, "###Why this matters\n\nBecause every rollback costs an evening of work.");
            default -> blocks.set(middle, blocks.get(middle) + " ![the chart](https://images.unsplash.com/photo-1 and then the numbers.");
        }
        return join(blocks);
    }

    static String emptyBeforeHeading(String body, Random random) {
        List<String> blocks = blocks(body);
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i).startsWith("## ") && (random.nextBoolean() || i > blocks.size() / 2)) {
                blocks.add(i, "## " + pick(random, "Prerequisites", "Background", "Results", "Open questions"));
                return join(blocks);
            }
        }
        blocks.add("## Summary");
        return join(blocks);
    }

    static Draft futureDate(Draft draft, Random random) {
        java.time.LocalDate future = CleanDrafts.TODAY.plusDays(3 + random.nextInt(300));
        List<String> notes = new ArrayList<>(draft.notes());
        switch (random.nextInt(4)) {
            case 0 -> notes.add("numbers confirmed " + future.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                    + " " + future.getDayOfMonth() + ", " + future.getYear());
            case 1 -> notes.add("last verified: " + future.toString().replace('-', '/'));
            case 2 -> notes.add("proofread on " + future);
            default -> {
                return draft.toBuilder().revision(new Revision("final", "2.0", future, Map.of())).build();
            }
        }
        return draft.toBuilder().notes(notes).build();
    }
}
