package com.copydesk.model;

/**
 * A record that was not imported: the file, the 1-based line (JSON Lines, pages, Markdown) or
 * array index (a JSON array), null when the whole file failed; the reference when known.
 */
public record ImportError(String file, Integer line, String reference, String message) {
}
