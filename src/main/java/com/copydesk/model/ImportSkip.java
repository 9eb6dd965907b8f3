package com.copydesk.model;

/** A file in a folder that is not a page (draft-format.md section 2), passed over by an import, and why. */
public record ImportSkip(String file, String reason) {
}
