package com.copydesk.interchange;

import com.copydesk.model.Draft;
import com.copydesk.model.DraftBuilder;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.StoredDraft;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The front matter of Copydesk's Markdown export of a draft (one that did not come from a
 * site's own page, see {@link SitePage}): the keys Hugo and Jekyll both read, derived from the
 * draft and its review, and the draft itself, whole but for its body, under {@value #PARAMS}.
 * No field of the draft ever sets a key the site acts on ({@code url}, {@code slug},
 * {@code aliases}, {@code publishDate}, {@code expiryDate}, {@code draft}, {@code layout},
 * {@code type}…): they are all one level down, under {@value #PARAMS}. Reading the file back
 * takes the draft from there and drops the site's keys.
 *
 * <ul>
 * <li>{@code title};</li>
 * <li>{@code date}: when it was approved (the decision), so that a site never holds it back as
 *     a page of the future; absent while undecided;</li>
 * <li>{@code lastmod}: the generator's last review ({@code revision.last_reviewed}), but never
 *     later than the decision (or the export's day): a review date ahead of the clock would be
 *     a page modified in the future;</li>
 * <li>{@code tags}: stack then tools, without repeats; {@code categories}: the topic;</li>
 * <li>{@code summary} and {@code description}: the summary (Hugo reads the one, Jekyll's themes the other);</li>
 * <li>{@code draft}: false when approved, true otherwise;</li>
 * <li>{@code slug}: the file's name without {@code .md}, unique within the export.</li>
 * </ul>
 */
public final class SiteFrontMatter {
    public static final String PARAMS = "params";
    /** Where the draft's own fields named like a derived key were kept by exports before {@link #PARAMS}. */
    static final String REPLACED = "copydesk_replaced";

    private SiteFrontMatter() {
    }

    /** The site's keys for the draft, in order. */
    public static Map<String, Object> siteKeys(StoredDraft stored, String slug, LocalDate exportDay) {
        Draft draft = stored.current();
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("title", draft.title());
        LocalDate decisionDay = exportDay;
        if (stored.review().decidedAt() != null) {
            keys.put("date", stored.review().decidedAt().truncatedTo(ChronoUnit.SECONDS).toString());
            decisionDay = LocalDate.ofInstant(stored.review().decidedAt(), ZoneOffset.UTC);
        }
        if (draft.revision() != null && draft.revision().lastReviewed() != null) {
            LocalDate reviewed = draft.revision().lastReviewed();
            keys.put("lastmod", (reviewed.isAfter(decisionDay) ? decisionDay : reviewed).toString());
        }
        List<String> tags = tags(draft);
        if (!tags.isEmpty()) {
            keys.put("tags", tags);
        }
        if (draft.topic() != null && !draft.topic().isBlank()) {
            keys.put("categories", List.of(draft.topic()));
        }
        if (draft.summary() != null) {
            keys.put("summary", draft.summary());
            keys.put("description", draft.summary());
        }
        keys.put("draft", stored.status() != ReviewStatus.APPROVED);
        keys.put("slug", slug);
        return keys;
    }

    /** Whether front matter is one of Copydesk's exports: the draft, with its reference, under {@link #PARAMS}. */
    public static boolean isExport(Map<String, Object> fields) {
        return fields.get(PARAMS) instanceof Map<?, ?> params && params.get("reference") instanceof String reference
                && !reference.isBlank() && !SitePage.isUrl(reference) && params.get("title") instanceof String;
    }

    /**
     * For a Markdown draft with a reference of its own, as exports before {@link #PARAMS} wrote
     * them: drops the {@code date}, {@code tags} and {@code draft: false} those exports derived
     * (where they hold exactly what would be derived) and puts back the draft's own fields that
     * they kept apart under {@value #REPLACED}.
     */
    public static Draft withoutDerived(Draft read) {
        Map<String, Object> derivable = legacyDerived(read);
        DraftBuilder builder = null;
        for (Map.Entry<String, Object> key : derivable.entrySet()) {
            if (read.extra().containsKey(key.getKey()) && key.getValue().equals(read.extra().get(key.getKey()))) {
                builder = builder == null ? read.toBuilder() : builder;
                builder.withoutExtra(key.getKey());
            }
        }
        if (read.extra().get(REPLACED) instanceof Map<?, ?> own) {
            builder = builder == null ? read.toBuilder() : builder;
            builder.withoutExtra(REPLACED);
            for (Map.Entry<?, ?> field : own.entrySet()) {
                builder.extra(String.valueOf(field.getKey()), field.getValue());
            }
        }
        return builder == null ? read : builder.build();
    }

    private static Map<String, Object> legacyDerived(Draft draft) {
        Map<String, Object> keys = new LinkedHashMap<>();
        if (draft.revision() != null && draft.revision().lastReviewed() != null) {
            keys.put("date", draft.revision().lastReviewed().toString());
        }
        List<String> tags = tags(draft);
        if (!tags.isEmpty()) {
            keys.put("tags", tags);
        }
        keys.put("draft", Boolean.FALSE);
        return keys;
    }

    private static List<String> tags(Draft draft) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        if (draft.stack() != null) {
            tags.addAll(draft.stack());
        }
        if (draft.tools() != null) {
            tags.addAll(draft.tools());
        }
        return List.copyOf(tags);
    }
}
