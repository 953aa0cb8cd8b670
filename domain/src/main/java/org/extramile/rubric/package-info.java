/**
 * Rubrics: the criteria a scenario is scored against. A draft is edited under optimistic locking;
 * publishing freezes it, with the script it scores, as the next immutable version.
 */
package org.extramile.rubric;
