package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.CorpusFacts;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The body is a near copy of other drafts' (the store finds them by MinHash and LSH and checks
 * them exactly: Jaccard on word shingles at least {@code threshold}); names them and the cluster.
 */
public record NearDuplicateRule(Severity severity, double threshold, int shingleWords) implements Rule {

    /** How many signature values make one LSH band under this threshold (see {@link com.copydesk.rules.MinHash#rowsFor}). */
    public int bandRows() {
        return com.copydesk.rules.MinHash.rowsFor(threshold);
    }
    public static final String ID = "near-duplicate";
    public static final RuleScope SCOPE = RuleScope.RELATION;
    private static final int NAMED = 5;

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
        List<CorpusFacts.NearCopy> copies = context.corpus().nearCopies();
        if (copies.isEmpty()) {
            return List.of();
        }
        String named = copies.stream().limit(NAMED)
                .map(c -> String.format(Locale.ROOT, "%s (%.2f)", c.reference(), c.similarity()))
                .collect(Collectors.joining(", "));
        String more = copies.size() > NAMED ? " and " + (copies.size() - NAMED) + " more" : "";
        return List.of(new Finding(ID, severity, "near copy of " + named + more + "; cluster " + context.corpus().cluster()
                + String.format(Locale.ROOT, " (similarity of %d-word shingles >= %.2f)", shingleWords, threshold)));
    }
}
