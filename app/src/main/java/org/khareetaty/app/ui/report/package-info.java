/**
 * The window's exports of reports and map layouts (File > Export report…, File > Export map as
 * layout…): what the view shows taken as the report's scope, period and categories, the work run in
 * the background with progress and Cancel, and the files written whole or not at all. The numbers,
 * the PDF and the layout come from {@code core.report}; no SQL here.
 */
package org.khareetaty.app.ui.report;
