/**
 * Every weight, window and threshold of the alert engine, read from one editable TOML file over the
 * bundled defaults. May depend on alert {@code score} (priority names) and core {@code taxonomy}.
 */
package org.khareetaty.core.alert.config;
