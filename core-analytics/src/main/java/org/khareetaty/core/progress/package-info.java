/**
 * Progress and cancellation of long work (imports, loads, analyses). Depends on nothing.
 */
package org.khareetaty.core.progress;
