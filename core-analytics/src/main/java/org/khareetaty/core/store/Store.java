package org.khareetaty.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;

/**
 * One embedded H2GIS database file: the analyst's store. Opening a store takes the file lock (a
 * second process gets {@link StoreInUseException}), applies the versioned Flyway migrations under
 * {@code db/migration} and keeps one anchor connection so the database stays open until
 * {@link #close()}. Connections from {@link #connect()} may be used from any thread, one per thread.
 */
public final class Store implements AutoCloseable {
    /** File name of the database inside the store directory (H2 adds {@code .mv.db}). */
    public static final String DATABASE_NAME = "khareetaty";
    /**
     * The schema version the migrations under {@code db/migration} lead to: a store already there
     * opens without starting Flyway (0.5-1 s of a cold start). A test checks it against the
     * migrations, so a new migration must raise it.
     */
    static final int SCHEMA_VERSION = 9;
    /**
     * How many versioned migrations lead there: {@link #SCHEMA_VERSION} once the versions run
     * without a gap. V8 is written on a parallel branch; at the merge this becomes 9 again (or the
     * constant goes, with every version present).
     */
    static final int SCHEMA_MIGRATIONS = 8;

    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final Path dir;
    private final JdbcDataSource dataSource;
    private final Connection anchor;
    private final java.util.concurrent.locks.ReentrantLock writeLock = new java.util.concurrent.locks.ReentrantLock();
    private final java.util.Map<Class<?>, Object> shared = new java.util.concurrent.ConcurrentHashMap<>();

    private Store(Path dir, JdbcDataSource dataSource, Connection anchor) {
        this.dir = dir;
        this.dataSource = dataSource;
        this.anchor = anchor;
    }

    /** H2's page cache, in KB, of a store opened for the workstation and the analytics: 64 MB. */
    public static final int CACHE_KB = 65_536;
    /**
     * H2's page cache, in KB, of a store opened by a process that mostly writes the live stream: 4 MB.
     * H2 keeps its cached pages as objects on the Java heap; a stream rewrites its tables' pages many
     * times a second, and a large cache of them made the collector's young pauses twice as long
     * (docs/benchmarks.md, live stream) for no read it speeds up.
     */
    public static final int STREAM_CACHE_KB = 4_096;

    /**
     * Opens (creating if needed) the store in {@code dir} and migrates it to the current schema.
     *
     * @throws StoreInUseException when another process holds the store
     * @throws StoreException when the directory cannot be created or the file is not a store
     */
    public static Store open(Path dir) {
        return open(dir, CACHE_KB, "");
    }

    /**
     * Opens the store in {@code dir} as {@link #open(Path)} does, for a process that mostly writes
     * the live stream (the headless alert listener): a {@link #STREAM_CACHE_KB} page cache, and the
     * database left open when the process is asked to stop (SIGTERM, Ctrl-C) until the caller closes
     * the store: H2 would otherwise close it from its own shutdown hook while the listener still
     * stores its last batch (docs/alerts.md, Stopping the listener).
     */
    public static Store openForStream(Path dir) {
        return open(dir, STREAM_CACHE_KB, ";DB_CLOSE_ON_EXIT=FALSE");
    }

    private static Store open(Path dir, int cacheKb, String settings) {
        Objects.requireNonNull(dir, "dir");
        Path absolute = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the store directory " + absolute + ": " + e.getMessage(), e);
        }
        JdbcDataSource ds = new JdbcDataSource();
        // FILE_LOCK=FILE: a second process fails fast with error 90020 instead of sharing the file.
        ds.setURL(
                "jdbc:h2:file:" + absolute.resolve(DATABASE_NAME) + ";FILE_LOCK=FILE;CACHE_SIZE=" + cacheKb + settings);
        ds.setUser("sa");
        ds.setPassword("");
        Connection anchor;
        try {
            anchor = ds.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new StoreInUseException(absolute, e);
            }
            throw new StoreException("Cannot open the store at " + absolute + ": " + e.getMessage(), e);
        }
        Store store = new Store(absolute, ds, anchor);
        try {
            store.migrate();
            store.recoverUnfinishedImports();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private void migrate() {
        if (atCurrentSchema()) {
            return;
        }
        try {
            Flyway.configure(Store.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(
                    "Cannot migrate the store at " + dir + " to the current schema: " + e.getMessage(), e);
        }
    }

    /** True when every migration up to {@link #SCHEMA_VERSION} was applied, and no other, none failed. */
    private boolean atCurrentSchema() {
        try (Statement s = anchor.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'flyway_schema_history'")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return false; // a new store
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT MAX(CAST(\"version\" AS INT)), COUNT(DISTINCT \"version\"), "
                            + "SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                return rs.next()
                        && rs.getInt(1) == SCHEMA_VERSION
                        && rs.getInt(2) == SCHEMA_MIGRATIONS
                        && rs.getInt(3) == 0;
            }
        } catch (SQLException e) {
            return false; // let Flyway look at it and say what is wrong
        }
    }

    private void recoverUnfinishedImports() {
        try (Connection c = connect()) {
            SecondaryIndexes.ensure(c);
            ImportLog.recoverUnfinished(c);
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot roll back the unfinished imports of the store at " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} while holding the store's write lock: imports and boundary loads of one
     * process take turns, so the dedup set and the zone columns stay consistent.
     */
    public <T> T exclusively(java.util.function.Supplier<T> work) {
        writeLock.lock();
        try {
            return work.get();
        } finally {
            writeLock.unlock();
        }
    }

    /** A new connection to this store; the caller closes it. */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * The object of {@code type} that this open store keeps for the code working on it, made by
     * {@code create} when first asked: state that belongs to one store rather than to the process
     * (the analyst's alert state changes that the alert engine reads, see {@code AlertStates}).
     */
    public <T> T shared(Class<T> type, java.util.function.Supplier<T> create) {
        return type.cast(shared.computeIfAbsent(type, k -> create.get()));
    }

    /**
     * Writes every transaction committed on this store's connections to the database file and asks
     * the operating system to put it on the disk, before it returns. H2 returns from a commit once the
     * transaction is visible and writes it to the file later, from a background thread (its
     * {@code WRITE_DELAY}, 500 ms): a process killed in between loses transactions it had committed.
     * Whatever is shown to an analyst as stored (an alert decision, an analyst's action) is made
     * durable by this call first (docs/alerts.md, Durability). One call covers every commit before it,
     * so a batch of events pays for one.
     *
     * @throws StoreException when the file cannot be written
     */
    public void sync() {
        try {
            MVStore mv = ((SessionLocal) anchor.unwrap(JdbcConnection.class).getSession())
                    .getDatabase()
                    .getStore()
                    .getMvStore();
            mv.commit();
            mv.sync();
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("Cannot write the store at " + dir + " to its file: " + e.getMessage(), e);
        }
    }

    /** The store directory. */
    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        try {
            anchor.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the store at " + dir + ": " + e.getMessage(), e);
        }
    }
}
