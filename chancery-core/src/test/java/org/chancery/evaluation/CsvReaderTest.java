package org.chancery.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReaderTest {
    private static List<CsvRecord> read(String s) throws IOException {
        return CsvReader.read(new StringReader(s), "t.csv");
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> r = read("id,text\r\na1,\"one, two\nthree \"\"quoted\"\"\r\nend\"\r\na2,plain\r\n");
        assertEquals(3, r.size());
        assertEquals(List.of("a1", "one, two\nthree \"quoted\"\r\nend"), r.get(1).fields());
        assertEquals(2, r.get(1).line());
        assertEquals(List.of("a2", "plain"), r.get(2).fields());
        assertEquals(5, r.get(2).line());
    }

    @Test
    void emptyFieldsAndMissingFinalNewline() throws IOException {
        List<CsvRecord> r = read("a,,\"\"\nb,c,d");
        assertEquals(List.of("a", "", ""), r.get(0).fields());
        assertEquals(List.of("b", "c", "d"), r.get(1).fields());
    }

    @Test
    void blankLinesBetweenRecordsAreSkipped() throws IOException {
        List<CsvRecord> r = read("a,b\n\nc,d\n");
        assertEquals(2, r.size());
        assertEquals(3, r.get(1).line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'a,\"open\nb'|t.csv:1: a quoted field is not closed",
        "'a,b\"c\n'|t.csv:1: a quote inside an unquoted field",
        "'x\n\"ab\"c,d\n'|t.csv:2: text after the closing quote"})
    void malformedInputNamesTheLine(String input, String message) {
        IOException e = assertThrows(IOException.class, () -> read(input));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
