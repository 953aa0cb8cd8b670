/**
 * HR's roster files: reading the CSV (encoding, delimiter, quoting, physical line numbers) and the
 * rules each row keeps. Plain Java, tested without a container; {@code people.RosterImport} stores
 * the result.
 */
package org.extramile.people.roster;
