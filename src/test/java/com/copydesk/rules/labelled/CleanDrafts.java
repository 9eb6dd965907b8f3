package com.copydesk.rules.labelled;

import com.copydesk.model.Draft;
import com.copydesk.model.DraftBuilder;
import com.copydesk.model.Entity;
import com.copydesk.model.GeneratorFlags;
import com.copydesk.model.ImageSource;
import com.copydesk.model.Payload;
import com.copydesk.model.Revision;
import com.copydesk.model.Scores;
import com.copydesk.rules.BodyFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Drafts an editor would approve, in the generator's shape but not one template: each has its own
 * title, a subject's vocabulary, two to four sections of varied sentences, sometimes an image with
 * its source, a list, a code block or a subsection, the implementation checklist, a closing line;
 * scores that pass, a reading time and paragraph count that fit the body, a recent review and notes
 * that ask for nothing. Some carry the near misses a careless rule would flag: {@code {{ }}},
 * {@code TODO}, {@code localhost} and {@code <script>} inside code, "I hope" and "certainly" in
 * prose, a note that records a review, a past date in a note.
 */
final class CleanDrafts {
    static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    private static final List<String> TITLE_PATTERNS = List.of(
            "%P in %S", "A field guide to %P in %S", "%P for %S, step by step", "How we approached %P in %S",
            "Notes on %P with %S", "%S: %P without surprises", "Practical %P for %S teams", "What we learned about %P in %S",
            "%P in %S, measured", "Getting %P right in %S", "%S and %P: a checklist", "Lessons from %P in %S",
            "The quiet cost of %P in %S", "%P in %S on a small team", "Before you start %P in %S",
            "%P in %S: mistakes we made", "A second look at %P in %S", "%P in %S without the drama",
            "Why %P in %S took us a month", "Ten minutes on %P in %S");
    private static final List<String> INTROS = List.of(
            "This note is for developers who want a calm, readable way into %P in %S.",
            "Most teams meet %P in %S sooner than they expect, usually during a busy week.",
            "We spent a quarter on %P in %S, and this is what held up.",
            "If %P in %S has bitten you before, the steps below should feel familiar.",
            "Here is how we handle %P in %S on a content heavy site, with the numbers we watched.");
    private static final List<String> SENTENCES = List.of(
            "Start by measuring the %N before changing anything, and write down what you measured.",
            "A small benchmark on realistic data tells more than a long meeting about the %N.",
            "Keep the configuration of the %N next to the code that reads it.",
            "Every alert about the %N should point to a runbook that a tired person can follow.",
            "A rollback that nobody has tried is only a hope, so rehearse it with %T.",
            "Feature flags let a risky change to the %N reach a few users first.",
            "We used %T to compare the old %N with the new one on the same traffic.",
            "The first version was slower than expected, because every %N was created twice.",
            "Once the %N was cached, the median dropped by a third and stayed there.",
            "Nobody enjoys reading logs at night, so make the %N say what it is doing.",
            "The tricky part of %P is that the %N behaves differently under load.",
            "In %S the %N is cheap to create but expensive to keep around.",
            "Write the migration so that it can run twice without harm.",
            "Certainly the hardest part was agreeing on what \"done\" means for the %N.",
            "I hope the numbers below make the trade-off clear.",
            "Let me explain why we did not simply add more machines.",
            "The %T output is noisy at first, but the pattern shows after a few runs.",
            "Small pull requests made the %N change easy to review and easy to revert.",
            "Document the decision in the repository, where the next developer will look.",
            "Test with production-sized data, since the %N hides its cost on small samples.",
            "A dashboard with three numbers beats one with thirty when %P goes wrong.",
            "We kept the old %N running beside the new one for a week.",
            "The error budget decided the pace of the rollout, not the calendar.",
            "Pairing on the first change spread the knowledge of %T across the team.",
            "It is tempting to tune everything at once, but change one %N at a time.",
            "Read the release notes of %T before upgrading, because defaults change.",
            "Our todo app for the team tracked each %N that still needed a look.",
            "Think of the %N as a contract between two teams.",
            "The same approach works for staging, with smaller limits.",
            "A clear owner for each %N avoids the slow drift that nobody notices.",
            "Capacity planning for the %N is easier with a year of history.",
            "We wrote the postmortem the same day, while the details were fresh.",
            "Two engineers reviewed each step, one of them new to %T.",
            "The cheapest fix was deleting code that no request reached any more.",
            "Latency at the median hid the real problem, which sat in the slowest percent.",
            "A canary on one region caught the regression before customers did.",
            "Naming the %N after what it does, not after who wrote it, helped reviews.",
            "Retries need a budget, or they turn a small outage into a large one.",
            "The staging copy of the %N was a week old, which explained the odd results.",
            "Explaining the change to support in plain words took longer than the change.");
    private static final List<String> HEADINGS = List.of(
            "Why it matters", "Measure first", "The change itself", "Rolling it out", "What to watch",
            "Common mistakes", "A worked example", "Trade-offs", "Before you start", "How we tested it",
            "Numbers from production", "When not to do this");
    private static final List<String> CLOSINGS = List.of(
            "The best result is a change that another developer can inspect, understand and safely repeat.",
            "Keep the commands, metrics and assumptions close to the article so that future maintenance is easier.",
            "Happy shipping!", "That is all it took; the hard part was measuring honestly.",
            "Try it on one %N first, then widen the rollout.");
    private static final List<String> CLOSING_HEADINGS = List.of("Final notes", "Wrapping up", "Next steps", "Conclusion");
    private static final List<String> NOTES = List.of(
            "view count is synthetic and only used for testing meta volume",
            "sanitized array meta is expected to render as a list in the frontend box",
            "reviewed by Ana on 2026-10-02, fine",
            "fact-checked against the vendor documentation",
            "benchmarks verified on 2026-09-14 by Sam",
            "checked on 2026-11-01: all links work",
            "generated from outline version 3",
            "the code samples were run by the author");
    private static final List<String> IMAGE_WORDS = List.of("diagram", "chart", "screenshot", "dashboard", "flow");

