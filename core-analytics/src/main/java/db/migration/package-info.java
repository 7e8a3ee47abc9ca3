/**
 * Flyway's Java migrations of the store (SQL ones are in resources db/migration): the H2GIS functions
 * and the secondary indexes. Depends on Flyway, H2GIS and core {@code store} only.
 */
package db.migration;
