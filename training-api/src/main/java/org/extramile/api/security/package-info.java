/**
 * Who may call what. One authentication mechanism serves both faces: HTTP Basic for API clients,
 * a login form (with a session) for browsers, and optionally single sign-on through an OpenID
 * Connect provider ({@link org.extramile.api.security.SingleSignOn}); accounts and their PBKDF2
 * hashes live in the database. Resources are closed by default: a method needs {@code @PermitAll} to be public.
 */
package org.extramile.api.security;
