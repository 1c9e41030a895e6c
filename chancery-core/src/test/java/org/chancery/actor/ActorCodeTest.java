package org.chancery.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorCodeTest {

    @ParameterizedTest
    @CsvSource({
        "PAK,PAK,''", "PAKGOV,PAK,GOV", "USAMIL,USA,MIL", "AFGREBINS,AFG,REBINS",
        "UNSC,UNSC,''", "NATO,NATO,''", "BRICS,BRICS,''", "FATF,FATF,''", "INTL,INTL,''", "EU,EU,''", "SCO,SCO,''",
        "UNHRC,UNHRC,''", "ABCXYZ,ABCXYZ,''"})
    void countryAndSector(String code, String country, String sector) {
        ActorCode c = ActorCode.of(code);
        assertEquals(country, c.countryPart());
        assertEquals(sector, c.sectorPart());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pak", "P", "PAK GOV", "G20", ""})
    void rejectsBadSyntax(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActorCode.of(code));
        assertEquals("actor code must be 2-12 capital letters, got '" + code + "'", e.getMessage());
    }
}
