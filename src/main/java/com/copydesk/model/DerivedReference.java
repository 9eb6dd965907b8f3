package com.copydesk.model;

/** A page that had no reference of its own and took its path as its reference. */
public record DerivedReference(String file, String reference) {
}
