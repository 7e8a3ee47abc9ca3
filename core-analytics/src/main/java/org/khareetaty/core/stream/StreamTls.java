package org.khareetaty.core.stream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificates a {@code wss://} client trusts. Without one the JDK's default trust store
 * applies; a feed with a self-signed certificate is trusted by loading a trust store (PKCS12 or JKS)
 * that holds it. Host names are still verified: the certificate must name the host of the URL
 * (e.g. {@code SAN=ip:127.0.0.1,dns:localhost}).
 *
 * @param socketFactory makes the TLS sockets
 * @param trustManager  decides which server certificates are trusted
 */
public record StreamTls(SSLSocketFactory socketFactory, X509TrustManager trustManager) {

    public StreamTls {
        Objects.requireNonNull(socketFactory, "socketFactory");
        Objects.requireNonNull(trustManager, "trustManager");
    }

    /**
     * Trusts the certificates in a PKCS12 or JKS store (a server's keystore will do: its certificate
     * is trusted).
     *
     * @throws IllegalArgumentException naming the file when it cannot be read or the password is wrong
     */
    public static StreamTls trustStore(Path file, char[] password) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("trust store " + file + " does not exist");
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance(file.toFile(), password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "cannot read trust store " + file + " (PKCS12 or JKS): "
                            + (e.getCause() instanceof java.security.UnrecoverableKeyException
                                    ? "wrong password"
                                    : e.getMessage()),
                    e);
        }
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            X509TrustManager trust = Arrays.stream(tmf.getTrustManagers())
                    .filter(X509TrustManager.class::isInstance)
                    .map(X509TrustManager.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no X.509 trust manager in this JDK"));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return new StreamTls(context.getSocketFactory(), trust);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use trust store " + file + ": " + e.getMessage(), e);
        }
    }
}
