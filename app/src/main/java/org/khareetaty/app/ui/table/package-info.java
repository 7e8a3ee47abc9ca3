/**
 * The attribute table of the scope: its cells or, at r10, its incidents. May depend on core-analytics.
 */
package org.khareetaty.app.ui.table;
