/**
 * What every feature shares: the domain's exceptions, demo mode, time, persistence set-up, and running
 * scheduled work once per cluster.
 */
package org.extramile.shared;
