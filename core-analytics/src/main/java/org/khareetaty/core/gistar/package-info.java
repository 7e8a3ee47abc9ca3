/**
 * Getis-Ord Gi* hot and cold spots over H3 cells with the Benjamini-Hochberg correction
 * (docs/gistar.md). May depend on core {@code geo}, {@code progress} and {@code store}.
 */
package org.khareetaty.core.gistar;
