/**
 * The JavaFX workstation: application, main window, store opening and background store tasks.
 * May depend on its sub-packages and core-analytics; store work runs off the JavaFX thread.
 */
package org.khareetaty.app.ui;
