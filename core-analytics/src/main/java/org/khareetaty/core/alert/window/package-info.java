/**
 * Stream time and the windows over it: tumbling and sliding counts per cell, the rolling summary.
 * May depend on core {@code event} and {@code geo}.
 */
package org.khareetaty.core.alert.window;
