package com.copydesk.ui.draft;

import java.util.List;
import java.util.Map;

/**
 * The meta box's values as text, without JavaFX: one line for a scalar, lists as "- item",
 * objects as "key: value", nested ones indented (what "Copy value" and "Copy all" copy), and a
 * one-line form for values nested deeper than the box lays out. Drafts are untrusted, so the
 * one-line form stops after {@link #MAX_TEXT} characters and the nested form after 100 levels.
 */
final class MetaText {
    /** Characters of one value the box shows before it cuts with a note. */
    static final int MAX_TEXT = 10_000;
    /** Entries of one list or object the box shows before it cuts with a note. */
    static final int MAX_ITEMS = 200;
    /** Levels of nesting the box lays out; deeper values are shown on one line. */
    static final int MAX_DEPTH = 8;

    /** A JSON null inside a list or object, which the box shows as {@code null}. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private MetaText() {
    }

    static String scalar(Object value) {
        if (value == null || value == NULL) {
            return "null";
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return String.valueOf(value);
    }

    /** A row as "Copy all" writes it: the label, then the value, indented when it takes lines. */
    static String row(String label, Object value) {
        String text = plain(value);
        return text.contains("\n") ? label + ":\n" + text.indent(2).stripTrailing() : label + ": " + text;
    }

    /** A value as lines of text: lists as "- item", objects as "key: value", nested ones indented. */
    static String plain(Object value) {
        StringBuilder out = new StringBuilder();
        plain(value, out, 0, 0);
        return out.toString().stripTrailing();
    }

    private static void plain(Object value, StringBuilder out, int indent, int depth) {
        String pad = "  ".repeat(Math.min(indent, 40));
        if (value instanceof Map<?, ?> map && depth < 100) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object item = entry.getValue();
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    out.append(pad).append(entry.getKey()).append(":\n");
                    plain(item, out, indent + 1, depth + 1);
                } else {
                    out.append(pad).append(entry.getKey()).append(": ").append(scalar(item)).append('\n');
                }
            }
        } else if (value instanceof List<?> list && depth < 100) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    out.append(pad).append("-\n");
                    plain(item, out, indent + 1, depth + 1);
                } else {
                    out.append(pad).append("- ").append(scalar(item)).append('\n');
                }
            }
        } else {
            out.append(pad).append(value instanceof Map<?, ?> || value instanceof List<?> ? compact(value) : scalar(value))
                    .append('\n');
        }
    }

    /** A value nested too deep to lay out, on one line. */
    static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        compact(value, out);
        return out.toString();
    }

    private static void compact(Object value, StringBuilder out) {
        if (out.length() > MAX_TEXT) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append(entry.getKey()).append(": ");
                compact(entry.getValue(), out);
                separator = ", ";
                if (out.length() > MAX_TEXT) {
                    break;
                }
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            String separator = "";
            for (Object item : list) {
                out.append(separator);
                compact(item, out);
                separator = ", ";
                if (out.length() > MAX_TEXT) {
                    break;
                }
            }
            out.append(']');
        } else {
            out.append(scalar(value));
        }
    }
}
