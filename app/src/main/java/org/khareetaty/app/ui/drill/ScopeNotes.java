package org.khareetaty.app.ui.drill;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.hexgrid.DataWarning;

/**
 * The quick-hit sentences and data-quality warnings of the scope; a warning that counts rows (cells
 * or incidents) is a link that opens them in the attribute table.
 */
public final class ScopeNotes extends VBox {
    private final VBox hits = new VBox(4);
    private final VBox warnings = new VBox(4);
    private Consumer<DataWarning> onOpen = w -> {};

    public ScopeNotes() {
        setSpacing(6);
        getStyleClass().add("scope-notes");
        hits.setId("quick-hits");
        warnings.setId("warnings");
        Label h = new Label(Messages.text("notes.quickHits"));
        h.getStyleClass().add("section-title");
        getChildren().addAll(h, hits, warnings);
    }

    /** Called with the warning whose link was clicked. */
    public void setOnOpen(Consumer<DataWarning> onOpen) {
        this.onOpen = onOpen;
    }

    public void show(List<String> quickHits, List<DataWarning> warningList) {
        hits.getChildren()
                .setAll(quickHits.stream()
                        .map(s -> line("•  " + s, "quick-hit"))
                        .toList());
        warnings.getChildren().setAll(warningList.stream().map(this::warning).toList());
    }

    private Node warning(DataWarning w) {
        if (!w.opensRows()) {
            return line("⚠  " + w.text(), "warning");
        }
        Hyperlink link = new Hyperlink("⚠  " + w.text());
        LineBreaks.wrap(link);
        link.getStyleClass().add("warning");
        link.setMaxWidth(Double.MAX_VALUE);
        link.setUserData(w);
        link.setTooltip(new Tooltip(
                w.kind() == DataWarning.Kind.SPARSE_CELLS
                        ? Messages.text("notes.warning.cells")
                        : Messages.text("notes.warning.incidents")));
        link.setOnAction(e -> onOpen.accept(w));
        return link;
    }

    /**
     * A quick hit or warning, in the window's language (core writes them in it: the drill session is
     * opened with the display language), so it reads right to left in the Arabic window.
     */
    private static Label line(String text, String style) {
        Label l = new Label(text);
        LineBreaks.wrap(l);
        l.getStyleClass().add(style);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** The quick hits shown (in Arabic, with the line feeds of {@link LineBreaks} where a line was broken). */
    public List<String> quickHits() {
        return texts(hits);
    }

    /** The warnings shown, links or not (in Arabic with the line feeds of {@link LineBreaks}). */
    public List<String> warnings() {
        return texts(warnings);
    }

    private static List<String> texts(VBox lines) {
        return lines.getChildren().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText().substring(3))
                .toList();
    }

    /** The link of the warning of {@code kind} shown now, or null. */
    public Hyperlink link(DataWarning.Kind kind) {
        return warnings.getChildren().stream()
                .filter(n -> n instanceof Hyperlink h && h.getUserData() instanceof DataWarning w && w.kind() == kind)
                .map(n -> (Hyperlink) n)
                .findFirst()
                .orElse(null);
    }
}
