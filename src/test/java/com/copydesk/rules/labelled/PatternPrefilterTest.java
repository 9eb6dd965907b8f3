package com.copydesk.rules.labelled;

import com.copydesk.model.Draft;
import com.copydesk.rules.BodyFacts;
import com.copydesk.rules.Patterns;
import com.copydesk.rules.Phrases;
import com.copydesk.rules.RuleConfig;
import com.copydesk.rules.ruleset.RuleSetLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The literal prefilter skips no text a pattern matches: every default pattern of the chatbot
 * and placeholder rules, over every text of the labelled and held-out sets, the human corpus and
 * their prose blocks (as written and in upper case), matches only where the
 * prefilter lets it run, read from the text as written and, as the rules read prose, from the
 * normalised text in the same pass as the phrases. And every default pattern gets a prefilter (none runs on every text).
 */
class PatternPrefilterTest {
    @Test
    void everyDefaultPatternHasLiteralsToWaitFor() {
        for (String rule : List.of("chatbot-leftover", "placeholder")) {
            List<Pattern> compiled = patterns(rule);
            Patterns patterns = new Patterns(compiled);
            for (int i = 0; i < patterns.size(); i++) {
                assertThat(patterns.clauseCount(i)).as("%s pattern %s", rule, compiled.get(i)).isPositive();
            }
        }
    }

    @Test
    void thePrefilterNeverSkipsATextAPatternMatches() throws IOException, URISyntaxException {
        List<String> texts = texts();
        assertThat(texts).hasSizeGreaterThan(5_000);
        int matched = 0;
        for (String rule : List.of("chatbot-leftover", "placeholder")) {
            List<Pattern> compiled = patterns(rule);
            Patterns patterns = new Patterns(compiled);
            Phrases phrases = new Phrases(List.of("as an ai language model"), patterns.literals());
            for (String base : texts) {
                for (String text : List.of(base, base.toUpperCase(Locale.ROOT))) {
                    boolean[] run = patterns.mayMatch(text);
                    // the rules' own path: the literals found with the phrases, in the normalised text
                    boolean[] runNormalised = patterns.mayMatch(phrases.find(Phrases.normalise(text)).literals());
                    for (int i = 0; i < compiled.size(); i++) {
                        if (compiled.get(i).matcher(text).find()) {
                            matched++;
                            assertThat(run != null && run[i]).as("%s pattern %s skipped on %s", rule, compiled.get(i), text).isTrue();
                            assertThat(runNormalised != null && runNormalised[i])
                                    .as("%s pattern %s skipped on the normalised %s", rule, compiled.get(i), text).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(matched).as("matches checked").isGreaterThan(500);
    }

    private static List<Pattern> patterns(String rule) {
        RuleConfig config = new RuleSetLoader().defaults().configs().stream().filter(c -> c.id().equals(rule)).findFirst().orElseThrow();
        return config.texts("patterns").stream().map(Pattern::compile).toList();
    }

    private static List<String> texts() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>();
        LabelledSet set = new LabelledSet();
        List<Draft> drafts = new ArrayList<>();
        set.clean.forEach(l -> drafts.add(l.draft()));
        set.planted.forEach(l -> drafts.add(l.draft()));
        for (Draft draft : drafts) {
            texts.add(draft.title());
            texts.add(draft.summary() == null ? "" : draft.summary());
            texts.add(draft.body());
        }
        texts.addAll(Defects.CHATBOT);
        texts.addAll(Defects.PLACEHOLDERS);
        texts.addAll(HeldOutDefects.CHATBOT);
        texts.addAll(HeldOutDefects.LATER_CHATBOT);
        texts.addAll(HeldOutDefects.PLACEHOLDERS);
        Path folder = Path.of(PatternPrefilterTest.class.getResource("/corpus/human").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        List<String> blocks = new ArrayList<>();
        for (String text : texts) {
            BodyFacts.of(text).blocks().forEach(b -> blocks.add(b.prose()));
        }
        texts.addAll(blocks);
        return texts;
    }
}
