/**
 * HR's pages on people: finding and enrolling them, issuing one-time passwords, and importing a
 * roster with a progress bar. The beans call the same use cases as the REST API.
 */
package org.extramile.web.hr;
