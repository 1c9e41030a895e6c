package org.chancery.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 CSV reader: comma-separated fields, records ended by CRLF or LF (a lone CR too),
 * fields in double quotes may hold commas, line breaks and doubled quotes ({@code ""}). Line breaks
 * inside quoted fields are kept exactly as written. A final line break is optional; an empty line
 * between records is skipped. Errors name the source and the 1-based line. Stateless.
 */
public final class CsvReader {
    private CsvReader() {
    }

    public static List<CsvRecord> read(Reader reader, String source) throws IOException {
        Reader in = reader.markSupported() ? reader : new java.io.BufferedReader(reader);
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;      // inside a quoted field
        boolean afterQuote = false;  // a quoted field just closed
        boolean fieldStarted = false;
        int c = in.read();
        while (c != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = next;
                        continue;
                    }
                } else {
                    if (ch == '\n' || (ch == '\r' && peekNotLf(in))) {
                        line++;
                    }
                    field.append(ch);
                }
                c = in.read();
                continue;
            }
            switch (ch) {
                case '"' -> {
                    if (fieldStarted || afterQuote) {
                        throw new IOException(source + ":" + line + ": a quote inside an unquoted field (quote the whole field and double the quote)");
                    }
                    quoted = true;
                    fieldStarted = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                    fieldStarted = false;
                }
                case '\r', '\n' -> {
                    if (!fields.isEmpty() || fieldStarted || afterQuote) {
                        fields.add(field.toString());
                        records.add(new CsvRecord(recordLine, fields));
                    }
                    fields = new ArrayList<>();
                    field.setLength(0);
                    afterQuote = false;
                    fieldStarted = false;
                    if (ch == '\r') {
                        int next = in.read();
                        if (next != '\n') {
                            line++;
                            recordLine = line;
                            c = next;
                            continue;
                        }
                    }
                    line++;
                    recordLine = line;
                }
                default -> {
                    if (afterQuote) {
                        throw new IOException(source + ":" + line + ": text after the closing quote of a field");
                    }
                    field.append(ch);
                    fieldStarted = true;
                }
            }
            c = in.read();
        }
        if (quoted) {
            throw new IOException(source + ":" + recordLine + ": a quoted field is not closed before the end of the file");
        }
        if (!fields.isEmpty() || fieldStarted || afterQuote) {
            fields.add(field.toString());
            records.add(new CsvRecord(recordLine, fields));
        }
        return records;
    }

    /** Inside quotes a CR counts as a line break only when no LF follows (CRLF is counted at the LF). */
    private static boolean peekNotLf(Reader in) throws IOException {
        in.mark(1);
        int next = in.read();
        in.reset();
        return next != '\n';
    }
}
