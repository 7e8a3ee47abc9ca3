-- Gold aggregates: incidents and arrests per H3 cell at r6..r10, per day and per month, per offense
-- category. Only counts are stored; rates, Wilson intervals, neighbour-pooled rates and confidence
-- flags are computed from them when read (org.khareetaty.core.hexgrid). Kept current
-- incrementally: each completed import's own rows are merged in once (gold_imports lists those
-- merged) before the aggregates are read; 'khareetaty aggregates refresh' rebuilds them in full.
CREATE TABLE gold_cells (
    res       TINYINT NOT NULL,
    period    CHAR(1) NOT NULL,      -- 'D' a day, 'M' a month
    period_start DATE NOT NULL,      -- the day, or the first day of the month
    category  VARCHAR(16) NOT NULL,
    cell      BIGINT NOT NULL,
    incidents INT NOT NULL,
    known     INT NOT NULL,          -- incidents whose source says whether there was an arrest
    arrests   INT NOT NULL,
    PRIMARY KEY (res, period, period_start, category, cell)
);

-- The completed imports whose incidents gold_cells holds.
CREATE TABLE gold_imports (
    import_id BIGINT PRIMARY KEY
);
