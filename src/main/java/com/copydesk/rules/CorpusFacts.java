package com.copydesk.rules;

import java.util.List;

/**
 * What the store knows about a draft's relation to the others, found without comparing every
 * pair: its near copies (by MinHash and locality-sensitive hashing, checked exactly) and the
 * drafts with the same normalised title.
 *
 * @param nearCopies  drafts whose body is at least as similar as the threshold, most similar first
 * @param cluster     the id shared by all drafts near each other (the lowest draft id), or null
 * @param sameTitle   references of other drafts with the same title, at most a few
 * @param sameTitleCount how many other drafts have the same title in all
 */
public record CorpusFacts(List<NearCopy> nearCopies, Long cluster, List<String> sameTitle, int sameTitleCount) {
    public static final CorpusFacts NONE = new CorpusFacts(List.of(), null, List.of(), 0);

    public CorpusFacts {
        nearCopies = List.copyOf(nearCopies);
        sameTitle = List.copyOf(sameTitle);
    }

    /** Another draft and how similar its body is (Jaccard on word shingles, 0..1). */
    public record NearCopy(String reference, double similarity) {
    }
}
