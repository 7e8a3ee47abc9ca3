package org.khareetaty.core.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * A table drawn on {@link ReportPages}: a bold head on grey (with spans above groups of columns),
 * rows with hairlines between them, numbers aligned right, text cut with an ellipsis to its column;
 * the head repeated at the top of each page the table runs onto. On right-to-left pages the first
 * column is on the right and text aligns right.
 */
final class ReportTable {
    /** A column: its head, width in points, and whether its cells align right. */
    record Column(String head, float width, boolean right) {}

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
            if (pages.y() - rowHeight() < ReportPages.MARGIN + ReportPages.FOOTER) {
                pages.newPage();
                head(pages);
            }
            boolean total = r >= rows.size() - totals;
            if (total) {
                pages.box(pages.left(), pages.y() - rowHeight(), totalWidth(), rowHeight(), TOTAL);
            }
            row(pages, rows.get(r), total);
            pages.rule(pages.left(), pages.y(), totalWidth(), Color.LIGHT_GRAY, 0.3f);
        }
        pages.down(rowHeight() * 0.6f);
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
        row(pages, heads, true);
    }

    private void row(ReportPages pages, List<String> cells, boolean bold) throws IOException {
        float baseline = pages.y() - rowHeight() + (rowHeight() - fontSize) / 2 + fontSize * 0.2f;
        var font = bold ? pages.fonts().bold() : pages.fonts().regular();
        boolean rtl = pages.rightToLeft();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            float x = rtl ? pages.left() + totalWidth() - offset(i + 1) : pages.left() + offset(i);
            String text = pages.fit(cells.get(i) == null ? "" : cells.get(i), font, fontSize, c.width() - 2 * PAD);
            float w = pages.width(text, font, fontSize);
            pages.text(text, font, fontSize, c.right() || rtl ? x + c.width() - PAD - w : x + PAD, baseline);
        }
        pages.down(rowHeight());
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
