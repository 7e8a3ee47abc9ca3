/**
 * Incidents made of related events (session windows) and fused citizen reports. May depend on
 * core {@code alert} and its {@code config}, core {@code event} and {@code geo}.
 */
package org.khareetaty.core.alert.incident;
