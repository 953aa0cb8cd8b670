package org.extramile.mail;

/** A plain-text mail to one person. */
public record Mail(String to, String subject, String body) {}
