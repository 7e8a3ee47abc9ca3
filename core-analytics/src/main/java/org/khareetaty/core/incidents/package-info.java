/**
 * The stored incidents as the workstation lists and draws them: the rows of a drill-down scope
 * ({@link org.khareetaty.core.incidents.IncidentRows}) and the locations in a map box
 * ({@link org.khareetaty.core.incidents.IncidentLocations}). Query classes over a
 * {@link org.khareetaty.core.store.Store}, returning records; the SQL stays here.
 */
package org.khareetaty.core.incidents;
