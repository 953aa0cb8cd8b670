package org.extramile.people;

import java.io.Serializable;

/** A branch as an administrator lists it: with how many people (accounts) work there. */
public record BranchSummary(String code, String name, long people) implements Serializable {}
