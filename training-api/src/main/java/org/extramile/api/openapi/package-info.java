/** The OpenAPI document: what Payara's generator leaves out, completed from the resource classes. */
package org.extramile.api.openapi;
