package org.extramile.people;

/** A branch as lists and people show it. */
public record BranchView(String code, String name) {}
