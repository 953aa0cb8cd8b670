/**
 * The trainer's authoring pages: the scenarios, a scenario's script, its rubric draft with a panel
 * to try answers against it, and publishing.
 */
package org.extramile.web.trainer;
