/**
 * The audit log: who exported or imported people's data, when, with which parameters and on how
 * many rows. Features record through {@link org.extramile.audit.AuditLog#record}; HR and
 * administrators read it.
 */
package org.extramile.audit;
