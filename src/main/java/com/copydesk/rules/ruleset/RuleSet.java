package com.copydesk.rules.ruleset;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.GeneratorMeta;
import com.copydesk.model.RuleScope;
import com.copydesk.rules.BodyFacts;
import com.copydesk.rules.CorpusFacts;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleConfig;
import com.copydesk.rules.RuleContext;
import com.copydesk.rules.checks.NearDuplicateRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules in force, made from the rule file. Its version changes whenever any setting does,
 * so that findings computed with another version are known to be stale.
 *
 * @param configs every rule's settings, enabled or not, in the catalogue's order
 * @param source  where the settings came from, for people
 */
public record RuleSet(List<RuleConfig> configs, List<Rule> rules, String version, String source,
                      GeneratorMeta generatorMeta) {
    public RuleSet {
        configs = List.copyOf(configs);
        rules = List.copyOf(rules);
    }

    public RuleSet(List<RuleConfig> configs, List<Rule> rules, String version, String source) {
        this(configs, rules, version, source, GeneratorMeta.AUTO);
    }

    /**
     * Every finding of every enabled rule on a draft, in the order of the rule file; the meta
     * rules only where {@link #generatorMeta} says they judge the draft.
     */
    public List<Finding> evaluate(Draft draft, LocalDate today, CorpusFacts corpus) {
        RuleContext context = new RuleContext(today, BodyFacts.of(draft.body()), corpus);
        List<Finding> findings = new ArrayList<>();
        boolean judgesMeta = generatorMeta.judges(draft.hasGeneratorMeta());
        for (Rule rule : rules) {
            if (rule.scope() == RuleScope.META && !judgesMeta) {
                continue;
            }
            findings.addAll(rule.check(draft, context));
        }
        return findings;
    }

    /**
     * What {@link #evaluate} would give a draft whose own text and meta are as when
     * {@code stored} was judged, and whose relations are now {@code corpus}: the stored findings
     * of the content and meta rules as they are, the relation rules judged again, in the order of
     * the rule file. The relation rules judge from the facts alone, so the body is not analysed:
     * this is what keeps a draft's cost bounded when one more draft joins its title or its near
     * copies.
     */
    public List<Finding> reevaluateRelations(Draft draft, LocalDate today, CorpusFacts corpus, List<Finding> stored) {
        RuleContext context = new RuleContext(today, null, corpus);
        List<Finding> findings = new ArrayList<>(stored.size() + 1);
        for (Rule rule : rules) {
            if (rule.scope() == RuleScope.RELATION) {
                findings.addAll(rule.check(draft, context));
            } else {
                for (Finding finding : stored) {
                    if (finding.rule().equals(rule.id())) {
                        findings.add(finding);
                    }
                }
            }
        }
        return findings;
    }

    /** The near-duplicate rule's settings, if it is on: the store's similarity index follows them. */
    public Optional<NearDuplicateRule> nearDuplicates() {
        return rules.stream().filter(NearDuplicateRule.class::isInstance).map(NearDuplicateRule.class::cast).findFirst();
    }

    public boolean isEnabled(String ruleId) {
        return rules.stream().anyMatch(r -> r.id().equals(ruleId));
    }
}
