/**
 * The priority score: its five terms (severity, corroboration, urgency, sensitivity, spike) and
 * the P0..P3 priorities. May depend on alert {@code config} and core {@code taxonomy}.
 */
package org.khareetaty.core.alert.score;
