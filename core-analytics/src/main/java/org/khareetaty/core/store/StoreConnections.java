package org.khareetaty.core.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections to one store's H2 file, with H2's settings passed as connection properties
 * rather than written into the JDBC URL. H2 reads everything after a {@code ;} of its URL as
 * {@code key=value} settings, among them {@code INIT}, which runs SQL on connect: a store path
 * pasted into the URL (a {@code --store} or {@code KHAREETATY_STORE} of
 * {@code x;INIT=CALL CSVWRITE(...)}) ran the SQL it carried. So the URL holds the path alone, a path
 * H2 would read as settings is refused ({@link #checkPath}), and the settings travel as properties.
 */
final class StoreConnections implements DataSource {
    private static final org.h2.Driver DRIVER = org.h2.Driver.load();

    private final String url;
    private final Properties settings;

    private StoreConnections(String url, Properties settings) {
        this.url = url;
        this.settings = settings;
    }

    /**
     * Connections to the H2 database {@code file} (without H2's {@code .mv.db}) with {@code settings}
     * (H2 setting names to values); the user and password are added here.
     *
     * @throws StoreException when H2 would read part of the path as a setting
     */
    static StoreConnections of(Path file, java.util.Map<String, String> settings) {
        return of(file, settings, null);
    }

    /**
     * Connections to {@code file} as {@link #of(Path, java.util.Map)}, to a file encrypted with H2's
     * AES cipher when {@code passphrase} is not null: H2 reads the file password and the user's
     * password from one string, split at its first space, so both are derived from the passphrase
     * as hex digests ({@link StorePassphrase}), which have none, and the user is
     * {@value StorePassphrase#USER}, not {@code sa}.
     */
    static StoreConnections of(Path file, java.util.Map<String, String> settings, StorePassphrase passphrase) {
        checkPath(file);
        Properties p = new Properties();
        p.putAll(settings);
        if (passphrase == null) {
            p.setProperty("user", "sa");
            p.setProperty("password", "");
        } else {
            p.setProperty("CIPHER", "AES");
            p.setProperty("user", StorePassphrase.USER);
            p.setProperty("password", passphrase.filePassword() + " " + passphrase.userPassword());
        }
        return new StoreConnections("jdbc:h2:file:" + file, p);
    }

    /**
     * Refuses a store path that H2 would not read as a file name: one with a {@code ;} (the start of
     * H2's settings) or a control character.
     */
    static void checkPath(Path file) {
        String s = file.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ';' || Character.isISOControl(c)) {
                throw new StoreException("The store path "
                        + s.replaceAll("\\p{Cntrl}", "?")
                        + " contains " + (c == ';' ? "';'" : "a control character")
                        + ", which the database would read as settings: choose a folder whose path has none.");
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DRIVER.connect(url, settings);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("a store connects as its own user");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("H2 logs through its own trace");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
