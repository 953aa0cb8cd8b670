/** The browser UI: Faces backing beans that call the domain's use cases and hold no business rules. */
package org.extramile.web;
