/** Scenarios over REST: the catalogue for everyone logged in, authoring for trainers. */
package org.extramile.api.scenario;
