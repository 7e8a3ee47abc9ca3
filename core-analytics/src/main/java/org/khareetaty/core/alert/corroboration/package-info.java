/**
 * The corroboration window: recent events in a metre grid, to find other sources near an event.
 * May depend on core {@code alert}, alert {@code config}, core {@code event} and {@code geo}.
 */
package org.khareetaty.core.alert.corroboration;
