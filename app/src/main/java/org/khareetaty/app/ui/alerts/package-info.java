/**
 * The Live alerts panel: the alert queue, an alert's explanation, the feed's health and settings,
 * the P0 alarm. May depend on app {@code live} and {@code ui.settings}, and core-analytics.
 */
package org.khareetaty.app.ui.alerts;
