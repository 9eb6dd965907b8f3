package com.copydesk.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhrasesTest {
    @Test
    void findsEachPhraseOnceAsWholeWordsInListOrder() {
        Phrases phrases = new Phrases(List.of("hope this helps", "i hope this helps", "let me know if you", "as an ai model"));
        List<Phrases.Match> found = phrases.findAll(Phrases.normalise("Done. I hope this helps!  Let me\nknow if you need more; I HOPE THIS HELPS."));
        assertEquals(List.of(new Phrases.Match("i hope this helps", 6), new Phrases.Match("let me know if you", 25)), found);
        assertEquals(List.of(), phrases.findAll(Phrases.normalise("it has an AI modelling step")));
    }

    @Test
    void findsPhrasesWithCharactersBeyondAscii() {
        Phrases phrases = new Phrases(List.of("【source】", "café crème", "ème"));
        assertEquals(List.of(new Phrases.Match("【source】", 4), new Phrases.Match("café crème", 17)),
                phrases.findAll(Phrases.normalise("see 【source】 and café crème")));
    }

    /** The automaton finds what a scan per phrase finds, on texts made of the phrases' own pieces. */
    @Test
    void agreesWithAScanPerPhrase() {
        List<String> list = List.of("as an ai", "an ai model", "ai", "i hope", "hope this helps", "this", "help", "lorem ipsum",
                "ipsum dolor", "x%", "(link here)", "here", "é", "née ici");
        Phrases phrases = new Phrases(list);
        String[] pieces = {"as", "an", "ai", "model", "i", "hope", "this", "helps", "help", "lorem", "ipsum", "dolor", "x%",
                "(link", "here)", "é", "née", "ici", "aii", ",", "."};
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(20); w > 0; w--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String normalised = Phrases.normalise(text.toString());
            assertEquals(scanPerPhrase(list, normalised), phrases.findAll(normalised), normalised);
        }
    }

    /** The way findAll worked before the automaton, kept as the reference. */
    private static List<Phrases.Match> scanPerPhrase(List<String> list, String normalised) {
        List<Phrases.Match> found = new ArrayList<>();
        for (String phrase : list.stream().map(Phrases::normalise).toList()) {
            int at = Phrases.indexOfWord(normalised, phrase, 0);
            if (at >= 0 && found.stream().noneMatch(m -> m.index() <= at && at + phrase.length() <= m.index() + m.phrase().length())) {
                found.removeIf(m -> at <= m.index() && m.index() + m.phrase().length() <= at + phrase.length());
                found.add(new Phrases.Match(phrase, at));
            }
        }
        return found;
    }
}
