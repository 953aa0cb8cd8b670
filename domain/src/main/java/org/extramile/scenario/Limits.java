package org.extramile.scenario;

/** Sizes that keep every text a person types to something a page can show. */
public final class Limits {

    public static final int KEY = 60;
    public static final String KEY_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int NAME = 200;
    public static final int TEXT = 2000;
    public static final int MAX_STEPS = 10;

    private Limits() {}
}
