package org.extramile.api.people;

/** A branch's new name. */
public record BranchName(String name) {}
