package org.khareetaty.app.ui.drill;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.Breadcrumb;

/** The path from the whole area to the cell drilled into; each step but the last jumps back to it. */
public final class BreadcrumbBar extends HBox {
    private final Consumer<Breadcrumb> onJump;

    public BreadcrumbBar(Consumer<Breadcrumb> onJump) {
        this.onJump = onJump;
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(2);
        getStyleClass().add("breadcrumbs");
    }

    /** Shows {@code path}; {@code res} is the resolution of the cells now shown. */
    public void show(List<Breadcrumb> path, int res) {
        getChildren().clear();
        for (int i = 0; i < path.size(); i++) {
            Breadcrumb b = path.get(i);
            String text = b.res() == 0 ? Messages.text("scope.wholeArea") : "r" + b.res() + " " + b.label();
            if (i > 0) {
                getChildren().add(new Label("›"));
            }
            Hyperlink link = new Hyperlink(text);
            link.setId("crumb-" + i);
            link.setTooltip(new Tooltip(
                    b.res() == 0
                            ? Messages.text("crumbs.wholeArea.tip")
                            : Messages.text("crumbs.cell.tip", b.res(), Long.toHexString(b.cell()))));
            link.setOnAction(e -> onJump.accept(b));
            getChildren().add(link);
        }
        Label here = new Label(Messages.text(res == H3Cells.MAX_RES ? "crumbs.here.micro" : "crumbs.here", res));
        here.getStyleClass().add("breadcrumb-here");
        getChildren().add(here);
    }
}
