package org.khareetaty.core.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction on a connection: committed when it returns, rolled back when it throws. */
public final class Transactions {
    /** Work that uses a connection. */
    @FunctionalInterface
    public interface Work {
        void run(Connection c) throws SQLException;
    }

    private Transactions() {}

    /** Runs {@code work} in one transaction and restores the connection's auto-commit mode. */
    public static void inOne(Connection c, Work work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
