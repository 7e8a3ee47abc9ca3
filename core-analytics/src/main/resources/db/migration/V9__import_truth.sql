-- Import truth (issue 13): what a loaded row's time really says.
-- time_flag: a warning about the row's time, e.g. a written UTC offset that differs from the
-- source zone's offset at that instant ("offset -06:00 written, America/Chicago is at -05:00 then").
ALTER TABLE incidents ADD COLUMN time_flag VARCHAR(200);
-- flagged: the import's loaded-but-flagged rows by code, "offset_disagrees_with_zone=3;..."
ALTER TABLE imports ADD COLUMN flagged VARCHAR(2000);
