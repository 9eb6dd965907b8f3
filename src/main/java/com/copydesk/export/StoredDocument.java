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
    private static final byte[] REFERENCE = ascii("reference");
    private static final byte[] TITLE = ascii("title");
    private static final byte[] CHECKLIST = ascii("checklist");
    private static final byte[] BODY = ascii("body");
    private static final byte[] REVIEW = ascii(ReviewJson.KEY);

    /** The shape of a document given as text; the positions are those of its UTF-8 bytes. */
    static StoredDocument scan(String doc) {
        return scan(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The shape of a document given as its UTF-8 bytes, with positions in them. Every character
     * the scan looks for is ASCII, and no byte of a longer UTF-8 sequence is an ASCII byte, so
     * scanning the bytes finds what scanning the text would.
     */
    static StoredDocument scan(byte[] doc) {
        int n = doc.length;
        if (n < 2 || doc[0] != '{' || doc[n - 1] != '}') {
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
            if (doc[i] != '"') {
                return null;
            }
            int keyEnd = i + 1;
            while (keyEnd < n && doc[keyEnd] != '"') {
                if (doc[keyEnd] == '\\') {
                    return null;  // an escape in a key: not worth following, parse instead
                }
                keyEnd++;
            }
            if (keyEnd >= n) {
                return null;
            }
            int keyStart = i + 1;
            if (keyEnd + 1 >= n || doc[keyEnd + 1] != ':') {
                return null;
            }
            int valueStart = keyEnd + 2;
            int valueEnd = skipValue(doc, valueStart, n - 1);
            if (valueEnd < 0) {
                return null;
            }
            if (keys == 0 && !is(doc, keyStart, keyEnd, REFERENCE) || keys == 1 && !is(doc, keyStart, keyEnd, TITLE)) {
                return null;
            }
            if (keys == 1) {
                titleEnd = valueEnd;
            }
            if (is(doc, keyStart, keyEnd, CHECKLIST)) {
                if (checklistStart >= 0) {
                    return null;
                }
                checklistStart = valueStart;
                checklistEnd = valueEnd;
            }
            if (is(doc, keyStart, keyEnd, BODY)) {
                return null;  // a body inside the document is not the stored form
            }
            review |= is(doc, keyStart, keyEnd, REVIEW);
            keys++;
            i = valueEnd;
            if (i == n - 1) {
                break;
            }
            if (doc[i] != ',') {
                return null;
            }
            i++;
        }
        return titleEnd < 0 ? null : new StoredDocument(titleEnd, checklistStart, checklistEnd, review);
    }

    /** The index just after the JSON value starting at {@code start}, or -1 if it is not one that ends before {@code limit}. */
    private static int skipValue(byte[] doc, int start, int limit) {
        int depth = 0;
        int i = start;
        while (i < limit) {
            byte c = doc[i];
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
    private static int skipString(byte[] doc, int quote, int limit) {
        int i = quote + 1;
        while (i < limit) {
            byte c = doc[i];
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

    private static boolean is(byte[] doc, int from, int to, byte[] key) {
        return java.util.Arrays.equals(doc, from, to, key, 0, key.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
