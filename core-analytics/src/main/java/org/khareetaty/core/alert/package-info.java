/**
 * The alert engine: accepted live events in, stored alert decisions out (docs/alerts.md), and the
 * store's alerts as the analyst works them ({@code Alerts}). Its steps live in the sub-packages. May
 * depend on its sub-packages and core {@code event}, {@code geo}, {@code store}, {@code taxonomy}; never
 * on JavaFX or the modules above core.
 */
package org.khareetaty.core.alert;
