package com.copydesk.export;

import java.io.IOException;

/**
 * Walks the last manifest alongside the drafts being exported, both in reference order, like a
 * merge: for each draft it finds the draft's entry, if any, and hands every entry it passes
 * without a draft (drafts no longer in scope) to {@code gone}. Nothing is held but the next entry.
 */
final class ManifestMerge {
    interface Gone {
        void entry(ManifestEntry entry) throws IOException;
    }

    private final ManifestReader last;
    private final Gone gone;
    private ManifestEntry next;
    private String lastReference;

    ManifestMerge(ManifestReader last, Gone gone) throws IOException {
        this.last = last;
        this.gone = gone;
        this.next = last.next();
    }

    /** The last export's entry for this draft, or null; drafts must come in reference order. */
    ManifestEntry previous(String reference) throws IOException {
        if (lastReference != null && ReferenceOrder.compare(lastReference, reference) >= 0) {
            throw new IllegalStateException("drafts must come in reference order: " + reference + " after "
                    + lastReference);
        }
        lastReference = reference;
        while (next != null && ReferenceOrder.compare(next.reference(), reference) < 0) {
            gone.entry(next);
            next = last.next();
        }
        if (next != null && next.reference().equals(reference)) {
            ManifestEntry found = next;
            next = last.next();
            return found;
        }
        return null;
    }

    /** Hands on the entries after the last draft. */
    void finish() throws IOException {
        while (next != null) {
            gone.entry(next);
            next = last.next();
        }
    }
}
