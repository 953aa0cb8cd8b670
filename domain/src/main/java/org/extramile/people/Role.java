package org.extramile.people;

/** What a person may do. The names are the security roles and groups of the whole application. */
public enum Role {
    TRAINEE,
    TRAINER,
    HR,
    ADMIN
}
