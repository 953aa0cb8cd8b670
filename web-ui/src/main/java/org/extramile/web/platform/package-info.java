/**
 * The WAR's platform settings: the data source from configuration, the readiness checks, and the graceful shutdown on
 * SIGTERM.
 */
package org.extramile.web.platform;
