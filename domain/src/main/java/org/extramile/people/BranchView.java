package org.extramile.people;

import java.io.Serializable;

/** A branch as lists and people show it. */
public record BranchView(String code, String name) implements Serializable {}
