/**
 * The installation's settings as an administrator sees them: organisation settings stored in the database (their
 * defaults from configuration), edited and audited through {@link org.extramile.settings.OrganisationSettings}; and
 * the effective configuration, read-only ({@link org.extramile.settings.InstallationFacts}), which only the
 * environment changes.
 */
package org.extramile.settings;
