package org.extramile.mail;

/** What came of a test mail: whether the server took it, or the error it gave, which says what to fix. */
public record TestMailOutcome(String to, String server, boolean accepted, String error) {}
