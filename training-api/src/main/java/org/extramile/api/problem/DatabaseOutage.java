package org.extramile.api.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached from every other failure: the client may retry it later (503), while
 * anything else is our bug (500). PostgreSQL's driver reports a lost or refused connection with SQLState class 08, and
 * a server shutting down or restarting with class 57P (a pooled connection it ends mid-query says "terminating
 * connection due to administrator command", 57P01); the application server's pool reports that it could not
 * allocate a connection in its message only.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionFailure(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(SQLException sql) {
        String state = sql.getSQLState();
        String message = sql.getMessage();
        return (state != null && (state.startsWith("08") || state.startsWith("57P")))
                || (message != null && message.contains("Error in allocating a connection"));
    }
}
