/**
 * Trainers over scores: the queue of turns the scorer was unsure about, overrides of criterion
 * levels (audited, and kept as labels for the scorer's calibration), and explicit rescoring of a
 * scenario's attempts with another rubric version. A result is never changed silently.
 */
package org.extramile.attempt.review;
