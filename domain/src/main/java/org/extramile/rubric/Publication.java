package org.extramile.rubric;

/**
 * What publishing the draft did: froze it as a new version ({@code added}), or found nothing changed since the latest
 * version, which trainees go on being scored by.
 */
public record Publication(PublishedVersion version, boolean added) {}
