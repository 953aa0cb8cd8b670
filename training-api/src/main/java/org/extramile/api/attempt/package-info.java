/** Role-play attempts over REST: start, answer turn by turn (exactly once), look back, give up. */
package org.extramile.api.attempt;
