package com.copydesk.interchange;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Bounds on untrusted drafts. The format promises that a draft of up to 5 MB nested up to 100
 * levels is accepted, so every limit here sits comfortably above that and far below what would
 * exhaust memory or the stack.
 */
public record DraftLimits(int maxRecordBytes, int maxDepth, int maxStringChars, int maxNumberChars) {

    public static final int MB = 1024 * 1024;

    public static final DraftLimits DEFAULT = new DraftLimits(8 * MB, 128, 6 * MB, 100);

    /**
     * What the underlying parser allows: well past these limits, so that {@link PlainTreeReader}
     * finds an over-long text or number or an over-deep value itself, names its field and skips
     * it, and the next draft of a JSON array can still be read. The parser's own limits only stop
     * what would exhaust memory: nesting past 10,000 levels (the parser keeps a context per
     * level), and a single text or number past the size of a whole draft.
     */
    public StreamReadConstraints parserConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(Math.max(10_000, maxDepth * 4))
                .maxStringLength(Math.max(maxRecordBytes, maxStringChars + 1))
                .maxNumberLength(Math.max(maxRecordBytes, maxNumberChars + 1))
                .build();
    }
}
