-- Import truth, round 3 (issue 13).
-- The study area a --bbox gave, kept so that it applies to every later import (one row: a store has
-- one saved box; a new --bbox replaces it). Saved in the transaction that completes the import.
CREATE TABLE study_area (
    id            INT PRIMARY KEY,
    geom          GEOMETRY(POLYGON, 4326) NOT NULL,
    described     VARCHAR(200) NOT NULL,
    set_by_import BIGINT NOT NULL,
    set_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
-- What limited where an import's points could fall: "primary layer beats", "bbox W,S,E,N", "none".
ALTER TABLE imports ADD COLUMN study_area VARCHAR(400);
-- A warning about a loaded row's place, e.g. a point just outside the study area's edge kept and
-- given the zones of the nearest zone ("12.4 m outside the study area: zones of beat 1234 nearby"),
-- or a point where a geocoder likely put what it could not place.
ALTER TABLE incidents ADD COLUMN place_flag VARCHAR(200);
