package org.extramile.scenario;

import java.io.Serializable;

/**
 * Where an answer leads from a step: the branch that chose the way ({@code null} when none was taken and the step's
 * default way on was followed) and the key of the next step ({@code null} when the role-play ends with the answer).
 */
public record Route(Branch branch, String next) implements Serializable {}
