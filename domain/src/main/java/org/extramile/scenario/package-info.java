/** Scenarios: role-plays taken from real service stories, their catalogue and their authoring. */
package org.extramile.scenario;
