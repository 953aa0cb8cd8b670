/** The platform as an operator runs it: plain Payara Micro, restarts, start-up settings. */
package it.platform;
