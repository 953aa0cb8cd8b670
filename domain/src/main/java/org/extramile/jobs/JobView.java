package org.extramile.jobs;

import java.io.Serializable;

/** A job, its schedule in words, and its last run (null before the first). */
public record JobView(String name, String schedule, JobRunView lastRun) implements Serializable {}
