/** The application's clock: injected wherever time matters, so tests can set it. */
package org.extramile.shared.time;
