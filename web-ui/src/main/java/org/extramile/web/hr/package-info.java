/**
 * HR's pages on certification: the dashboard (certified share per branch, certificates expiring soon) and the
 * records (filtered, paged, exported, revoked and reissued), through the same use cases as the REST API.
 */
package org.extramile.web.hr;
