/**
 * What the window remembers between runs in the user's preferences: layout, bookmarks, recent stores,
 * the display language and the other settings of the Settings dialog.
 * Depends on JavaFX only.
 */
package org.khareetaty.app.ui.settings;
