package org.extramile.people;

/** A branch as an administrator lists it: with how many people (accounts) work there. */
public record BranchSummary(String code, String name, long people) {}
