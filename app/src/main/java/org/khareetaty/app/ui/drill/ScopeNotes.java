package org.khareetaty.app.ui.drill;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The quick-hit sentences and data-quality warnings of the scope. */
public final class ScopeNotes extends VBox {
    private final VBox hits = new VBox(4);
    private final VBox warnings = new VBox(4);

    public ScopeNotes() {
        setSpacing(6);
        getStyleClass().add("scope-notes");
        hits.setId("quick-hits");
        warnings.setId("warnings");
        Label h = new Label("Quick hits");
        h.getStyleClass().add("section-title");
        getChildren().addAll(h, hits, warnings);
    }

    public void show(List<String> quickHits, List<String> warningList) {
        hits.getChildren()
                .setAll(quickHits.stream()
                        .map(s -> line("•  " + s, "quick-hit"))
                        .toList());
        warnings.getChildren()
                .setAll(warningList.stream()
                        .map(s -> line("⚠  " + s, "warning"))
                        .toList());
    }

    private static Label line(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** The quick hits shown. */
    public List<String> quickHits() {
        return hits.getChildren().stream()
                .map(n -> ((Label) n).getText().substring(3))
                .toList();
    }
}
