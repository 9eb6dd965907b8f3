package com.copydesk.model;

import java.time.Instant;

/** An editor holds a draft until a time; after it the draft is free again. */
public record Claim(String editor, Instant until) {
}
