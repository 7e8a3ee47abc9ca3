-- Khareetaty store, schema version 17: a stored forecast's validation week by week, so the window can
-- say in how many past weeks a forecast beat the naive forecast (docs/forecast.md). Runs stored before
-- have no rows here (the window then gives the 4-week mean only).
CREATE TABLE forecast_validation_weeks (
    run_id     BIGINT NOT NULL,
    zone       VARCHAR(128) NOT NULL,
    week       INT NOT NULL,               -- 1 = the earliest of the validation weeks
    model_mase DOUBLE PRECISION NOT NULL,  -- the model's mean scaled error that week
    naive_mase DOUBLE PRECISION NOT NULL,  -- the seasonal naive forecast's
    PRIMARY KEY (run_id, zone, week),
    FOREIGN KEY (run_id, zone) REFERENCES forecast_series(run_id, zone) ON DELETE CASCADE
);
