package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.List;
import java.util.Locale;

/**
 * The stated reading time disagrees with the body: it differs from words ÷ words-per-minute,
 * rounded up or down as the editor likes (a 150-word read is 1 minute, and so is a 40-word one), by
 * more than {@code tolerancePercent} of that and by more than {@code toleranceMinutes}.
 */
public record ReadingTimeRule(Severity severity, int wordsPerMinute, double tolerancePercent,
                              double toleranceMinutes) implements Rule {
    public static final String ID = "reading-time";
    public static final RuleScope SCOPE = RuleScope.META;

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
        if (draft.readingTime() == null) {
            return List.of();
        }
        int words = context.body().words();
        double minutes = (double) words / wordsPerMinute;
        // either rounding is right, and no read is shorter than a minute
        double low = Math.floor(minutes);
        double high = Math.max(1, Math.ceil(minutes));
        int stated = draft.readingTime();
        double difference = stated < low ? low - stated : stated > high ? stated - high : 0;
        boolean relative = minutes == 0 ? difference > 0 : difference / minutes * 100 > tolerancePercent;
        if (relative && difference > toleranceMinutes) {
            return List.of(new Finding(ID, severity, String.format(Locale.ROOT,
                    "reading_time says %d min, but the body has %d words: %.1f min at %d words a minute",
                    draft.readingTime(), words, minutes, wordsPerMinute)));
        }
        return List.of();
    }
}
