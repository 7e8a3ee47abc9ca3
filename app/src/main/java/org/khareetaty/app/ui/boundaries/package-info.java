/**
 * The Load boundaries dialog: a boundary file's attributes picked as the layer's code, name and
 * parent fields, loaded into the store with progress and every feature accounted for. May depend
 * on app {@code ui}, geo-data and core-analytics.
 */
package org.khareetaty.app.ui.boundaries;
