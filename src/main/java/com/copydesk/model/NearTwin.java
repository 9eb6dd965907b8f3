package com.copydesk.model;

/**
 * A draft whose body is a near copy of another's: the pair the near-duplicate finding names, as
 * the store holds it now, with its id so that the window can open it.
 */
public record NearTwin(long id, String reference, String title, double similarity) {
}
