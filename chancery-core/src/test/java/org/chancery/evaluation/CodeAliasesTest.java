package org.chancery.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.chancery.actor.ActorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeAliasesTest {
    @Test
    void shippedTableLoads() throws IOException {
        CodeAliases a = CodeAliases.load();
        assertEquals("2026.11.3", a.version());
        assertEquals(Set.of("IFR", "IGO"), a.systemKeys(ActorCode.of("IFRC")));
        assertEquals(Set.of("AI", "IGO"), a.systemKeys(ActorCode.of("AI")));
        assertEquals(64, a.sha256().length());
        assertEquals("JPN", a.goldKey("JAP"));
        assertEquals("USA", a.goldKey("USAGOV"));
        assertEquals(Set.of("UNO", "IGO"), a.systemKeys(ActorCode.of("UNO")));
        assertEquals(Set.of("NAT", "IGO"), a.systemKeys(ActorCode.of("NATO")));
        assertEquals(Set.of("PAK"), a.systemKeys(ActorCode.of("PAKGOV")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'kind\tfrom\tto\n'|t.tsv:1: expected 'version<TAB>value'",
        "'version\t1\nkind\tfrom\tto\nplace\tA1\tB\n'|t.tsv:3: actor code must be 2-12 capital letters",
        "'version\t1\nkind\tfrom\tto\ncountry\tJAPA\tJPN\n'|t.tsv:3: country aliases map three-letter codes",
        "'version\t1\nkind\tfrom\tto\nregion\tJAP\tJPN\n'|t.tsv:3: kind must be 'country' or 'group'",
        "'version\t1\nkind\tfrom\tto\ngroup\tUN\tIGO\ngroup\tUN\tIGO\n'|t.tsv:4: 'UN' is listed twice"})
    void errorsNameFileAndLine(String text, String message) {
        IOException e = assertThrows(IOException.class, () -> CodeAliases.parse(text.getBytes(StandardCharsets.UTF_8), "t.tsv"));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
