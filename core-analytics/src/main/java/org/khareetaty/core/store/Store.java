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
    static final int SCHEMA_VERSION = 17;

    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_WRONG_PASSWORD = 28000;
    private static final int H2_DECRYPT_ERROR = 90049;
    /** The environment variable that holds a store's passphrase. */
    public static final String PASSPHRASE_ENV = "KHAREETATY_STORE_PASSPHRASE";

    private final Path dir;
    private final StoreConnections dataSource;
    private final Connection anchor;
    private final java.util.concurrent.locks.ReentrantLock writeLock = new java.util.concurrent.locks.ReentrantLock();
    private final java.util.Map<Class<?>, Object> shared = new java.util.concurrent.ConcurrentHashMap<>();

    private Store(Path dir, StoreConnections dataSource, Connection anchor) {
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
        return open(dir, CACHE_KB, null, false);
    }

    /**
     * Opens the store in {@code dir} as {@link #open(Path)} does, encrypted with {@code passphrase}
     * (null: not encrypted); a new store is created encrypted with it.
     *
     * @throws StoreException when the store is encrypted and no passphrase or a wrong one was given,
     *         or a passphrase was given for a store that is not encrypted
     */
    public static Store open(Path dir, StorePassphrase passphrase) {
        return open(dir, CACHE_KB, passphrase, false);
    }

    /**
     * Opens the store in {@code dir} as {@link #open(Path)} does, for a process that mostly writes
     * the live stream (the headless alert listener): a {@link #STREAM_CACHE_KB} page cache, and the
     * database left open when the process is asked to stop (SIGTERM, Ctrl-C) until the caller closes
     * the store: H2 would otherwise close it from its own shutdown hook while the listener still
     * stores its last batch (docs/alerts.md, Stopping the listener).
     */
    public static Store openForStream(Path dir) {
        return open(dir, STREAM_CACHE_KB, null, true);
    }

    /** {@link #openForStream(Path)}, encrypted with {@code passphrase} as {@link #open(Path, StorePassphrase)}. */
    public static Store openForStream(Path dir, StorePassphrase passphrase) {
        return open(dir, STREAM_CACHE_KB, passphrase, true);
    }

    /** Whether the store in {@code dir} exists and is encrypted (its file starts with H2's encryption header). */
    public static boolean encrypted(Path dir) {
        Path file = dir.toAbsolutePath().normalize().resolve(DATABASE_NAME + ".mv.db");
        byte[] header = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (var in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(header.length), header);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static Store open(Path dir, int cacheKb, StorePassphrase passphrase, boolean keepOpenAtExit) {
        Objects.requireNonNull(dir, "dir");
        Path absolute = dir.toAbsolutePath().normalize();
        // Before the directory is made: a path H2 would read as settings is refused, not created.
        StoreConnections ds = StoreConnections.of(
                absolute.resolve(DATABASE_NAME),
                // FILE_LOCK=FILE: a second process fails fast with error 90020 instead of sharing the file.
                keepOpenAtExit
                        ? java.util.Map.of(
                                "FILE_LOCK",
                                "FILE",
                                "CACHE_SIZE",
                                Integer.toString(cacheKb),
                                "DB_CLOSE_ON_EXIT",
                                "FALSE")
                        : java.util.Map.of("FILE_LOCK", "FILE", "CACHE_SIZE", Integer.toString(cacheKb)),
                passphrase);
        boolean exists = Files.exists(absolute.resolve(DATABASE_NAME + ".mv.db"));
        if (exists && encrypted(absolute) && passphrase == null) {
            throw new StoreException("The store at " + absolute + " is encrypted: give its passphrase ($"
                    + PASSPHRASE_ENV + ", --passphrase-file FILE, or at the prompt).");
        }
        if (exists && !encrypted(absolute) && passphrase != null) {
            throw new StoreException("The store at " + absolute + " is not encrypted: open it without a passphrase, "
                    + "or encrypt it first (khareetaty store encrypt).");
        }
        try {
            OwnerOnly.createDirectories(absolute);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the store directory " + absolute + ": " + e.getMessage(), e);
        }
        Connection anchor;
        try {
            anchor = ds.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new StoreInUseException(absolute, e);
            }
            if (passphrase != null && (e.getErrorCode() == H2_WRONG_PASSWORD || e.getErrorCode() == H2_DECRYPT_ERROR)) {
                throw new StoreException("Cannot open the store at " + absolute + ": the passphrase is wrong.", e);
            }
            throw new StoreException("Cannot open the store at " + absolute + ": " + e.getMessage(), e);
        }
        Store store = new Store(absolute, ds, anchor);
        try {
            OwnerOnly.restrict(absolute.resolve(DATABASE_NAME + ".mv.db"));
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
                        && rs.getInt(2) == SCHEMA_VERSION
                        && rs.getInt(3) == 0;
            }
        } catch (SQLException e) {
            return false; // let Flyway look at it and say what is wrong
        }
    }

    private void recoverUnfinishedImports() {
        try (Connection c = connect()) {
            // recovery first: it rebuilds the indexes itself when an import was left unfinished
            ImportLog.recoverUnfinished(c);
            SecondaryIndexes.ensure(c);
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

    /**
     * Encrypts the closed, unencrypted store in {@code dir} in place with {@code passphrase}: its
     * database user becomes {@value StorePassphrase#USER} with a password (the passwordless
     * {@code sa} is dropped), then H2 rewrites the file with its AES cipher
     * ({@link org.h2.tools.ChangeFileEncryption}).
     *
     * @throws StoreException when the store is open, already encrypted or cannot be rewritten
     */
    public static void encrypt(Path dir, StorePassphrase passphrase) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!Files.exists(absolute.resolve(DATABASE_NAME + ".mv.db"))) {
            throw new StoreException("There is no store at " + absolute + " to encrypt.");
        }
        if (encrypted(absolute)) {
            throw new StoreException("The store at " + absolute + " is encrypted already.");
        }
        try (Store plain = open(absolute);
                Connection c = plain.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE USER " + StorePassphrase.USER + " PASSWORD '" + passphrase.userPassword() + "' ADMIN");
        } catch (SQLException e) {
            throw new StoreException("Cannot add the store's user to " + absolute + ": " + e.getMessage(), e);
        }
        try {
            org.h2.tools.ChangeFileEncryption.execute(
                    absolute.toString(),
                    DATABASE_NAME,
                    "AES",
                    null,
                    passphrase.filePassword().toCharArray(),
                    true);
        } catch (SQLException e) {
            throw new StoreException("Cannot encrypt the store at " + absolute + ": " + e.getMessage(), e);
        }
        try (Store encrypted = open(absolute, passphrase);
                Connection c = encrypted.connect();
                Statement s = c.createStatement()) {
            s.execute("DROP USER SA");
        } catch (SQLException e) {
            throw new StoreException("Cannot drop the passwordless user of " + absolute + ": " + e.getMessage(), e);
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

    /** Work on one connection of the store, as {@link #read} runs it. */
    @FunctionalInterface
    public interface Read<T> {
        /** The result read on {@code c}. */
        T on(Connection c) throws SQLException;
    }

    /**
     * Runs {@code read} on a connection of its own, closed before it returns: the one way the query
     * classes reach the store for callers that hold no connection (the window, the commands).
     *
     * @param what what is read, for the message: "Cannot {@code what} the store at DIR: ..."
     * @throws StoreException when the store cannot be read
     */
    public <T> T read(String what, Read<T> read) {
        try (Connection c = connect()) {
            return read.on(c);
        } catch (SQLException e) {
            throw new StoreException("Cannot " + what + " the store at " + dir + ": " + e.getMessage(), e);
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
