/** The Help menu's pages: the user guide rendered from docs/ with its screenshots, and About. */
package org.khareetaty.app.ui.help;
