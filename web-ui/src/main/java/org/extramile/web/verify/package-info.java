/** The public verification pages: anyone checks a certificate from its serial or QR link, without an account. */
package org.extramile.web.verify;
