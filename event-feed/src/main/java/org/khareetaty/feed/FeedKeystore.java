package org.khareetaty.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.Objects;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The server's key and certificate for {@code wss://}: a PKCS12 or JKS keystore (the type is
 * detected) whose key has the store's password, e.g. made with
 * {@code keytool -genkeypair -keyalg RSA -storetype PKCS12 -ext SAN=dns:localhost,ip:127.0.0.1 ...}.
 *
 * @param file     the keystore
 * @param password its password
 */
public record FeedKeystore(Path file, char[] password) {

    public FeedKeystore {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
    }

    /**
     * Loads the keystore and checks that it holds a private key.
     *
     * @throws IllegalArgumentException naming the file: missing, unreadable, wrong password, or no key
     */
    KeyStore load() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("keystore " + file + " does not exist");
        }
        KeyStore ks;
        try {
            ks = KeyStore.getInstance(file.toFile(), password);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot open keystore " + file + ": "
                            + (e.getCause() instanceof UnrecoverableKeyException
                                    ? "wrong password (--tls-password or KHAREETATY_TLS_PASSWORD)"
                                    : e.getMessage()),
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "cannot open keystore " + file + " (PKCS12 or JKS expected): " + e.getMessage(), e);
        }
        try {
            boolean hasKey = false;
            for (String alias : Collections.list(ks.aliases())) {
                hasKey |= ks.isKeyEntry(alias);
            }
            if (!hasKey) {
                throw new IllegalArgumentException(
                        "keystore " + file + " holds no private key: create one with keytool -genkeypair");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read keystore " + file + ": " + e.getMessage(), e);
        }
        return ks;
    }

    SslContextFactory.Server sslContextFactory() {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(load());
        ssl.setKeyStorePassword(new String(password));
        return ssl;
    }
}
