/** Where trainees struggle: score distributions, miss rates per criterion, attempts over time, and how often
 * trainers agree with the scorer. Read-only over what attempts and reviews stored. */
package org.extramile.analytics;
