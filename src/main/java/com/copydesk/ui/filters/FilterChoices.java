package com.copydesk.ui.filters;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the filter bar offers to choose from, which only the store knows: the bar asks, the desk
 * reads (in the background) and answers. The bar itself never sees the workspace.
 */
public interface FilterChoices {
    /** The enabled rules' ids, in the rule file's order. */
    List<String> ruleIds();

    /**
     * Reads the stacks, tools and difficulties the drafts use; {@code show} gets them on the FX
     * thread (a failure is said in the status line, and {@code show} is not called).
     */
    void load(Consumer<Values> show);

    /**
     * Calls {@code reload} on the FX thread whenever the choices may have changed (an import, an
     * undo, a re-flag): the bar reads them again, so that a stack an import brought shows at once.
     */
    void whenChanged(Runnable reload);

    /** The choices of the three multi-choice boxes. */
    record Values(List<String> stacks, List<String> tools, List<String> difficulties) {
        public Values {
            stacks = List.copyOf(stacks);
            tools = List.copyOf(tools);
            difficulties = List.copyOf(difficulties);
        }
    }
}
