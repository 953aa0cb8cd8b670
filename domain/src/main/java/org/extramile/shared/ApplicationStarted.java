package org.extramile.shared;

/**
 * Fired once the application is deployed and its resources (database, naming) can be used: the
 * moment for start-up work such as seeding. The CDI {@code Startup} event comes too early on
 * Payara: it fires before the web module's naming context exists.
 */
public record ApplicationStarted() {}
