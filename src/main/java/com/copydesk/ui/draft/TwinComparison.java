package com.copydesk.ui.draft;

import com.copydesk.model.NearTwin;
import com.copydesk.model.StoredDraft;
import com.copydesk.review.WordDiff;

/** A draft and its near-duplicate twin side by side: both as read, the pair, and the words that differ. */
public record TwinComparison(StoredDraft draft, StoredDraft twin, NearTwin pair, WordDiff.Result diff) {
}
