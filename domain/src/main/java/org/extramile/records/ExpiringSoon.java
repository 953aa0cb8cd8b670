package org.extramile.records;

/** How many valid certificates expire within the next {@code days} days (those expiring sooner included). */
public record ExpiringSoon(int days, long certificates) {}
