package org.extramile.rubric;

import java.time.Instant;

/** Which version was published, when and by whom. */
public record PublishedVersion(int number, Instant publishedAt, String publishedBy) {}
