/**
 * The demo store the workstation opens on first launch: generated Kuwait incidents, governorates
 * and basemap. May depend on core-analytics, geo-data and sample-data.
 */
package org.khareetaty.app.demo;
