package com.copydesk.ui.draft;

/**
 * How much a rendering may still add: characters of text and scene-graph nodes. Rendering
 * stops when either runs out, so no body, however long or deep, costs the FX thread more than
 * a bounded amount of work per page.
 */
final class Budget {
    private int chars;
    private int nodes;

    Budget(int chars, int nodes) {
        this.chars = chars;
        this.nodes = nodes;
    }

    boolean exhausted() {
        return chars <= 0 || nodes <= 0;
    }

    int chars() {
        return chars;
    }

    /** Takes up to {@code wanted} characters and returns how many were granted. */
    int takeChars(int wanted) {
        int granted = Math.max(0, Math.min(wanted, chars));
        chars -= granted;
        return granted;
    }

    int nodes() {
        return nodes;
    }

    void takeNode() {
        nodes--;
    }

    /** Charges what another budget spent of its allowance. */
    void charge(Budget spent, int charsAllowed, int nodesAllowed) {
        chars -= charsAllowed - spent.chars;
        nodes -= nodesAllowed - spent.nodes;
    }
}
