/**
 * Rubrics: the criteria a scenario is scored against. A draft is edited under optimistic locking;
 * publishing freezes it, with the script it scores, as the next immutable version. Trainers' labels
 * (overrides, "this verdict is wrong" in preview, examples carried by packs) are kept per version, or
 * with the draft until it is published; the scorer calibrates each version on its labels once there are
 * enough of them.
 */
package org.extramile.rubric;
