package com.copydesk.rules;

import java.util.List;

/**
 * What the store knows about a draft's relation to the others, found without comparing every
 * pair: its nearest copies (found through the near-duplicate index, checked exactly) and a draft
 * with the same normalised title. Each names a bounded number of others, chosen so that more
 * drafts joining a group do not change it.
 *
 * @param nearCopies  the nearest drafts whose body is at least as similar as the threshold, most similar first
 * @param cluster     the lowest id among the draft and its near copies, for the queue to group them; or null
 * @param sameTitle   the reference of a draft with the same title (the one before it, or after the first), or none
 * @param sameTitleCount how many drafts {@code sameTitle} names
 */
public record CorpusFacts(List<NearCopy> nearCopies, Long cluster, List<String> sameTitle, int sameTitleCount) {
    public static final CorpusFacts NONE = new CorpusFacts(List.of(), null, List.of(), 0);

    public CorpusFacts {
        nearCopies = List.copyOf(nearCopies);
        sameTitle = List.copyOf(sameTitle);
    }

    /** Another draft and how similar its body is (0..1, see {@link TextFeatures#overlap}). */
    public record NearCopy(String reference, String title, double similarity) {
    }
}
