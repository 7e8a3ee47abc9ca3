-- Reports (issue 16): the KPI report's and the briefing's queries select a period of incidents
-- (local_date BETWEEN ? AND ?); without an index each scanned every incident of the store.
-- The index is one of org.khareetaty.core.store.SecondaryIndexes: a bulk load drops it and builds it
-- once afterwards, like the spatial index, and crash recovery rebuilds it.
CREATE INDEX IF NOT EXISTS incidents_local_date ON incidents(local_date);
