/** The WAR's platform settings: the data source from configuration and the readiness check. */
package org.extramile.web.platform;
