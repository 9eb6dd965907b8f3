package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that has not happened yet: {@code revision.last_reviewed}, any other field holding a
 * date (a Markdown page's {@code date} or {@code lastmod}, a field of {@code revision} or
 * {@code payload}), or a date written in a generator's note ("checked on 2027-04-01", "verified
 * 1 April 2027"). "Today" is the rules' clock; a day of tolerance covers a generator in another
 * time zone. The body is left alone: an article may well say when a version's support ends.
 */
public record FutureDateRule(Severity severity, int toleranceDays) implements Rule {
    public static final String ID = "future-date";
    public static final RuleScope SCOPE = RuleScope.META;

    private static final int MOST_NAMED = 3;
    private static final Pattern ISO = Pattern.compile("(?<![\\d.-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/.-])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTHS + ",? (\\d{4})\\b");
    /** Words before a date that make it a plan, not a record: "due 2027-01-05", "next review by …". */
    private static final Pattern PLANNED = Pattern.compile(
            "(?i)\\b(?:due|by|before|until|till|next|expires?|expiry|deadline|scheduled|planned|valid through|no later than|from)\\W*(?:on\\W*)?$");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");

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
        LocalDate latest = context.today().plusDays(toleranceDays);
        List<String> future = new ArrayList<>();
        if (draft.revision() != null) {
            LocalDate reviewed = draft.revision().lastReviewed();
            if (reviewed != null && reviewed.isAfter(latest)) {
                future.add("revision.last_reviewed is " + reviewed);
            }
            fields("revision.", draft.revision().extra(), latest, future);
        }
        if (draft.payload() != null) {
            fields("payload.", draft.payload().extra(), latest, future);
        }
        fields("", draft.extra(), latest, future);
        for (String note : draft.notes() == null ? List.<String>of() : draft.notes()) {
            LocalDate date = latestDateIn(note);
            if (date != null && date.isAfter(latest) && future.size() < MOST_NAMED) {
                future.add("a note says " + date + ": \"" + (note.length() <= 80 ? note : note.substring(0, 79) + "\u2026") + "\"");
            }
        }
        if (future.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(ID, severity, "dates after today (" + context.today() + "): " + String.join("; ", future)));
    }

    /** Fields whose value is a date, or a date-time, at the top of a map (a page's date, lastmod). */
    private static void fields(String prefix, Map<String, Object> fields, LocalDate latest, List<String> future) {
        if (fields == null) {
            return;
        }
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (future.size() >= MOST_NAMED) {
                return;
            }
            if (field.getValue() instanceof String value && value.length() <= 40) {
                Matcher m = ISO.matcher(value.strip());
                if (m.lookingAt()) {
                    LocalDate date = date(m.group(1), m.group(2), m.group(3));
                    if (date != null && date.isAfter(latest)) {
                        future.add(prefix + field.getKey() + " is " + date);
                    }
                }
            }
        }
    }

    /** The latest well-formed date written in a text, in any of the usual forms, or null. */
    static LocalDate latestDateIn(String text) {
        LocalDate latest = null;
        if (!hasYear(text)) {
            return null; // most notes hold no date: four digits in a row are the cheap test
        }
        if (text.length() > 2000) {
            text = text.substring(0, 2000);
        }
        for (Pattern numeric : List.of(ISO, SLASHED)) {
            Matcher m = numeric.matcher(text);
            while (m.find()) {
                if (!planned(text, m.start())) {
                    latest = later(latest, date(m.group(1), m.group(2), m.group(3)));
                }
            }
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        while (dmy.find()) {
            if (planned(text, dmy.start())) {
                continue;
            }
            latest = later(latest, date(dmy.group(3), month(dmy.group(2)), dmy.group(1)));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        while (mdy.find()) {
            if (planned(text, mdy.start())) {
                continue;
            }
            latest = later(latest, date(mdy.group(3), month(mdy.group(1)), mdy.group(2)));
        }
        return latest;
    }

    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean planned(String text, int start) {
        return PLANNED.matcher(text.substring(Math.max(0, start - 30), start)).find();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    private static String month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(key)) {
                return String.valueOf(month.getValue());
            }
        }
        return "0";
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null; // 2026-13-45 is no date, and no finding either
        }
    }
}
