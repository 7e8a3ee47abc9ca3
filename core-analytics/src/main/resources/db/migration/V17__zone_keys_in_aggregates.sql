-- Khareetaty store, schema version 17: the drill-down's aggregates keep the zones stored on each
-- incident (a cell is named by them without scanning the incidents when a drill-down opens), in a
-- new segment format. The segments of earlier versions are dropped here; the next drill-down
-- aggregates every completed import again from its incidents (GoldAggregates.catchUp).
DELETE FROM gold_imports;
DELETE FROM gold_segment_parts;
DELETE FROM gold_segments;
