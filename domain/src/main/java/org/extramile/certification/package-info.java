/**
 * Certification: programs of scenarios, certificates issued when a trainee has passed a program's scenarios,
 * frozen as snapshots with their PDF, verifiable by anyone, and signed as Open Badges 3.0 credentials.
 */
package org.extramile.certification;
