package org.khareetaty.core.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * A table drawn on {@link ReportPages}: a bold head on grey (with spans above groups of columns),
 * rows with hairlines between them, numbers aligned right, text cut with an ellipsis to its column
 * (or, in a column that wraps, carried onto more lines: a row as tall as its longest cell); the head repeated at the top of each page the table runs onto. On right-to-left pages the first
 * column is on the right and text aligns right.
 */
final class ReportTable {
    /** A column: its head, width in points, whether its cells align right, and whether they wrap rather than cut. */
    record Column(String head, float width, boolean right, boolean wraps) {
        /** A column whose cells are cut to its width. */
        Column(String head, float width, boolean right) {
            this(head, width, right, false);
        }
    }

    /** A label over the columns {@code from..to} (inclusive). */
    record Span(String label, int from, int to) {}

    private static final Color HEAD = new Color(0xE6, 0xE9, 0xEE);
    private static final Color TOTAL = new Color(0xF3, 0xF4, 0xF6);
    private static final float PAD = 3;

    private final List<Column> columns;
    private final List<Span> spans;
    private final float fontSize;

    ReportTable(List<Column> columns, List<Span> spans, float fontSize) {
        this.columns = columns;
        this.spans = spans;
        this.fontSize = fontSize;
    }

    private float rowHeight() {
        return fontSize * 1.7f;
    }

    /** Draws the rows at the cursor; the last {@code totals} rows are shaded and bold. */
    void draw(ReportPages pages, List<List<String>> rows, int totals) throws IOException {
        pages.ensure(3 * rowHeight());
        head(pages);
        for (int r = 0; r < rows.size(); r++) {
            boolean total = r >= rows.size() - totals;
            List<List<String>> cells = lines(pages, rows.get(r), total, true);
            int n = cells.stream().mapToInt(List::size).max().orElse(1);
            float height = rowHeight() + (n - 1) * lineStep();
            if (pages.y() - height < ReportPages.MARGIN + ReportPages.FOOTER) {
                pages.newPage();
                head(pages);
            }
            if (total) {
                pages.box(pages.left(), pages.y() - height, totalWidth(), height, TOTAL);
            }
            row(pages, cells, total, height);
            pages.rule(pages.left(), pages.y(), totalWidth(), Color.LIGHT_GRAY, 0.3f);
        }
        pages.down(rowHeight() * 0.6f);
    }

    private float lineStep() {
        return fontSize * 1.25f;
    }

    /** Each cell's lines: one, cut to its column, or as many as a wrapping column needs (when {@code wrap}). */
    private List<List<String>> lines(ReportPages pages, List<String> cells, boolean bold, boolean wrap)
            throws IOException {
        var font = bold ? pages.fonts().bold() : pages.fonts().regular();
        List<List<String>> out = new java.util.ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String text = cells.get(i) == null ? "" : cells.get(i);
            List<String> wrapped =
                    wrap && c.wraps() ? pages.wrap(text, font, fontSize, c.width() - 2 * PAD) : List.of();
            List<String> lines = new java.util.ArrayList<>();
            for (String line : wrapped.isEmpty() ? List.of(text) : wrapped) {
                lines.add(pages.fit(line, font, fontSize, c.width() - 2 * PAD));
            }
            out.add(lines);
        }
        return out;
    }

    private void head(ReportPages pages) throws IOException {
        if (!spans.isEmpty()) {
            for (Span s : spans) {
                float w = offset(s.to() + 1) - offset(s.from());
                float x = pages.rightToLeft()
                        ? pages.left() + totalWidth() - offset(s.to() + 1)
                        : pages.left() + offset(s.from());
                String label = pages.fit(s.label(), pages.fonts().bold(), fontSize, w - 2 * PAD);
                float lw = pages.width(label, pages.fonts().bold(), fontSize);
                pages.text(label, pages.fonts().bold(), fontSize, x + (w - lw) / 2, pages.y() - fontSize * 1.2f);
                pages.rule(x + PAD, pages.y() - rowHeight() + 1, w - 2 * PAD, Color.GRAY, 0.5f);
            }
            pages.down(rowHeight());
        }
        pages.box(pages.left(), pages.y() - rowHeight(), totalWidth(), rowHeight(), HEAD);
        List<String> heads = columns.stream().map(Column::head).toList();
        row(pages, lines(pages, heads, true, false), true, rowHeight());
    }

    private void row(ReportPages pages, List<List<String>> cells, boolean bold, float height) throws IOException {
        float baseline = pages.y() - rowHeight() + (rowHeight() - fontSize) / 2 + fontSize * 0.2f;
        var font = bold ? pages.fonts().bold() : pages.fonts().regular();
        boolean rtl = pages.rightToLeft();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            float x = rtl ? pages.left() + totalWidth() - offset(i + 1) : pages.left() + offset(i);
            List<String> lines = cells.get(i);
            for (int k = 0; k < lines.size(); k++) {
                float w = pages.width(lines.get(k), font, fontSize);
                pages.text(
                        lines.get(k),
                        font,
                        fontSize,
                        c.right() || rtl ? x + c.width() - PAD - w : x + PAD,
                        baseline - k * lineStep());
            }
        }
        pages.down(height);
    }

    private float offset(int column) {
        float x = 0;
        for (int i = 0; i < column; i++) {
            x += columns.get(i).width();
        }
        return x;
    }

    private float totalWidth() {
        return offset(columns.size());
    }
}
