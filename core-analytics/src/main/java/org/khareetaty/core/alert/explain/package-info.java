/**
 * An alert's explanation as stored and published: {@link org.khareetaty.core.alert.explain.ExplanationDocument} and
 * its parts, read by the command line and the window, written by the alert engine.
 */
package org.khareetaty.core.alert.explain;
