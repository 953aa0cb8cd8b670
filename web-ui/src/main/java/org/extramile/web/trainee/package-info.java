/** The trainee's pages: the scenario catalogue first. */
package org.extramile.web.trainee;
