/**
 * The administrator's pages: accounts and roles, branches, signing keys and settings. Each bean calls the same
 * use case as the REST resources and holds no rule of its own; refusals are shown as messages in the page's
 * language.
 */
package org.extramile.web.admin;
