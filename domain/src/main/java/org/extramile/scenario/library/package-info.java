/**
 * The seeded scenario library: scenario packs shipped as JSON resources, loaded once at first
 * start. A restart never duplicates them and never overwrites an installation's own edits.
 */
package org.extramile.scenario.library;
