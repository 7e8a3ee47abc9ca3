/**
 * Offense types to categories and severities, from an editable CSV. Depends on nothing.
 */
package org.khareetaty.core.taxonomy;
