/** Persistence set-up: the data source chosen by URL, and Flyway migrations run before Hibernate validates. */
package org.extramile.shared.persistence;
