package org.extramile.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Its URL, user and password come from MicroProfile Config at
 * deployment; {@code JdbcUrlDataSource} picks H2 or PostgreSQL from the URL.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = DataSourceSetup.JNDI_NAME,
        className = "org.extramile.shared.persistence.JdbcUrlDataSource",
        url = "${MPCONFIG=extramile.db.url}",
        user = "${MPCONFIG=extramile.db.user}",
        password = "${MPCONFIG=extramile.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
public class DataSourceSetup {

    public static final String JNDI_NAME = "java:app/jdbc/extramile";
}
