/**
 * The one error model: {@link org.khareetaty.core.error.KhareetatyException}, the root of every error the
 * program reports to the analyst, carrying the command line's exit code. The errors of each concept
 * (store, import, boundary file, basemap, alert configuration, replay file, cancellation) extend it in
 * their own packages.
 */
package org.khareetaty.core.error;
