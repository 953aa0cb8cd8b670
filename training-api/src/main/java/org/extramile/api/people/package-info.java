/** People over REST, for HR and administrators: enrolment, search, roster import, branches; and the caller's own password. */
package org.extramile.api.people;
