/**
 * People and their accounts: roles, password hashes and one-time passwords; HR's profile on an
 * account (employee number, email, branch, hire date); branches; enrolment one at a time
 * ({@link org.extramile.people.People}) or by roster ({@link org.extramile.people.RosterImport});
 * and the accounts seeded at first start.
 */
package org.extramile.people;
