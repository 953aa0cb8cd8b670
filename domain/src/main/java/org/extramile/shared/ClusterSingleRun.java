package org.extramile.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Scheduled work that must run once per cluster, not once per node. Every node fires the same schedule;
 * the node that takes the job's PostgreSQL advisory lock does the work and the others skip that run.
 * PostgreSQL lets the lock go when its connection closes, so a node that dies in the middle of a run does
 * not keep the job from running elsewhere.
 *
 * <p>The lock keeps runs from overlapping; it does not remember that a run happened, so a node whose
 * schedule fires just after another node finished runs again. A job must therefore find its own work
 * (the notices not sent yet, the labels not calibrated yet) and record it done in the same transaction,
 * which makes a second run find nothing to do. See docs/deployment.md.
 *
 * <p>On the embedded H2 database there is one node by construction: a job runs unless it is running in this JVM.
 */
@ApplicationScoped
public class ClusterSingleRun {

    /** The first half of ExtraMile's lock keys, so they never meet another application's in a shared server. */
    public static final int NAMESPACE = 0x45584D4C; // "EXML"

    @Resource(lookup = "java:app/jdbc/extramile")
    DataSource dataSource;

    private final Set<String> runningHere = ConcurrentHashMap.newKeySet();

    ClusterSingleRun() {}

    public ClusterSingleRun(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work on this node unless another node is running the same job now; true if it ran here. */
    public boolean runIfFree(String job, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return runIfFreeHere(job, work);
            }
            if (!call(connection, "pg_try_advisory_lock", job)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "pg_advisory_unlock", job);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take or give back the cluster lock of the job " + job, e);
        }
    }

    /** On the embedded database this JVM is the only node: the jobs running in it are the lock. */
    private boolean runIfFreeHere(String job, Runnable work) {
        if (!runningHere.add(job)) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            runningHere.remove(job);
        }
    }

    /**
     * Whether a node runs the job now. A run recorded as going on while nobody holds its lock stopped with its node:
     * PostgreSQL let the lock go when the node's connection closed.
     */
    public boolean isHeld(String job) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return runningHere.contains(job);
            }
            try (PreparedStatement statement = connection.prepareStatement("select exists (select 1 from pg_locks"
                    + " where locktype = 'advisory' and granted and objsubid = 2"
                    + " and database = (select oid from pg_database where datname = current_database())"
                    + " and classid = ?::int4::oid and objid = ?::int4::oid)")) {
                statement.setInt(1, NAMESPACE);
                statement.setInt(2, job.hashCode());
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() && result.getBoolean(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell whether a node runs the job " + job, e);
        }
    }

    /**
     * Runs the work once no other node runs the same job, waiting for it if one does: for work every node must see
     * done before it goes on, such as the first start's seeding, which two nodes started together would both try.
     */
    public void runAlone(String job, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean shared = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            if (shared) {
                waitFor(connection, job);
            }
            try {
                work.run();
            } finally {
                if (shared) {
                    call(connection, "pg_advisory_unlock", job);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take or give back the cluster lock of the job " + job, e);
        }
    }

    private static void waitFor(Connection connection, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_lock(?, ?)")) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, job.hashCode());
            statement.execute();
        }
    }

    /** The lock is held by the connection (the database session), hence taken and given back on the same one. */
    private static boolean call(Connection connection, String function, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?, ?)")) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, job.hashCode());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
