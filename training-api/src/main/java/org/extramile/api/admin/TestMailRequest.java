package org.extramile.api.admin;

/** Where a test mail goes: left out, to the administrator's own address. */
public record TestMailRequest(String to) {}
