package org.khareetaty.core.alert.config;

import org.khareetaty.core.error.KhareetatyException;

/** The alert configuration file cannot be read, or a key in it is unknown or out of range. */
public final class ConfigException extends KhareetatyException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
