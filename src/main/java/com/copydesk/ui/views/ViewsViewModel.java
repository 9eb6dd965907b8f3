package com.copydesk.ui.views;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftStats;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.RuleDescription;
import com.copydesk.review.Workspace;
import com.copydesk.ui.common.Background;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The views on the left: the built-in ones (Needs review first), one per rule, and the ones the
 * editor saved, each with its current count.
 */
public final class ViewsViewModel {
    public static final DraftFilter NEEDS_REVIEW = DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.PENDING))
            .withFlaggedOnly(true);

    public enum Kind { BUILT_IN, RULE, SAVED }

    /** One entry of the list. */
    public record ViewEntry(String name, DraftFilter filter, long count, Kind kind) {
    }

    private final Workspace workspace;
    private final Background background;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<ViewEntry> entries = FXCollections.observableArrayList();

    public ViewsViewModel(Workspace workspace, Background background, Consumer<Throwable> onFailure) {
        this.workspace = workspace;
        this.background = background;
        this.onFailure = onFailure;
    }

    public ObservableList<ViewEntry> entries() {
        return entries;
    }

    /** Counts everything again in the background; the list changes when the counts are in. */
    public void refresh() {
        background.runAside(monitor -> build(), entries::setAll, onFailure);
    }

    private List<ViewEntry> build() {
        var queries = workspace.queries();
        DraftStats stats = queries.stats();
        List<ViewEntry> list = new ArrayList<>();
        list.add(new ViewEntry("Needs review", NEEDS_REVIEW, queries.count(NEEDS_REVIEW), Kind.BUILT_IN));
        for (ReviewStatus status : ReviewStatus.values()) {
            String name = status.key().substring(0, 1).toUpperCase() + status.key().substring(1);
            list.add(new ViewEntry(name, DraftFilter.ALL.withStatuses(Set.of(status)),
                    stats.byStatus().getOrDefault(status, 0L), Kind.BUILT_IN));
        }
        list.add(new ViewEntry("All", DraftFilter.ALL, stats.total(), Kind.BUILT_IN));
        for (RuleDescription rule : workspace.rules().describe()) {
            if (rule.enabled()) {
                list.add(new ViewEntry(rule.id(), DraftFilter.ALL.withRule(rule.id()),
                        stats.byRule().getOrDefault(rule.id(), 0L), Kind.RULE));
            }
        }
        for (Map.Entry<String, DraftFilter> saved : workspace.savedViews().all().entrySet()) {
            list.add(new ViewEntry(saved.getKey(), saved.getValue(), queries.count(saved.getValue()), Kind.SAVED));
        }
        return list;
    }

    public void save(String name, DraftFilter filter) {
        background.run(monitor -> {
            workspace.savedViews().save(name, filter);
            return build();
        }, entries::setAll, onFailure);
    }

    public void delete(String name) {
        background.run(monitor -> {
            workspace.savedViews().delete(name);
            return build();
        }, entries::setAll, onFailure);
    }
}
