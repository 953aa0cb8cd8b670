/** Trainers over scores over REST: the review queue, overrides and their audit, rescoring. */
package org.extramile.api.review;
