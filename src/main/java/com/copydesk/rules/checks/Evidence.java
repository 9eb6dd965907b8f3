package com.copydesk.rules.checks;

import com.copydesk.rules.Phrases;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a phrase rule found, each piece once and the first few only: enough for an editor to fix
 * them, not a page. Shared by the rules that look for phrases and patterns in a draft's text.
 */
final class Evidence {
    private final int most;
    private final List<String> found = new ArrayList<>();
    /** Matchers of one pattern list (a rule uses one list per draft). */
    private Matcher[] matchers;

    Evidence(int most) {
        this.most = most;
    }

    void add(String evidence) {
        if (found.size() < most && !found.contains(evidence)) {
            found.add(evidence);
        }
    }

    boolean isFull() {
        return found.size() >= most;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<String> list() {
        return found;
    }

    /** The phrases (case and apostrophes folded) and the patterns found in a text, said to be {@code where}. */
    void scan(String text, String where, Phrases phrases, List<Pattern> patterns) {
        if (text == null || text.isBlank() || isFull()) {
            return;
        }
        for (Phrases.Match m : phrases.findAll(Phrases.normalise(text))) {
            add("\"" + m.phrase() + "\" " + where);
        }
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = matcher(patterns, i, text);
            if (m.find()) {
                add("\"" + Phrases.quote(m.group(), 60) + "\" " + where);
            }
        }
    }

    /**
     * The i-th pattern's matcher, reset to a text: one per pattern for the whole draft, not one
     * per block read (a draft's dozens of blocks made hundreds of matchers).
     */
    Matcher matcher(List<Pattern> patterns, int i, CharSequence text) {
        if (matchers == null) {
            matchers = new Matcher[patterns.size()];
        }
        if (matchers[i] == null) {
            matchers[i] = patterns.get(i).matcher(text);
        } else {
            matchers[i].reset(text);
        }
        return matchers[i];
    }
}
