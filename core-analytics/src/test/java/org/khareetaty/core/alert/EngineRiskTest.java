package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.uber.h3core.util.LatLng;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.GreatCircle;
import org.khareetaty.core.geo.H3Cells;

/** A new incident raises the dynamic risk around it, which the next incident nearby reads as spatial sensitivity. */
class EngineRiskTest extends StoreFixture {

    @Test
    void theNextIncidentNearbyReadsTheDecayedRiskAsSpatialSensitivity() {
        Stream s = new Stream();
        try (AlertEngine engine = Stream.engine(store, "")) {
            Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.9));
            long cell = H3Cells.h3().latLngToCell(Stream.lat(1000), Stream.lon(1000, 0), 8);
            LatLng c = H3Cells.h3().cellToLatLng(cell);
            double d = GreatCircle.metres(Stream.LAT, Stream.LON, c.lat, c.lng);
            // violent weight 1 x (1 - d / 2000), halved every 6 h: after 1 h x 0.5^(1/6); term 1 - exp(-risk / 3)
            double risk = (1 - d / 2000) * Math.pow(0.5, 1.0 / 6);
            assertEquals(risk, engine.riskAt(Stream.lat(1000), Stream.lon(1000, 0), Stream.T0.plusSeconds(3600)), 1e-6);
            // 1 km north, 60 minutes later: a new incident (beyond the 500 m radius), which reads that risk
            List<AlertDecision> ds =
                    Stream.feed(engine, s.event("cad-2", EventSource.CAD, "robbery", 60, 1000, 0, 0.9));
            AlertDecision raised = Stream.only(ds, DecisionKind.RAISED);
            assertEquals(1 - Math.exp(-risk / 3), raised.terms().sensitivity(), 1e-6);
        }
    }
}
