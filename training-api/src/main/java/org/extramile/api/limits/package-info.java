/**
 * Limits on what a caller may send the API: a request body is refused with 413 once it is past the configured size,
 * whether it declared its length or came in chunks, without holding it in memory.
 */
package org.extramile.api.limits;
