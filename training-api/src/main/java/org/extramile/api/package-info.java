/** The REST boundary: resources parse, validate and delegate to the domain's use cases. */
package org.extramile.api;
