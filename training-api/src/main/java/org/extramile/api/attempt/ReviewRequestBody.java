package org.extramile.api.attempt;

/** A trainee's request that a trainer look at an answer again: what they think the scorer missed. */
public record ReviewRequestBody(String note) {}
