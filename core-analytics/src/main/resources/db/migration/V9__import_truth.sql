-- Import truth (issue 13): what a loaded row's time really says.
-- time_flag: a warning about the row's time, e.g. a written UTC offset that differs from the
-- source zone's offset at that instant ("offset -06:00 written, America/Chicago is at -05:00 then").
ALTER TABLE incidents ADD COLUMN time_flag VARCHAR(200);
-- flagged: the import's loaded-but-flagged rows by code, "offset_disagrees_with_zone=3;..."
ALTER TABLE imports ADD COLUMN flagged VARCHAR(2000);
-- time_precision: how finely the source gives the time: day (a date only, or a placeholder time
-- such as a mass of 12:00), hour, minute, second. Rows loaded before V9 are taken as minutes.
ALTER TABLE incidents ADD COLUMN time_precision VARCHAR(6) DEFAULT 'minute' NOT NULL;
-- An import can be undone (khareetaty import undo ID): status 'undoing' while its rows are removed,
-- then 'undone'; who and when.
ALTER TABLE imports ADD COLUMN undone_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE imports ADD COLUMN undone_by VARCHAR(64);
