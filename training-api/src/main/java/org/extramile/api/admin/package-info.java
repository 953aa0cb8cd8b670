/**
 * The administrator's REST resources: accounts and roles, and the installation's settings. Thin: they parse and
 * delegate to {@link org.extramile.people.AccountAdministration} and {@link org.extramile.settings}.
 */
package org.extramile.api.admin;
