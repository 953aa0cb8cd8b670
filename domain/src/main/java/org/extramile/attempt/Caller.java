package org.extramile.attempt;

/** Who asks: a username, and whether they review attempts (trainers and admins read every attempt). */
public record Caller(String username, boolean reviewer) {}
