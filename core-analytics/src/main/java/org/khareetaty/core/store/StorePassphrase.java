package org.khareetaty.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The passphrase of an encrypted store, as the passwords H2 takes: the file password (from which H2
 * derives the AES key of the file, with its own salt and key stretching) and the password of the
 * store's database user {@value #USER}, each the SHA-256 of the passphrase under its own label, in
 * hex. The passphrase itself is not kept.
 */
public final class StorePassphrase {
    /** The database user of an encrypted store (an unencrypted one has {@code sa} without a password). */
    public static final String USER = "ANALYST";

    private final String filePassword;
    private final String userPassword;

    private StorePassphrase(char[] passphrase) {
        this.filePassword = digest("khareetaty store file:", passphrase);
        this.userPassword = digest("khareetaty store user:", passphrase);
    }

    /**
     * The passphrase {@code passphrase} (the caller may clear the array afterwards).
     *
     * @throws StoreException when it is shorter than 8 characters
     */
    public static StorePassphrase of(char[] passphrase) {
        if (passphrase == null || passphrase.length < 8) {
            throw new StoreException("A store passphrase needs at least 8 characters (a sentence is better).");
        }
        return new StorePassphrase(passphrase);
    }

    String filePassword() {
        return filePassword;
    }

    String userPassword() {
        return userPassword;
    }

    private static String digest(String label, char[] passphrase) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(label.getBytes(StandardCharsets.UTF_8));
            java.nio.ByteBuffer bytes = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(passphrase));
            sha.update(bytes);
            java.util.Arrays.fill(bytes.array(), (byte) 0);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "StorePassphrase[hidden]";
    }
}
