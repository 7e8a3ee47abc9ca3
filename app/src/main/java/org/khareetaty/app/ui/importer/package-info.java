/**
 * The import dialog: file preview, detected profile or a column mapping form, progress. May depend
 * on app {@code ui} and core-analytics.
 */
package org.khareetaty.app.ui.importer;
