package com.copydesk.model;

/** One thing an editor confirms before publishing, and whether it is confirmed. */
public record ChecklistItem(String text, boolean done) {
    public ChecklistItem withDone(boolean value) {
        return new ChecklistItem(text, value);
    }
}
