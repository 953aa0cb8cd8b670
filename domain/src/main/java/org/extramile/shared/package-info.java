/** What every feature shares: the domain's exceptions, demo mode, time and persistence set-up. */
package org.extramile.shared;
