/**
 * Scenario packs: one JSON document per scenario (script and rubric) with a published JSON
 * Schema, to move scenarios between installations. An import is checked against the schema and
 * the model's rules, every problem reported with its JSON pointer, and stores all or nothing.
 */
package org.extramile.scenario.pack;
