/**
 * The audit log of every alert decision and analyst action, and the fairness check over it. May
 * depend on alert {@code config} and core {@code store}.
 */
package org.khareetaty.core.alert.audit;
