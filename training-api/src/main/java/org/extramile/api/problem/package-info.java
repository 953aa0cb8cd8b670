/**
 * RFC 9457 problem details: every error the API answers is {@code application/problem+json} with
 * a status, a title and a detail a person can act on. Unexpected errors are logged under an id
 * that the body repeats; no stack trace ever leaves the server.
 */
package org.extramile.api.problem;
