/** What every integration test stands on: the deployment, the test database, HTTP and the browser. */
package it.support;
