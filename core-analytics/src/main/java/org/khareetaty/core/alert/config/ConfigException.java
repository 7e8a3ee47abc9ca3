package org.khareetaty.core.alert.config;

/** The alert configuration file cannot be read, or a key in it is unknown or out of range. */
public final class ConfigException extends IllegalArgumentException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
