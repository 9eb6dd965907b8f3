package com.copydesk.ui.draft;

import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of the body rendered in one go: a top-level block, or a run of the items of a long
 * top-level list (so a list of a million items is shown a page at a time, not as one block).
 * {@code firstIndex} is the position of the run's first item in its list.
 */
record Unit(Node block, ListItem firstItem, int items, int firstIndex) {
    static final int LIST_CHUNK = 50;

    boolean isListRun() {
        return firstItem != null;
    }

    /** The units of a document, in order; runs only over its top-level nodes and long lists' items. */
    static List<Unit> of(Node document) {
        List<Unit> units = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof ListBlock && countAtLeast(block, LIST_CHUNK + 10)) {
                int index = 0;
                Node item = block.getFirstChild();
                while (item != null) {
                    ListItem first = (ListItem) item;
                    int count = 0;
                    while (item != null && count < LIST_CHUNK) {
                        count++;
                        item = item.getNext();
                    }
                    units.add(new Unit(block, first, count, index));
                    index += count;
                }
            } else {
                units.add(new Unit(block, null, 0, 0));
            }
        }
        return units;
    }

    private static boolean countAtLeast(Node parent, int wanted) {
        int count = 0;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (++count >= wanted) {
                return true;
            }
        }
        return false;
    }
}
