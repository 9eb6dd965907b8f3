package com.copydesk.export;

import com.copydesk.interchange.ReviewJson;

/**
 * Where the top-level fields of a stored draft document are, found in one pass over its text
 * without building anything: the store keeps each draft's interchange JSON in the canonical form
 * (reference, title, then the rest; no body), and a JSON Lines export writes that form with the
 * body after the title. Knowing where the title ends, where the checklist is and whether there is
 * a {@code review} key lets the export copy the stored text as it is.
 *
 * <p>Anything unexpected (not reference then title first, a key with an escape in it, text after
 * the object) gives null: the caller then parses the draft as before. Drafts are untrusted input,
 * so the scan follows strings and their escapes exactly; a {@code "checklist"} inside a string or
 * a nested object is not the top-level one.
 */
record StoredDocument(int titleEnd, int checklistStart, int checklistEnd, boolean hasReview) {

    static StoredDocument scan(String doc) {
        int n = doc.length();
        if (n < 2 || doc.charAt(0) != '{' || doc.charAt(n - 1) != '}') {
            return null;
        }
        int keys = 0;
        int titleEnd = -1;
        int checklistStart = -1;
        int checklistEnd = -1;
        boolean review = false;
        int i = 1;
        while (i < n - 1) {
            // at a key of the top-level object
            if (doc.charAt(i) != '"') {
                return null;
            }
            int keyEnd = i + 1;
            while (keyEnd < n && doc.charAt(keyEnd) != '"') {
                if (doc.charAt(keyEnd) == '\\') {
                    return null;  // an escape in a key: not worth following, parse instead
                }
                keyEnd++;
            }
            if (keyEnd >= n) {
                return null;
            }
            String key = doc.substring(i + 1, keyEnd);
            if (keyEnd + 1 >= n || doc.charAt(keyEnd + 1) != ':') {
                return null;
            }
            int valueStart = keyEnd + 2;
            int valueEnd = skipValue(doc, valueStart, n - 1);
            if (valueEnd < 0) {
                return null;
            }
            if (keys == 0 && !key.equals("reference") || keys == 1 && !key.equals("title")) {
                return null;
            }
            if (keys == 1) {
                titleEnd = valueEnd;
            }
            if (key.equals("checklist")) {
                if (checklistStart >= 0) {
                    return null;
                }
                checklistStart = valueStart;
                checklistEnd = valueEnd;
            }
            if (key.equals("body")) {
                return null;  // a body inside the document is not the stored form
            }
            review |= key.equals(ReviewJson.KEY);
            keys++;
            i = valueEnd;
            if (i == n - 1) {
                break;
            }
            if (doc.charAt(i) != ',') {
                return null;
            }
            i++;
        }
        return titleEnd < 0 ? null : new StoredDocument(titleEnd, checklistStart, checklistEnd, review);
    }

    /** The index just after the JSON value starting at {@code start}, or -1 if it is not one that ends before {@code limit}. */
    private static int skipValue(String doc, int start, int limit) {
        int depth = 0;
        int i = start;
        while (i < limit) {
            char c = doc.charAt(i);
            if (c == '"') {
                i = skipString(doc, i, limit);
                if (i < 0) {
                    return -1;
                }
                if (depth == 0) {
                    return i;
                }
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth < 0) {
                    return -1;
                }
                if (depth == 0) {
                    return i + 1;
                }
            } else if (depth == 0 && c == ',') {
                return i == start ? -1 : i;  // a number, true, false or null ends here
            }
            i++;
        }
        return depth == 0 && i > start ? i : -1;
    }

    /** The index just after the string whose opening quote is at {@code quote}, or -1. */
    private static int skipString(String doc, int quote, int limit) {
        int i = quote + 1;
        while (i < limit) {
            char c = doc.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return -1;
    }
}
