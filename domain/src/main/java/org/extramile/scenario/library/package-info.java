/**
 * The seeded scenario library: scenario packs shipped as JSON resources, loaded once at first
 * start. A restart never duplicates them and never overwrites an installation's own edits; a
 * later edition of a pack is offered to trainers, who load it into the draft or keep their own.
 */
package org.extramile.scenario.library;
