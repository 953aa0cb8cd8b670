package org.extramile.attempt.review;

/** How many answers wait for a trainer's review: in the scenarios they follow ({@code followed}), or in all. */
public record WaitingForReview(long count, boolean followed) {}
