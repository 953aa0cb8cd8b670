/** People and their accounts: roles, password hashes, and the accounts seeded at first start. */
package org.extramile.people;
