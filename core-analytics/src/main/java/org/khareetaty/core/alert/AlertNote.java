package org.khareetaty.core.alert;

import java.time.Instant;

/** An analyst's note on an alert. */
public record AlertNote(Instant at, String actor, String note) {}
