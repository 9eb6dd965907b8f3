package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.Phrases;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.List;

/**
 * A note from the generator asks for a human look, in any of many wordings ("should be
 * reviewed", "needs a second pair of eyes", "please verify the numbers", "TODO: fact-check",
 * "not sure about", "unverified"). A note that records a review already done ("reviewed by Ana on
 * 2026-10-02, fine", "fact-checked", "verified on …") asks for nothing: the words of such records
 * are set aside before the requests are looked for, so "reviewed by Ana, but please verify the
 * table" still asks. Both lists are in the rule file.
 */
public final class ReviewerNoteRule implements Rule {
    public static final String ID = "reviewer-note";
    public static final RuleScope SCOPE = RuleScope.META;

    private final Severity severity;
    private final List<String> requests;
    private final List<String> records;

    /**
     * @param requests phrases that ask for review
     * @param records  phrases that record a review done, which are not requests even where a request's words are inside them
     */
    public ReviewerNoteRule(Severity severity, List<String> requests, List<String> records) {
        this.severity = severity;
        this.requests = requests.stream().map(Phrases::normalise).filter(p -> !p.isBlank()).toList();
        this.records = records.stream().map(Phrases::normalise).filter(p -> !p.isBlank()).toList();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleScope scope() {
        return SCOPE;
    }

    @Override
    public List<Finding> check(Draft draft, RuleContext context) {
        if (draft.notes() == null) {
            return List.of();
        }
        for (String note : draft.notes()) {
            String request = request(note);
            if (request != null) {
                return List.of(new Finding(ID, severity, "a note asks for review (\"" + request + "\"): \"" + note + "\""));
            }
        }
        return List.of();
    }

    /** The request phrase a note makes, once the records in it are blanked out, or null. */
    String request(String note) {
        String text = Phrases.normalise(note);
        for (String record : records) {
            int at = Phrases.indexOfWord(text, record, 0);
            while (at >= 0) {
                text = text.substring(0, at) + "|".repeat(record.length()) + text.substring(at + record.length());
                at = Phrases.indexOfWord(text, record, at + record.length());
            }
        }
        for (String phrase : requests) {
            if (Phrases.indexOfWord(text, phrase, 0) >= 0) {
                return phrase;
            }
        }
        return null;
    }
}
