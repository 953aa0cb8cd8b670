package org.extramile.api.admin;

/** The organisation settings to save, with the version they were read at (0 before the first save). */
public record OrganisationRequest(String name, Long version) {}
