/**
 * What a person may ask of the platform about their personal data: all of it in one document, to read or take
 * elsewhere. Erasing it is {@link org.extramile.people.PersonErasure}'s, which each feature answers in its own tables.
 */
package org.extramile.privacy;
