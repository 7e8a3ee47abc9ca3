/**
 * What the window remembers between runs in the user's preferences: layout and bookmarks.
 * Depends on JavaFX only.
 */
package org.khareetaty.app.ui.settings;
