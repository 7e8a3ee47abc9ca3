package org.khareetaty.app.ui.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.prefs.Preferences;
import org.khareetaty.app.ui.settings.WindowLayout;

/**
 * The analyst's live feed settings, per user: the feed URL and whether a P0 alert sounds, in the
 * workstation's preferences (node {@code org/khareetaty/workstation/feed}); the bearer token apart,
 * in a file only the user can read ({@link #tokenFile()}), never in the preferences and never shown.
 *
 * @param url   the feed, e.g. {@code ws://127.0.0.1:8765/events}, or empty when not set
 * @param token the bearer token, or empty for none
 * @param muted true to keep a P0 alert silent (the banner still shows)
 */
public record FeedSettings(String url, String token, boolean muted) {
    /** System property naming the token file (tests use their own). */
    public static final String TOKEN_FILE_PROPERTY = "khareetaty.feed.token-file";

    public FeedSettings {
        url = url == null ? "" : url.strip();
        token = token == null ? "" : token.strip();
    }

    /** The token file: {@code $XDG_CONFIG_HOME/khareetaty/feed-token}, else {@code ~/.config/khareetaty/feed-token}. */
    public static Path tokenFile() {
        String p = System.getProperty(TOKEN_FILE_PROPERTY);
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config =
                xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("khareetaty").resolve("feed-token");
    }

    private static Preferences node() {
        return WindowLayout.root().node("feed");
    }

    /** The settings saved last (empty ones at first). */
    public static FeedSettings load() {
        Preferences p = node();
        String token = "";
        Path f = tokenFile();
        if (Files.isRegularFile(f)) {
            try {
                token = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the feed token from " + f + ": " + e.getMessage(), e);
            }
        }
        return new FeedSettings(p.get("url", ""), token, p.getBoolean("muted", false));
    }

    /** Saves the settings; the token file is readable by its owner only (deleted when the token is empty). */
    public void save() {
        Preferences p = node();
        p.put("url", url);
        p.putBoolean("muted", muted);
        Path f = tokenFile();
        try {
            if (token.isEmpty()) {
                Files.deleteIfExists(f);
                return;
            }
            Files.createDirectories(f.toAbsolutePath().getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                if (!Files.exists(f)) {
                    Files.createFile(
                            f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(
                    f,
                    token,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the feed token to " + f + ": " + e.getMessage(), e);
        }
    }

    /** True when a URL is set. */
    public boolean configured() {
        return !url.isEmpty();
    }

    @Override
    public String toString() {
        return "FeedSettings[url=" + url + ", token=" + (token.isEmpty() ? "none" : "set") + ", muted=" + muted + "]";
    }
}
