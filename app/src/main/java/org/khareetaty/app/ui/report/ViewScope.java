package org.khareetaty.app.ui.report;

import java.util.ArrayList;
import java.util.List;
import org.khareetaty.app.ui.drill.DrillViewModel;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.MapConsole;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.Breadcrumb;
import org.khareetaty.core.hexgrid.CellLabels;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.report.ReportScope;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A scope the view offers a report: the whole area, the cell drilled into, the polygon selected
 * on the map.
 *
 * @param label what the dialog calls it ("Drill cell: r8 … / Near West")
 * @param scope the report's scope
 */
record ViewScope(String label, ReportScope scope) {
    /** The name of the polygon scope in the report ("polygon of the map selection"). */
    static final String SELECTION = "the map selection";

    /** The scopes of the view: the whole area, then the cell drilled into and the selection when there are. */
    static List<ViewScope> of(DrillViewModel model, MapConsole console) {
        List<ViewScope> out = new ArrayList<>();
        out.add(new ViewScope(Messages.text("scope.wholeArea"), ReportScope.wholeArea()));
        DrillScope shown = model.scope();
        if (shown != null && shown.parent() != null) {
            out.add(new ViewScope(
                    Messages.text("report.scope.cell", cellLabel(model, shown.parent())),
                    new ReportScope.Cell(shown.parent())));
        }
        List<double[]> polygon = console.sketch().closedPolygon();
        if (polygon != null) {
            out.add(new ViewScope(Messages.text("report.scope.polygon", polygon.size()), polygon(polygon)));
        }
        return out;
    }

    /** The breadcrumb of the cell drilled into ("r8 District 1 / Loop"), or its resolution and centre. */
    private static String cellLabel(DrillViewModel model, long cell) {
        DrillViewModel.Result r = model.result().get();
        if (r != null && !r.drill().breadcrumbs().isEmpty()) {
            Breadcrumb last =
                    r.drill().breadcrumbs().get(r.drill().breadcrumbs().size() - 1);
            return last.label();
        }
        return "r" + H3Cells.h3().getResolution(cell) + " " + CellLabels.centreOf(cell, Messages.locale());
    }

    /** The selection's corners (lon, lat) as a polygon scope. */
    static ReportScope.Polygon polygon(List<double[]> corners) {
        Coordinate[] ring = new Coordinate[corners.size() + 1];
        for (int i = 0; i < corners.size(); i++) {
            ring[i] = new Coordinate(corners.get(i)[0], corners.get(i)[1]);
        }
        ring[corners.size()] = ring[0];
        Geometry shape = ReportScope.WGS84.createPolygon(ring);
        // a figure-eight sketch is not a valid polygon: its buffer(0) is the area it encloses
        if (!shape.isValid()) {
            shape = shape.buffer(0);
        }
        shape.setSRID(4326);
        return new ReportScope.Polygon(SELECTION, shape);
    }

    @Override
    public String toString() {
        return label;
    }
}
