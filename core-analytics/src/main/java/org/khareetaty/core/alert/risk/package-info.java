/**
 * Dynamic risk per H3 cell, raised by incidents and decaying with time. May depend on alert
 * {@code config} and core {@code geo}.
 */
package org.khareetaty.core.alert.risk;
