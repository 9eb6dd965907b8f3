package com.copydesk.interchange;

/**
 * Bounds on untrusted drafts. The format promises that a draft of up to 5 MB nested up to 100
 * levels is accepted, so every limit here sits comfortably above that and far below what would
 * exhaust memory or the stack.
 */
public record DraftLimits(int maxRecordBytes, int maxDepth, int maxStringChars, int maxNumberChars) {

    public static final int MB = 1024 * 1024;

    public static final DraftLimits DEFAULT = new DraftLimits(8 * MB, 128, 6 * MB, 100);

    /** How deep the underlying parser may go while an over-deep value is skipped, not built. */
    public int parserDepthLimit() {
        return Math.max(1000, maxDepth * 4);
    }
}
