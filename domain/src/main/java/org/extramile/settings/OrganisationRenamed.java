package org.extramile.settings;

/** The organisation's name changed: whatever names the organisation (e.g. programs' issuer) follows. */
public record OrganisationRenamed(String previous, String current, String by) {}
