package org.chancery.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * News-style actors whose country is not in their own phrase: generic agent nouns ("police",
 * "protesters", "the opposition") take the state the story is about, and titles before names the
 * dictionary does not know ("President Jane Roe") take the state of their sentence.
 */
class NewsFocusTest {
    private static final LocalDate DATE = LocalDate.of(2019, 6, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Kenya held a vote on Sunday. Police fired tear gas at the crowd.; Kenya=KEN | Police=KENPOL | the crowd=KENCVL",
        "Chile raised fares last week. Protesters blocked the main avenue.; Chile=CHL | Protesters=CHLCVL",
        "Peru dissolved its congress. The opposition called it a coup.; Peru=PER | ~its=PER | The opposition=PEROPP",
        "Nigeria sent help to the north. Troops clashed with rebels near a village.; Nigeria=NGA | Troops=NGAMIL | rebels=NGAREB",
        "Bolivia is tense. Lawmakers rejected the budget while the army stayed in barracks.; Bolivia=BOL | Lawmakers=BOLLEG | the army=BOLMIL",
        "Ecuador faces unrest. Authorities arrested forty demonstrators.; Ecuador=ECU | Authorities=ECUGOV | demonstrators=ECUCVL",
        "Opposition lawmakers in Kenya walked out.; Opposition lawmakers in Kenya=KENOPP",
        "Riot police charged the crowd in Nairobi.; Riot police=KENPOL | the crowd in Nairobi=KENCVL",
        "Students marched through Lima on Friday.; Students=PEREDU | Lima=PER@place",
        "Gunmen seized a bus near Abuja.; Gunmen=NGAUAF | Abuja=NGA@place",
        "A spokesman for Ghana denied it.; spokesman for Ghana=GHAGOV",
    })
    void genericNounsTakeTheStateOfTheStory(String text, String expected) {
        assertEquals(expected, DictionaryActorResolverTest.render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Market forces pushed prices up.; ''",
        "The police said nothing.; ''",
        "Foreign troops left on Monday.; ''",
    })
    void genericNounsWithoutAnyStateStayUnresolved(String text, String expected) {
        assertEquals(expected, DictionaryActorResolverTest.render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "President Jane Roeberg met Kenya's envoy on Monday.; President Jane Roeberg=KENGOV | Kenya's envoy=KENGOV",
        "Ousted President Tom Vellary refused to return to Peru.; Ousted President Tom Vellary=PERELI | Peru=PER",
        "Chile is calm. President Ana Morvel lifted the curfew.; Chile=CHL | President Ana Morvel=CHLGOV",
        "President Ana Morvel spoke.; ''",
        "Judge Rosa Quintal charged nine Bolivian officials.; Judge Rosa Quintal=BOLJUD | Bolivian officials=BOLGOV",
        "Chile sent aid to Peru's new President Ana Morvel.; Chile=CHL | Peru=PER",
        "Chile met the Andean Pact Secretary General Ana Morvel.; Chile=CHL",
        "Ghana signed the deal. The president praised it.; Ghana=GHA | The president=GHAGOV",
        "Ghana signed the deal, the foreign minister said.; Ghana=GHA | the foreign minister=GHAGOV",
        "Ghana signed the deal with a president of a bank.; Ghana=GHA",
        "The cabinet of President Leo Dantrell declared a curfew in Haiti.; The cabinet=HTIGOV | President Leo Dantrell=HTIGOV | Haiti=HTI",
        "Deposed president Jean-Luc Ormand was charged by Haitian prosecutors.; Deposed president Jean-Luc Ormand=HTIELI | Haitian prosecutors=HTIJUD",
    })
    void titlesBeforeUnknownNamesTakeTheStateOfTheSentence(String text, String expected) {
        assertEquals(expected, DictionaryActorResolverTest.render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Police in Georgia detained ethnic Armenians on Monday.; Police in Georgia=GEOPOL | ethnic Armenians=GEOCVL",
        "Many ethnic Russians live in Latvia.; ethnic Russians=LVACVL | Latvia=LVA",
        "Ethnic Uzbeks marched peacefully.; ''",
        "Ethnic Serbs marched in Serbia.; Serbia=SRB",
        "Ethnic Hungarian rebels attacked a post in Romania.; rebels=ROUREB | Romania=ROU",
    })
    void ethnicDemonymsAreCiviliansOfTheStateTheyLiveIn(String text, String expected) {
        assertEquals(expected, DictionaryActorResolverTest.render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Darfur rebels seized a town.; Darfur rebels=SDNREB",
        "Chechen fighters ambushed a convoy.; Chechen fighters=RUSREB",
        "Kampuchean guerrillas shelled the camp.; Kampuchean guerrillas=KHMREB",
    })
    void regionsAndOldNamesStandForTheirState(String text, String expected) {
        assertEquals(expected, DictionaryActorResolverTest.render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "A human rights group criticised the verdict.; human rights group=NGO",
        "Aid groups delivered tents to Haiti.; Aid groups=NGO | Haiti=HTI",
        "Two charities and a rights group protested.; charities=NGO | rights group=NGO",
    })
    void genericNonGovernmentalGroupsAreNgos(String text, String expected) {
        assertEquals(expected, DictionaryActorResolverTest.render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Zambia raised fuel prices. Union leaders called a strike and miners walked out.; Zambia=ZMB | Union leaders=ZMBLAB | miners=ZMBLAB",
        "The junta in Mali arrested the protester.; The junta in Mali=MLIMIL | the protester=MLICVL",
        "ASEAN met in July. The bloc urged restraint.; ASEAN=ASEAN | ~The bloc=ASEAN",
        "ASEAN met in July. The bloc of states was silent.; ASEAN=ASEAN",
    })
    void workersJuntasAndOrganisationAnaphors(String text, String expected) {
        assertEquals(expected, DictionaryActorResolverTest.render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Syrian Kurdish fighters held the town.; Syrian Kurdish fighters=SYRREB",
        "Iraqi Sunni militants attacked a checkpoint.; Iraqi Sunni militants=IRQREB",
        "Kenyan President Jane Roeberg spoke.; Kenyan=KEN | Jane Roeberg=KENGOV",
        "Turkish Airlines staff went on strike.; ''",
    })
    void oneCommunityWordMayStandBetweenCountryAndAgent(String text, String expected) {
        assertEquals(expected, DictionaryActorResolverTest.render(text, DATE));
    }
}
