/**
 * The window's words in English and Arabic: {@link org.khareetaty.app.ui.i18n.Messages} reads them
 * from the resource bundles {@code messages.properties} and {@code messages_ar.properties} beside it,
 * and {@link org.khareetaty.app.ui.i18n.RightToLeft} turns a scene to Arabic (mirrored, with a
 * bundled Arabic font).
 */
package org.khareetaty.app.ui.i18n;
