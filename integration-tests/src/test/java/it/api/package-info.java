/** The REST API as its clients use it: over HTTP, with Basic authentication, on PostgreSQL. */
package it.api;
