package org.khareetaty.core.etl;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 CSV reader that keeps physical line numbers and each record's raw text.
 *
 * <p>A quoted field may span lines. Broken quoting is confined to one line: when a quote is not
 * closed on its line and the record that results from joining lines does not have the header's
 * column count, the first line alone is reported as malformed and reading resumes at the next
 * line, so one stray quote never swallows the rest of a police export.
 */
public final class CsvReader implements AutoCloseable {
    private static final int MAX_RECORD_CHARS = 1 << 20;

    private final LineSource lines;
    private int expectedColumns = -1;

    public CsvReader(Reader reader) {
        this.lines = new LineSource(reader);
    }

    /** Sets the column count of the header, used to tell a multi-line quoted field from a stray quote. */
    public void expectColumns(int columns) {
        this.expectedColumns = columns;
    }

    /**
     * The next record, or null at the end of input.
     *
     * @throws MalformedRowException for a line with broken quoting; the next call continues after it
     */
    public CsvRow next() throws IOException, MalformedRowException {
        String first = lines.next();
        if (first == null) {
            return null;
        }
        long startLine = lines.lineNumber();
        List<String> fields = new ArrayList<>(expectedColumns > 0 ? expectedColumns : 16);
        Split split = split(first, fields);
        if (split == Split.COMPLETE) {
            return new CsvRow(startLine, fields.toArray(String[]::new), first);
        }
        if (split == Split.STRAY_QUOTE) {
            throw new MalformedRowException(
                    startLine, first, "broken quoting: a quote inside an unquoted field or text after a closing quote");
        }
        return continueQuoted(first, startLine);
    }

    private CsvRow continueQuoted(String first, long startLine) throws IOException, MalformedRowException {
        StringBuilder record = new StringBuilder(first);
        List<String> mark = lines.mark();
        while (record.length() < MAX_RECORD_CHARS) {
            String more = lines.next();
            if (more == null) {
                break;
            }
            mark.add(more);
            record.append('\n').append(more);
            List<String> fields = new ArrayList<>();
            Split split = split(record, fields);
            if (split == Split.OPEN_QUOTE) {
                continue;
            }
            if (split == Split.COMPLETE && (expectedColumns < 0 || fields.size() == expectedColumns)) {
                lines.commit();
                return new CsvRow(startLine, fields.toArray(String[]::new), record.toString());
            }
            break;
        }
        lines.rewind(startLine);
        throw new MalformedRowException(startLine, first, "broken quoting: a quoted field is not closed on this line");
    }

    private enum Split {
        COMPLETE,
        OPEN_QUOTE,
        STRAY_QUOTE
    }

    private static Split split(CharSequence text, List<String> out) {
        out.clear();
        StringBuilder field = new StringBuilder(32);
        int n = text.length();
        int i = 0;
        while (true) {
            field.setLength(0);
            if (i < n && text.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (!closed) {
                    return Split.OPEN_QUOTE;
                }
                if (i < n && text.charAt(i) != ',') {
                    return Split.STRAY_QUOTE;
                }
            } else {
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == ',') {
                        break;
                    }
                    if (c == '"') {
                        return Split.STRAY_QUOTE;
                    }
                    field.append(c);
                    i++;
                }
            }
            out.add(field.toString());
            if (i >= n) {
                return Split.COMPLETE;
            }
            i++; // the comma
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /** Lines of the input without their terminators, with a small look-ahead buffer for re-reading. */
    private static final class LineSource implements AutoCloseable {
        private final Reader reader;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;
        private long lineNumber;
        private final StringBuilder line = new StringBuilder(256);
        private final java.util.ArrayDeque<String> pushedBack = new java.util.ArrayDeque<>();
        private List<String> marked;

        LineSource(Reader reader) {
            this.reader = reader;
        }

        long lineNumber() {
            return lineNumber;
        }

        String next() throws IOException {
            String s = pushedBack.isEmpty() ? read() : pushedBack.pollFirst();
            if (s != null) {
                lineNumber++;
            }
            return s;
        }

        List<String> mark() {
            marked = new ArrayList<>();
            return marked;
        }

        void commit() {
            marked = null;
        }

        /** Puts back the lines read since {@link #mark()}, so reading resumes after line {@code afterLine}. */
        void rewind(long afterLine) {
            for (int k = marked.size() - 1; k >= 0; k--) {
                pushedBack.addFirst(marked.get(k));
            }
            marked = null;
            lineNumber = afterLine;
        }

        private String read() throws IOException {
            line.setLength(0);
            if (pos >= len && !fill()) {
                return null;
            }
            while (true) {
                int start = pos;
                while (pos < len) {
                    char c = buf[pos];
                    if (c == '\n' || c == '\r') {
                        line.append(buf, start, pos - start);
                        pos++;
                        if (c == '\r' && (pos < len || fill()) && buf[pos] == '\n') {
                            pos++;
                        }
                        return line.toString();
                    }
                    pos++;
                }
                line.append(buf, start, pos - start);
                if (!fill()) {
                    return line.toString();
                }
            }
        }

        private boolean fill() throws IOException {
            len = reader.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return false;
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
