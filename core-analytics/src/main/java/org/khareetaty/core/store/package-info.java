/**
 * The store: one embedded H2GIS database file, its migrations, import log, rejected rows and the
 * queries over incidents (docs/store.md). May depend on core {@code geo}, H2, H2GIS, Flyway and JTS.
 */
package org.khareetaty.core.store;
