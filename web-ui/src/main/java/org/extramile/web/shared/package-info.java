/** What every page shares: texts in the visitor's language, messages from failed use cases, error pages. */
package org.extramile.web.shared;
