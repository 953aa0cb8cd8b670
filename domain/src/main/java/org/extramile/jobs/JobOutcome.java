package org.extramile.jobs;

/**
 * What a run did: how many things (notices, rubric versions, rows) it handled, which a page words in its reader's
 * language, and the same in an English sentence for the log and the API.
 */
public record JobOutcome(long count, String sentence) {}
