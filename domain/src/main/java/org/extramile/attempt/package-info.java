/**
 * Role-play attempts: a trainee plays a published scenario on the rubric version pinned at the
 * start, turn by turn; every turn is scored at once and stored exactly once with its score card.
 * {@link org.extramile.attempt.RolePlay} is the entry point; trainers' review and rescoring are in
 * {@code attempt.review}.
 */
package org.extramile.attempt;
