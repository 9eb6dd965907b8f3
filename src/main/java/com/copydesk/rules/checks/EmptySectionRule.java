package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.BodyFacts.BlockKind;
import com.copydesk.rules.BodyFacts.TextBlock;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * A heading with nothing under it: no paragraph, list, image, code or HTML before the next
 * heading of the same or a higher level, or before the end. A heading whose only content is a
 * subsection with content is not empty (that is how outlines nest).
 */
public record EmptySectionRule(Severity severity) implements Rule {
    public static final String ID = "empty-section";
    public static final RuleScope SCOPE = RuleScope.CONTENT;

    private static final int MOST_NAMED = 3;
    /** More headings than this make a reference page (a heading per command, option or field); an article has fewer. */
    static final int REFERENCE_HEADINGS = 10;

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
        List<TextBlock> blocks = context.body().blocks();
        if (context.body().sections().size() > REFERENCE_HEADINGS) {
            // a reference page (a heading per command, option or field) is made from a template whose
            // empty slots are the site's own convention, not a draft that stops short
            return List.of();
        }
        // read backwards once: contentBelow[k] says whether anything but a heading comes before
        // the next heading of level k or higher, so an untrusted body of many headings stays linear
        boolean[] contentBelow = new boolean[7];
        List<TextBlock> empty = new ArrayList<>();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            TextBlock block = blocks.get(i);
            // a sentence set as a heading ("##### This rule is only relevant for Lodash 4.") is text under the one before
            if (block.kind() != BlockKind.HEADING || block.text().strip().endsWith(".")) {
                java.util.Arrays.fill(contentBelow, true);
                continue;
            }
            int level = Math.max(1, Math.min(6, block.level()));
            // an empty heading is a stray "#", and one of many words a tagline set as a heading (a README's banner)
            // and one that names code ("body.json()") is one of a group of signatures that share the text after the last
            if (!contentBelow[level] && !block.text().isBlank() && block.text().split("\\s+").length <= 8 && !names(block.text())) {
                empty.add(block);
            }
            for (int k = level; k <= 6; k++) {
                contentBelow[k] = false;
            }
        }
        if (empty.isEmpty()) {
            return List.of();
        }
        java.util.Collections.reverse(empty);
        List<String> named = new ArrayList<>();
        for (TextBlock heading : empty.subList(0, Math.min(MOST_NAMED, empty.size()))) {
            named.add("\"" + heading.text() + "\" (line " + heading.line() + ")");
        }
        String more = empty.size() > named.size() ? " and " + (empty.size() - named.size()) + " more" : "";
        return List.of(new Finding(ID, severity, (empty.size() == 1 ? "a heading has" : "headings have")
                + " nothing under " + (empty.size() == 1 ? "it" : "them") + ": " + String.join(", ", named) + more));
    }

    /** A heading that names code, a signature such as "body.json()". */
    private static boolean names(String heading) {
        return heading.matches("[\\w.$#:]+\\(.*\\)\\S*");
    }
}