    private CleanDrafts() {
    }

    /** {@code count} clean drafts from {@code seed}, each with its own title; the same seed, the same drafts. */
    static List<Draft> make(int count, long seed) {
        Random random = new Random(seed);
        List<String> titles = titles(random);
        if (count > titles.size()) {
            throw new IllegalArgumentException("at most " + titles.size() + " distinct titles");
        }
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(draft(i, titles.get(i), random));
        }
        return drafts;
    }

    /** Every pattern × subject × problem title, shuffled: titles differ, also once normalised. */
    private static List<String> titles(Random random) {
        List<String> titles = new ArrayList<>();
        for (Subject subject : Subject.ALL) {
            for (String problem : subject.problems()) {
                for (String pattern : TITLE_PATTERNS) {
                    titles.add(index(Subject.ALL.indexOf(subject), subject.problems().indexOf(problem))
                            + "\u0000" + capitalise(pattern.replace("%P", problem).replace("%S", subject.stack())));
                }
            }
        }
        Collections.shuffle(titles, random);
        return titles;
    }

    private static String index(int subject, int problem) {
        return subject + ":" + problem;
    }

    private static Draft draft(int n, String keyedTitle, Random random) {
        String[] parts = keyedTitle.split("\u0000");
        String[] key = parts[0].split(":");
        Subject subject = Subject.ALL.get(Integer.parseInt(key[0]));
        String problem = subject.problems().get(Integer.parseInt(key[1]));
        String title = parts[1];

        // the code-span near miss, once a draft: a second copy would be a repeated sentence, rightly found
        boolean[] nearMissUsed = {false};
        StringBuilder body = new StringBuilder();
        List<String> pool = new ArrayList<>(SENTENCES);
        Collections.shuffle(pool, random);
        int[] next = {0};
        body.append(fill(pick(INTROS, random), subject, problem, random)).append(' ')
                .append(fill(pool.get(next[0]++), subject, problem, random)).append("\n\n");
        boolean image = random.nextDouble() < 0.6;
        List<ImageSource> sources = new ArrayList<>();
        if (image) {
            String caption = problem + " " + pick(IMAGE_WORDS, random);
            String url = "https://images.unsplash.com/photo-" + (1_000_000_000_000L + (long) (random.nextDouble() * 8e12))
                    + "?auto=format&w=1200";
            body.append("![").append(caption).append("](").append(url).append(")\n\n");
            sources.add(new ImageSource(pick(List.of("unsplash", "pexels", "own screenshot"), random), url, caption, Map.of()));
        }
        List<String> headings = new ArrayList<>(HEADINGS);
        Collections.shuffle(headings, random);
        int sections = 2 + random.nextInt(3);
        boolean codeShown = false;
        for (int s = 0; s < sections; s++) {
            body.append("## ").append(headings.get(s)).append("\n\n");
            int paragraphs = 1 + random.nextInt(2);
            for (int p = 0; p < paragraphs; p++) {
                body.append(paragraph(pool, next, nearMissUsed, subject, problem, random)).append("\n\n");
            }
            double extra = random.nextDouble();
            if (extra < 0.3 && !codeShown) {
                body.append("```").append(subject.language()).append('\n').append(subject.code()).append("```\n\n");
                codeShown = true;
            } else if (extra < 0.5) {
                body.append("- ").append(fill("measure the %N before and after", subject, problem, random)).append('\n')
                        .append("- ").append(fill("keep the %T output of both runs", subject, problem, random)).append('\n')
                        .append("- write down what surprised you\n\n");
            } else if (extra < 0.65) {
                body.append("### ").append(capitalise(pick(subject.nouns(), random))).append(" details\n\n")
                        .append(paragraph(pool, next, nearMissUsed, subject, problem, random)).append("\n\n");
            }
        }
        List<String> checks = new ArrayList<>(subject.checks());
        Collections.shuffle(checks, random);
        String checklist = "## implementation checklist\n\n" + String.join("", checks.stream().map(c -> "- " + c + "\n").toList()) + "\n";
        boolean endWithList = random.nextDouble() < 0.2;
        if (!endWithList) {
            body.append(checklist);
            body.append("## ").append(pick(CLOSING_HEADINGS, random)).append("\n\n")
                    .append(fill(pick(CLOSINGS, random), subject, problem, random)).append('\n');
        } else {
            body.append("## ").append(pick(CLOSING_HEADINGS, random)).append("\n\n")
                    .append(fill(pick(CLOSINGS, random), subject, problem, random)).append("\n\n").append(checklist.strip()).append('\n');
        }
        String text = body.toString();
        BodyFacts facts = BodyFacts.of(text);
        double minutes = facts.words() / 200.0;
        int readingTime = Math.max(1, random.nextBoolean() ? (int) Math.round(minutes) : (int) Math.ceil(minutes));
        int paragraphCount = facts.proseParagraphs() + (random.nextDouble() < 0.2 ? (random.nextBoolean() ? 1 : -1) : 0);

        List<String> notes = new ArrayList<>(NOTES);
        Collections.shuffle(notes, random);
        Map<String, String> outline = new LinkedHashMap<>();
        outline.put("problem", problem);
        outline.put("stack", subject.stack());
        return new DraftBuilder()
                .reference(String.format("lab-%05d-%04d", n, random.nextInt(10_000)))
                .title(title)
                .body(text)
                .topic(random.nextBoolean() ? problem + " / " + subject.stack() : subject.stack() + ": " + problem)
                .summary(fill("A practical look at %P in %S, with measurements, safe defaults and a rollback plan.", subject, problem, random))
                .aiOutline(outline)
                .stack(List.of(subject.stack(), subject.area(), subject.language()))
                .tools(subject.tools())
                .codeLanguage(subject.language())
                .difficulty(pick(List.of("beginner", "intermediate", "advanced"), random))
                .readingTime(readingTime)
                .viewCount((long) random.nextInt(100_000))
                .score(new Scores(70 + random.nextInt(31), 70 + random.nextInt(31), 70 + random.nextInt(31), 70 + random.nextInt(31)))
                .revision(new Revision(pick(List.of("draft", "expanded", "final"), random), "1." + random.nextInt(10),
                        TODAY.minusDays(random.nextInt(300)), Map.of()))
                .hash(Long.toHexString(random.nextLong()))
                .flags(new GeneratorFlags(random.nextDouble() < 0.7, image, false, false, Map.of()))
                .checklist(checks)
                .entities(List.of(new Entity(subject.stack(), "stack", Map.of()), new Entity(problem, "problem", Map.of())))
                .imageSources(sources)
                .payload(new Payload("lab-" + n, "labelled set", Math.max(0, paragraphCount), "clean", (long) n, Map.of()))
                .notes(notes.subList(0, 1 + random.nextInt(3)))
                .build();
    }

    private static String paragraph(List<String> pool, int[] next, boolean[] nearMissUsed, Subject subject, String problem,
                                    Random random) {
        int sentences = 2 + random.nextInt(2);
        StringBuilder text = new StringBuilder();
        // at most 2 + 4 × 9 sentences a draft, fewer than the pool: no sentence comes twice
        for (int i = 0; i < sentences && next[0] < pool.size(); i++) {
            text.append(i == 0 ? "" : " ").append(fill(pool.get(next[0]++), subject, problem, random));
        }
        if (random.nextDouble() < 0.15 && !nearMissUsed[0]) {
            nearMissUsed[0] = true;
            text.append(" Run `").append(pick(subject.tools(), random)).append("` with `{{ env }}` set, or leave the `TODO` marker in the code.");
        }
        return text.toString();
    }

    static String fill(String template, Subject subject, String problem, Random random) {
        return template.replace("%P", problem).replace("%S", subject.stack())
                .replace("%N", pick(subject.nouns(), random)).replace("%T", pick(subject.tools(), random));
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
