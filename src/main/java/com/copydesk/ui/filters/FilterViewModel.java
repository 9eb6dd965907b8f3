package com.copydesk.ui.filters;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.IntRange;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.ScoreName;
import com.copydesk.review.DraftQueries;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The filter bar: each part of the filter as a property, and the {@link DraftFilter} they make.
 * A malformed search does not change the filter; it shows a hint instead.
 */
public final class FilterViewModel {
    private final ObjectProperty<Set<ReviewStatus>> statuses = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<Boolean> flagged = new SimpleObjectProperty<>();
    private final StringProperty rule = new SimpleStringProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableMap<ScoreName, IntRange> scoreRanges = FXCollections.observableMap(new EnumMap<>(ScoreName.class));
    private final ObservableList<String> difficulties = FXCollections.observableArrayList();
    private final ObservableList<String> stacks = FXCollections.observableArrayList();
    private final ObservableList<String> tools = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<NearOf> nearOf = new ReadOnlyObjectWrapper<>();
    /** "My claims": the editor whose pending claims the queue is limited to, or null. Kept when a view is chosen. */
    private final StringProperty heldBy = new SimpleStringProperty();
    /** The filter in force before "near-duplicates of this draft", which clearing that chip brings back. */
    private DraftFilter beforeNear;
    private final ReadOnlyObjectWrapper<DraftFilter> filter = new ReadOnlyObjectWrapper<>(DraftFilter.ALL);
    private final ReadOnlyStringWrapper searchHint = new ReadOnlyStringWrapper("");
    private boolean applying;

    public FilterViewModel() {
        statuses.addListener((o, a, b) -> update());
        flagged.addListener((o, a, b) -> update());
        rule.addListener((o, a, b) -> update());
        search.addListener((o, a, b) -> update());
        scoreRanges.addListener((javafx.collections.MapChangeListener<ScoreName, IntRange>) c -> update());
        difficulties.addListener((javafx.collections.ListChangeListener<String>) c -> update());
        stacks.addListener((javafx.collections.ListChangeListener<String>) c -> update());
        tools.addListener((javafx.collections.ListChangeListener<String>) c -> update());
        heldBy.addListener((o, a, b) -> update());
    }

    /** The editor whose claims the queue shows only ("My claims"), or null for all drafts. */
    public StringProperty heldByProperty() {
        return heldBy;
    }

    public ObjectProperty<Set<ReviewStatus>> statusesProperty() {
        return statuses;
    }

    /** true: flagged only; false: unflagged only; null: either. */
    public ObjectProperty<Boolean> flaggedProperty() {
        return flagged;
    }

    public StringProperty ruleProperty() {
        return rule;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableMap<ScoreName, IntRange> scoreRanges() {
        return scoreRanges;
    }

    public ObservableList<String> difficulties() {
        return difficulties;
    }

    public ObservableList<String> stacks() {
        return stacks;
    }

    public ObservableList<String> tools() {
        return tools;
    }

    /** A draft whose near-duplicate twins the queue is limited to, as the chip names it. */
    public record NearOf(long id, String reference) {
    }

    /** The draft the queue shows with its direct twins only, or null. */
    public ReadOnlyObjectProperty<NearOf> nearOfProperty() {
        return nearOf.getReadOnlyProperty();
    }

    /**
     * Shows the draft and its direct near-duplicate twins, whatever their status or the other
     * filters (the set is a handful, and "keep this one, reject the others" needs all of it);
     * {@link #clearNearOf} brings back the filter in force before.
     */
    public void showNearOf(long id, String reference) {
        if (nearOf.get() == null) {
            beforeNear = filter.get();
        }
        apply(DraftFilter.ALL, new NearOf(id, reference));
    }

    /** Takes the near-duplicate chip away: the filter before it is in force again. */
    public void clearNearOf() {
        if (nearOf.get() != null) {
            DraftFilter before = beforeNear == null ? DraftFilter.ALL : beforeNear;
            beforeNear = null;
            apply(before);
        }
    }

    public ReadOnlyObjectProperty<DraftFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty searchHintProperty() {
        return searchHint.getReadOnlyProperty();
    }

    public DraftFilter current() {
        return filter.get();
    }

    /** Sets every part at once from a filter (a view chosen on the left); one filter change. */
    public void apply(DraftFilter value) {
        apply(value, null);
    }

    /** As {@link #apply(DraftFilter)}, limited to a draft and its twins (null: not). */
    private void apply(DraftFilter value, NearOf near) {
        applying = true;
        try {
            statuses.set(value.statuses());
            flagged.set(value.flagged());
            rule.set(value.rule());
            search.set(value.search() == null ? "" : value.search());
            scoreRanges.clear();
            scoreRanges.putAll(value.scoreRanges());
            difficulties.setAll(value.difficulties());
            stacks.setAll(value.stacks());
            tools.setAll(value.tools());
            // another filter chosen (a view, a saved filter) ends the near-duplicate one
            nearOf.set(near);
        } finally {
            applying = false;
        }
        update();
    }

    /** Clears the refinements of the bar (search, scores, tags), keeping the view's statuses and rule. */
    public void clearRefinements() {
        applying = true;
        try {
            search.set("");
            scoreRanges.clear();
            difficulties.clear();
            stacks.clear();
            tools.clear();
        } finally {
            applying = false;
        }
        update();
    }

    private void update() {
        if (applying) {
            return;
        }
        String text = search.get() == null ? "" : search.get();
        var problem = DraftQueries.searchProblem(text);
        searchHint.set(problem.orElse(""));
        Map<ScoreName, IntRange> ranges = new EnumMap<>(ScoreName.class);
        ranges.putAll(scoreRanges);
        DraftFilter next = new DraftFilter(statuses.get(), flagged.get(), rule.get(),
                problem.isPresent() ? filter.get().search() : text, ranges, Set.copyOf(difficulties),
                Set.copyOf(stacks), Set.copyOf(tools), nearOf.get() == null ? null : nearOf.get().id())
                .withHeldBy(heldBy.get());
        if (!next.equals(filter.get())) {
            filter.set(next);
        }
    }
}
