/**
 * The enrich step: an event's zone in each boundary layer and the nearest sensitive site. May
 * depend on alert {@code config} and {@code risk}, core {@code event}, {@code geo} and {@code store}.
 */
package org.khareetaty.core.alert.enrich;
