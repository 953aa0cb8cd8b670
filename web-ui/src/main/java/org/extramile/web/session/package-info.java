/** Logging in and out, and who is logged in: what the layout's header shows. */
package org.extramile.web.session;
