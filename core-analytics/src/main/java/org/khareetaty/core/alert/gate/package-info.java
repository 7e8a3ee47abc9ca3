/**
 * The confidence gates an incident must pass before it raises an alert (docs/alerts.md, "Gates").
 * May depend on core {@code alert} and its {@code config}, {@code incident} and {@code score}, and core {@code event}.
 */
package org.khareetaty.core.alert.gate;
