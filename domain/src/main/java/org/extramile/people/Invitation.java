package org.extramile.people;

import java.io.Serializable;

/** A fresh one-time password for a person, shown this once; any earlier password stops working. */
public record Invitation(String employeeNumber, String username, String oneTimePassword) implements Serializable {}
