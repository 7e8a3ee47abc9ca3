/**
 * Live feeds wired to a store's alert engine: the in-process demo feed and the engine feed used by
 * {@code alerts listen} and the window. May depend on core-analytics, event-feed and sample-data; no JavaFX.
 */
package org.khareetaty.app.live;
