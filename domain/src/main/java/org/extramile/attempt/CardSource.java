package org.extramile.attempt;

/** Who made a turn's score card: the scorer at the turn, a trainer's override, or a rescore. */
public enum CardSource {
    SCORER,
    OVERRIDE,
    RESCORE
}
