/** The audit log over REST, for HR and administrators. */
package org.extramile.api.audit;
