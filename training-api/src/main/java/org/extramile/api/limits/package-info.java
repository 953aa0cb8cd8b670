/**
 * Limits on what a caller may send the API: a request body is refused with 413 once it is past the configured size,
 * whether it declared its length or came in chunks, without holding it in memory; a NUL character, which PostgreSQL
 * refuses in text, is refused with 400 in the address and in a JSON body's strings before anything is used.
 */
package org.extramile.api.limits;
