package org.chancery.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Dependency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Behaviour tables of the resolver. Each row: a text of our own and the mentions expected, written
 * as {@code text=CODE} (with {@code @place} for locative mentions and {@code ~} for coreference),
 * joined by {@code " | "}.
 */
class DictionaryActorResolverTest {
    private static final LocalDate DATE = LocalDate.of(2019, 6, 1);

    static String render(String text, LocalDate date) {
        AnnotatedDocument doc = TestTokenizer.document(text, date);
        return render(Fixtures.resolver().resolve(doc));
    }

    static String render(List<ActorMention> ms) {
        return ms.stream().map(m -> (m.basis() == ResolutionBasis.COREFERENCE ? "~" : "") + m.text() + "=" + m.code()
                + (m.locative() ? "@place" : "")).collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Islamabad rejected the demand on Monday.; Islamabad=PAKGOV",
        "The talks were held in Islamabad last week.; Islamabad=PAK@place",
        "Policymakers in Islamabad were alarmed by the vote.; Policymakers in Islamabad=PAKGOV",
        "The mood in Moscow has hardened.; Moscow=RUSGOV",
        "The minister flew to Moscow for two days.; Moscow=RUS@place",
        "The deal brought Moscow closer to Beijing.; Moscow=RUSGOV | Beijing=CHNGOV",
        "Foreign ambassadors in New Delhi were summoned.; New Delhi=IND@place",
        "The Kremlin warned Washington against new sanctions.; Kremlin=RUSGOV | Washington=USAGOV",
        "The Pentagon confirmed the strike.; Pentagon=USAMIL",
        "Ties between Washington and Islamabad frayed.; Washington=USAGOV | Islamabad=PAKGOV",
        "A summit in Beijing and Moscow was planned.; Beijing=CHN@place | Moscow=RUS@place",
        "Pakistan was accused by Washington, Kabul and New Delhi of harbouring fighters.; Pakistan=PAK | Washington=USAGOV | Kabul=AFGGOV | New Delhi=INDGOV",
        "Growing Tehran-Riyadh rivalry worries everyone.; Tehran=IRNGOV | Riyadh=SAUGOV",
        "Officials at the White House declined to comment.; Officials at the White House=USAGOV",
        "Rawalpindi has the final word on security.; Rawalpindi=PAKMIL",
        "The Washington Post reported the leak.; ''",
        "Russia hosted the talks in Moscow.; Russia=RUS | Moscow=RUS@place",
        "Nuuk pushed back against the purchase offer.; Nuuk=GRLGOV",
        "Fishing crews gathered in Torshavn at dawn.; Torshavn=FRO@place",
        "The senator was born in New Jersey.; New Jersey=USA@place",
        "Karachi police arrested two men.; Karachi police=PAKPOL",
        "Dubai officials denied the report.; Dubai officials=AREGOV",
        "The Lahore talks failed.; Lahore=PAK@place",
    })
    void capitalsActAsGovernmentsUnlessTheyArePlaces(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Pakistani officials denied the report.; Pakistani officials=PAKGOV",
        "Russian troops crossed the border.; Russian troops=RUSMIL",
        "Pakistan’s security establishment resisted the change.; Pakistan’s security establishment=PAKMIL",
        "U.S. forces withdrew in August.; U.S. forces=USAMIL",
        "The Indian government protested.; Indian government=INDGOV",
        "American and Afghan officials met again.; American=USAGOV | Afghan officials=AFGGOV",
        "The Indian government and media reacted angrily.; Indian government=INDGOV | media=INDJRN",
        "Real power rests with the leadership in Pakistan.; the leadership in Pakistan=PAKGOV",
        "Chinese citizens were evacuated.; Chinese citizens=CHNCVL",
        "Many Afghans fled while the Afghans negotiated.; Afghans=AFGCVL | Afghans=AFG",
        "Thousands of Syrians crossed.; Syrians=SYRCVL",
        "Western officials were cautious.; Western officials=WSTGOV",
        "Kremlin officials dismissed the idea.; Kremlin officials=RUSGOV",
        "Iranian senior diplomats travelled overnight.; Iranian senior diplomats=IRNGOV",
        "The Pakistani military and the Afghan government traded blame.; Pakistani military=PAKMIL | Afghan government=AFGGOV",
        "Russian and Central Asian citizens were recruited.; Russian=RUSCVL | Central Asian citizens=CASCVL",
        "Puerto Rican officials asked for more federal aid.; Puerto Rican officials=PRIGOV",
        "Faroese fishermen blockaded the harbour.; Faroese fishermen=FROCVL",
        "Bermudian police detained the suspects.; Bermudian police=BMUPOL",
        "Kenyan teachers walked out.; Kenyan teachers=KENEDU",
        "Chilean union leaders met the minister.; Chilean union leaders=CHLLAB | the minister=CHLGOV",
        "Peruvian business groups backed the reform.; Peruvian business groups=PERBUS",
        "Nigerian doctors began a strike.; Nigerian doctors=NGAHLH",
        "Colombian militias withdrew from the valley.; Colombian militias=COLUAF",
        "Fijian peacekeepers left the buffer zone.; Fijian peacekeepers=FJIMIL",
    })
    void countryWordsCombineWithAgentNouns(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Pakistan’s economy slowed.; Pakistan=PAK",
        "Russia's position is firm.; Russia=RUS",
        "The Taliban’s leaders met.; Taliban=AFGREB",
        "NATO’s mission ended.; NATO=NATO",
    })
    void possessivesAreLeftOutOfTheMention(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "U.S.-Pakistan relations are strained.; U.S.=USA | Pakistan=PAK",
        "They fund anti-India groups.; India=IND",
        "The Sino-Pakistani partnership deepened.; Sino=CHN | Pakistani=PAK",
        "Indo-US ties improved.; Indo=IND | US=USA",
        "Russia- and China-backed plans failed.; Russia=RUS | China=CHN",
        "Work on the China-Pakistan Economic Corridor continued.; ''",
        "The Pakistan Senate’s Foreign Affairs Committee objected.; Pakistan Senate’s Foreign Affairs Committee=PAKLEG",
        "Lashkar-e-Taiba claimed the attack.; Lashkar-e-Taiba=PAKREB",
        "Lashkar-e-Toiba and JeM were named.; Lashkar-e-Toiba=PAKREB | JeM=PAKREB",
        "ISIS-Khorasan grew stronger.; ISIS-Khorasan=AFGREB",
        "Jaish-i-Muhammed denied it.; Jaish-i-Muhammed=PAKREB",
        "Lashkar-i-Tayyaba and Hizb-ul-Mujahidin were named.; Lashkar-i-Tayyaba=PAKREB | Hizb-ul-Mujahidin=INDREB",
        "Tehreek-i-Taliban Pakistan struck again.; Tehreek-i-Taliban Pakistan=PAKREB",
        "Islamic State Khurasan claimed it.; Islamic State Khurasan=AFGREB",
        "Al-Qaida militants fled.; Al-Qaida militants=IMG",
        "Shipping in the Indo-Pacific is busy.; Indo-Pacific=INP@place",
        "The Moscow-Islamabad-Beijing meeting ended.; Moscow=RUSGOV | Islamabad=PAKGOV | Beijing=CHNGOV",
    })
    void hyphenCompoundsAreSplitIntoParties(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    @Test
    void hyphenComponentOffsetsCoverOnlyTheComponent() {
        String text = "U.S.-Pakistan talks resumed.";
        List<ActorMention> ms = Fixtures.resolver().resolve(TestTokenizer.document(text, DATE));
        assertEquals(2, ms.size());
        assertEquals("U.S.", text.substring(ms.get(0).start(), ms.get(0).end()));
        assertEquals("Pakistan", text.substring(ms.get(1).start(), ms.get(1).end()));
        assertEquals(0, ms.get(1).tokenStart());
        assertEquals(1, ms.get(1).tokenEnd());
        assertEquals(ResolutionBasis.COMPOUND, ms.get(1).basis());
        assertEquals("country:PAK", ms.get(1).entry());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Pakistani Prime Minister Imran Khan spoke.; Pakistani=PAK | Imran Khan=PAKGOV",
        "Sergey Lavrov, Russia’s foreign minister, said so.; Sergey Lavrov=RUSGOV | Russia’s foreign minister=RUSGOV",
        "Russia’s foreign minister Sergey Lavrov said so.; Russia=RUS | Sergey Lavrov=RUSGOV",
        "U.S. President George W. Bush spoke.; U.S.=USA | George W. Bush=USAGOV",
        "Imran Khan arrived. Khan then spoke.; Imran Khan=PAKGOV | Khan=PAKGOV",
        "Mr. Khan then spoke.; Khan=PAKGOV",
        "Khan then spoke.; ''",
        "Kenyan Foreign Minister Jane Roe arrived.; Kenyan=KEN | Jane Roe=KENGOV",
        "Kenya’s foreign minister, Jane Roe, arrived.; Kenya’s foreign minister=KENGOV | Jane Roe=KENGOV",
        "Former Kenyan President John Q Doe arrived.; Kenyan=KEN | John Q Doe=KENELI",
        "Kenyan President Ruto arrived.; Kenyan=KEN",
        "Arif Test Khan met Imran Khan. Later Khan spoke.; Arif Test Khan=INDGOV | Imran Khan=PAKGOV | Khan=PAKGOV",
        "Imran Khan met Arif Test Khan. Later Khan spoke.; Imran Khan=PAKGOV | Arif Test Khan=INDGOV | Khan=INDGOV",
        "Imran Khan and George W. Bush met. Bush spoke first, then Khan.; Imran Khan=PAKGOV | George W. Bush=USAELI | Bush=USAELI | Khan=PAKGOV",
    })
    void titlesAndAppositions(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = ';', value = {
        "Prime Minister Khan addressed the rally.; 2019-06-01; Khan=PAKGOV",
        "Prime Minister Khan addressed the rally.; 2023-06-01; Khan=PAKOPP",
        "Imran Khan addressed the rally.; 2016-06-01; Imran Khan=PAKELI",
        "President Bush addressed the nation.; 2005-06-01; Bush=USAGOV",
        "President Bush addressed the nation.; 2018-06-01; Bush=USAGOV",
        "George W. Bush addressed the nation.; 2018-06-01; George W. Bush=USAELI",
        "Sergey Lavrov met reporters.; 2024-02-01; Sergey Lavrov=RUSGOV",
    })
    void personsAreCodedByTenure(String text, LocalDate date, String expected) {
        assertEquals(expected, render(text, date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Former Prime Minister Imran Khan objected.; Imran Khan=PAKELI",
        "The former president, George W. Bush, objected.; George W. Bush=USAELI",
        "Former Pakistani officials objected.; Pakistani officials=PAKELI",
    })
    void formerGivesElites(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "The loan of US$ 5 billion was approved.; ''",
        "The loan of US $5 billion was approved.; ''",
        "The US economy grew.; US=USA",
        "Let us wait and see.; ''",
        "The turkey was roasted in Turkey.; Turkey=TUR",
    })
    void currencyAndCase(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Russia and China objected.; Russia=RUS | China=CHN",
        "India, Brazil and South Africa signed.; India=IND | Brazil=BRA | South Africa=ZAF",
        "The Shanghai Cooperation Organisation and the SCO summit differ.; Shanghai Cooperation Organisation=SCO | SCO=SCO",
        "The UN Security Council and the IAEA met.; UN Security Council=UNSC | IAEA=IAEA",
        "The international community stayed silent.; international community=INTL",
        "The ISI denied any role.; ISI=PAKSPY",
        "Settlers moved into the West Bank.; West Bank=PSE",
        "The West imposed sanctions.; The West=WST",
        "The Bush administration imposed tariffs.; Bush administration=USAGOV",
        "Lavrov answered questions.; ''",
        "Ethnic Albanians in the region protested.; ''",
        "The Hungarians of northern Serbia voted.; Hungarians=SRBCVL | Serbia=SRB",
        "Socialist prime minister Andreas Papandreou spoke in Greece.; prime minister Andreas Papandreou=GRCGOV | Greece=GRC",
        "A jury in Oslo returned its verdict.; jury in Oslo=NORJUD | ~its=NORJUD",
        "The Kenyan union said it would strike.; Kenyan union=KENLAB | ~it=KENLAB",
        "Kenyan teachers said it was over.; Kenyan teachers=KENEDU",
        "Vietnamese-led forces shelled the camps.; Vietnamese-led forces=VNMMIL",
        "The rebels opposed a regional peacekeeping force.; regional peacekeeping force=IGO",
        "Nigerian peacekeepers arrived.; Nigerian peacekeepers=NGAMIL",
        "Afghans in Pakistan queued for papers.; Afghans=AFG | Pakistan=PAK",
        "The Serbian opposition coalition marched in Belgrade.; Serbian opposition coalition=SRBOPP | Belgrade=SRB@place",
        "Anti-Syria journalists were threatened in Beirut.; Syria=SYR | Beirut=LBN@place",
        "Anti-Pakistan militants crossed over.; Pakistan militants=PAKREB",
        "The ILO and the WHO issued a joint warning.; ILO=ILO | WHO=WHO",
        "Greenpeace activists boarded the tanker.; Greenpeace activists=NGO",
        "The Pacific Islands Forum met in Fiji.; Pacific Islands Forum=PIF | Fiji=FJI",
        "Voters in Curacao and Aruba went to the polls.; Curacao=CUW | Aruba=ABW",
        "Who will lead the talks remains unclear.; ''",
    })
    void conjunctsAndOrganisations(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = ';', value = {
        "The Taliban took the city.; 2019-06-01; Taliban=AFGREB",
        "The Taliban took the city.; 2022-06-01; Taliban=AFGGOV",
        "The Khmer Rouge emptied the cities.; 1976-06-01; Khmer Rouge=KHMGOV",
        "The Khmer Rouge fought on from the border.; 1985-06-01; Khmer Rouge=KHMREB",
    })
    void groupsChangeStatusWithTime(String text, LocalDate date, String expected) {
        assertEquals(expected, render(text, date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Pakistan rejected the claim. It said the report was false.; Pakistan=PAK | ~It=PAK",
        "Pakistan rejected the claim. Its envoy walked out.; Pakistan=PAK | ~Its envoy=PAKGOV",
        "In the end it was China who vetoed the resolution.; China=CHN | ~who=CHN",
        "Imran Khan arrived late. He said little.; Imran Khan=PAKGOV | ~He=PAKGOV",
        "The Bhutanese leader said his nation would help.; Bhutanese leader=BTNGOV | ~his=BTNGOV",
        "Had Chile stayed engaged in Bolivia after the Peruvian exit from the country, trade would have grown.; Chile=CHL | Bolivia=BOL | Peruvian=PER | ~the country=BOL",
        "Chile pressed Bolivia after Peru criticised the country.; Chile=CHL | Bolivia=BOL | Peru=PER | ~the country=CHL",
        "The Bhutanese leaders said his nation would help.; Bhutanese leaders=BTNGOV",
        "Pakistan rejected the claim. It is clear that talks failed.; Pakistan=PAK",
        "Russia courted Pakistan for years. Now the two countries hold drills.; Russia=RUS | Pakistan=PAK | ~the two=RUS | ~countries=PAK",
        "Russia courted Pakistan for years. Now the two military powers hold drills.; Russia=RUS | Pakistan=PAK | ~the two military=RUS | ~powers=PAK",
        "Russia courted Pakistan for years. Now the two teams play.; Russia=RUS | Pakistan=PAK",
        "China and Russia held talks. They agreed to expand trade.; China=CHN | Russia=RUS | ~They=CHN | ~They=RUS",
        "Israel withdrew its troops from Gaza.; Israel=ISR | ~its=ISR | Gaza=PSE",
        "China met Russia. They agreed to expand trade.; China=CHN | Russia=RUS",
        "Russia courted India and Pakistan. The latter agreed.; Russia=RUS | India=IND | Pakistan=PAK | ~The latter=PAK",
        "Russia courted India and Pakistan. The former agreed.; Russia=RUS | India=IND | Pakistan=PAK | ~The former=IND",
        "Armenia and Azerbaijan clashed. Both sides blamed each other.; Armenia=ARM | Azerbaijan=AZE | ~Both=ARM | ~sides=AZE",
        "The former minister resigned.; ''",
        "Iran protested. The country recalled its envoy.; Iran=IRN | ~The country=IRN | ~its envoy=IRNGOV",
        "The Taliban advanced. They took two districts.; Taliban=AFGREB | ~They=AFGREB",
        "Russia objected. The agency said its staff would stay.; Russia=RUS",
        "Russia objected. It has been a long week.; Russia=RUS",
    })
    void coreferenceIsConservative(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    /** The annotation of one of the coder's CoreNLP fixtures, resolved here afresh. */
    private static String resolveFixture(String name) throws Exception {
        String resource = "/org/chancery/coding/fixtures/" + name + ".json";
        String json;
        try (var in = DictionaryActorResolverTest.class.getResourceAsStream(resource)) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        AnnotatedDocument doc = org.chancery.annotate.AnnotationJson.read(json, resource).annotated();
        return render(Fixtures.resolver().resolve(doc));
    }

    @Test
    void namesWhoseHyphensTheTokenizerSplitOffAreStillFound() throws Exception {
        // CoreNLP gives "Lashkar", "-", "e-Jhangvi"
        assertEquals("Kabul=AFGGOV | Lashkar-e-Jhangvi=PAKREB | Jaish-e-Mohammed=PAKREB", resolveFixture("hyphen-split-names"));
    }

    @Test
    void aSpeechNamedEarlierSpeaksForItsAuthorAndSoDoesItsPronoun() throws Exception {
        String rendered = resolveFixture("speech-author");
        assertTrue(rendered.contains("~the speech=FRAGOV"), rendered);
        assertTrue(rendered.contains("~it=FRAGOV"), rendered);
        assertTrue(rendered.contains("~The speech=FRAGOV"), rendered);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Fighters of the Lord’s Resistance Army crossed into Congo.; Lord’s Resistance Army=UGAREB | Congo=COD",
        "The Kurdistan Workers' Party declared a truce.; Kurdistan Workers' Party=TURREB",
        "The People's Republic of China protested.; People's Republic of China=CHN",
    })
    void namesWithAPossessiveMatchAsTheTokenizerSplitsThem(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "The Saudi-led coalition bombed the port.; Saudi-led coalition=SAUMIL",
        "Kenyan law enforcement officers detained him.; Kenyan law enforcement officers=KENPOL",
        "The Falkland Island government rejected the plan.; Falkland Island government=FLKGOV",
        "Chilean medical workers went on strike.; Chilean medical workers=CHLHLH",
    })
    void agentPhrasesNewsUses(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    @Test
    void aPronounTakesUpTheSubjectOfTheClauseItLeansOn() throws Exception {
        // possessive in the object: both coordinated subjects; subject of a complement: the speaker; subject of an
        // adverbial clause: the main subject, not the nearer "Lebanon"
        assertEquals("Kenya=KEN | Uganda=UGA | ~their=KEN | ~their=UGA | Houthis=YEMREB | ~they=YEMREB"
                + " | Hezbollah=LBNREB | Lebanon=LBN | ~it=LBNREB", resolveFixture("pronoun-binding"));
    }

    @Test
    void theLatterIsNotThePossessorOfItsOwnPhrase() {
        // "Chad courted Libya before Egypt's mediation with the latter": the mediator owns the phrase, the latter is Libya
        String text = "Chad courted Libya before Egypt 's mediation with the latter .";
        AnnotatedDocument parsed = TestTokenizer.parsed(text, DATE, List.of(
                new Dependency(Dependency.ROOT, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"),
                new Dependency(6, 3, "case"), new Dependency(6, 4, "nmod:poss"), new Dependency(4, 5, "case"),
                new Dependency(1, 6, "obl:before"), new Dependency(9, 7, "case"), new Dependency(9, 8, "det"),
                new Dependency(6, 9, "nmod:with"), new Dependency(1, 10, "punct")));
        assertEquals("Chad=TCD | Libya=LBY | Egypt=EGY | ~the latter=LBY", render(Fixtures.resolver().resolve(parsed)));
    }

    @Test
    void pronounOutsideActorPositionIsSkippedWhenParsed() {
        // "It" governed as an expletive is not a mention even though Pakistan precedes it
        String text = "Pakistan said it would respond.";
        AnnotatedDocument plain = TestTokenizer.document(text, DATE);
        assertEquals("Pakistan=PAK | ~it=PAK", render(Fixtures.resolver().resolve(plain)));
        AnnotatedDocument parsed = TestTokenizer.parsed(text, DATE, List.of(
                new Dependency(Dependency.ROOT, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(4, 2, "expl"), new Dependency(1, 4, "ccomp"), new Dependency(4, 3, "aux")));
        assertEquals("Pakistan=PAK", render(Fixtures.resolver().resolve(parsed)));
        AnnotatedDocument subject = TestTokenizer.parsed(text, DATE, List.of(
                new Dependency(Dependency.ROOT, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(4, 2, "nsubj"), new Dependency(1, 4, "ccomp"), new Dependency(4, 3, "aux")));
        assertEquals("Pakistan=PAK | ~it=PAK", render(Fixtures.resolver().resolve(subject)));
        // enhanced++ also makes "it" the controlled subject of a complement ("it planned to lift"); its own relation counts
        String planned = "Chile said it planned to lift limits .";
        AnnotatedDocument enhanced = TestTokenizer.parsed(planned, DATE, List.of(
                new Dependency(Dependency.ROOT, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "nsubj"),
                new Dependency(5, 2, "nsubj:xsubj"), new Dependency(1, 3, "ccomp"), new Dependency(5, 4, "mark"),
                new Dependency(3, 5, "xcomp"), new Dependency(5, 6, "obj"), new Dependency(1, 7, "punct")));
        assertEquals("Chile=CHL | ~it=CHL", render(Fixtures.resolver().resolve(enhanced)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Pakistan faces pressure. The government denied it.; Pakistan=PAK | The government=PAKGOV",
        "India and Pakistan sparred again. The military was put on alert.; India=IND | Pakistan=PAK | The military=INDMIL",
        "Kenya worries about militant groups in Somalia.; Kenya=KEN | militant groups in Somalia=SOMREB",
        "Kenya said Somalia is losing ground. Several militant groups have grown.; Kenya=KEN | Somalia=SOM | militant groups=KENREB",
        "The army chief of Kenya said militants crossed in from Somalia.; The army chief of Kenya=KENMIL | militants=SOMREB | Somalia=SOM",
        "Armed men stormed a hotel in Nairobi.; Nairobi=KEN@place",
        "A car bomb killed four traders in Peshawar.; Peshawar=PAK@place",
        "Mombasa welcomed the cruise ships.; Mombasa=KEN@place",
        "Egypt debated the budget. Military spending rose and the military objected.; Egypt=EGY | the military=EGYMIL",
        "Egypt debated the budget. The civil-military divide widened.; Egypt=EGY",
        "Egypt debated the budget. The Delta Water government board resigned.; Egypt=EGY",
        "Egypt debated the budget. Armed military police patrolled.; Egypt=EGY",
        "Guadeloupe was paralysed by a general strike. The unions rejected the offer.; Guadeloupe=GLP | The unions=GLPLAB",
        "Gibraltar prepared for the vote. The mayor urged calm.; Gibraltar=GIB | The mayor=GIBGOV",
        "Haiti braced for more violence. Armed gangs blocked the port road.; Haiti=HTI | gangs=HTIUAF",
        "Chile faced a long dispute. The chamber of commerce called for talks.; Chile=CHL | The chamber of commerce=CHLBUS",
    })
    void bareAgentNounsTakeTheCountryTheTextIsAbout(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    @Test
    void everyMentionRecordsBasisAndEntry() {
        List<ActorMention> ms = Fixtures.resolver().resolve(TestTokenizer.document(
                "Islamabad and Pakistani officials met Imran Khan and the Taliban.", DATE));
        assertEquals(List.of("METONYM capital:Islamabad", "AGENT agent:officials", "PERSON_TENURE person:khan-imran",
                "DICTIONARY group:taliban"), ms.stream().map(m -> m.basis() + " " + m.entry()).toList());
    }

    @Test
    void mentionsNeverOverlapAndMatchTheText() {
        String text = "U.S.-Pakistan ties, Sino-Indian rivalry and Moscow-Islamabad talks shaped Pakistani officials’ views.";
        List<ActorMention> ms = Fixtures.resolver().resolve(TestTokenizer.document(text, DATE));
        for (int i = 0; i < ms.size(); i++) {
            ActorMention m = ms.get(i);
            assertEquals(m.text(), text.substring(m.start(), m.end()));
            if (i > 0) {
                assertTrue(ms.get(i - 1).end() <= m.start(), ms.get(i - 1) + " overlaps " + m);
            }
        }
        assertEquals(7, ms.size(), render(ms));
    }

    @Test
    void mightMentionIsTrueOnlyWhenSomethingCouldMatch() {
        DictionaryActorResolver r = Fixtures.resolver();
        assertTrue(r.mightMention(TestTokenizer.document("The Kremlin spoke.", DATE).sentences().get(0).tokens()));
        assertTrue(r.mightMention(TestTokenizer.document("Then Lavrov spoke.", DATE).sentences().get(0).tokens()));
        assertTrue(r.mightMention(TestTokenizer.document("Anti-India feeling grew.", DATE).sentences().get(0).tokens()));
        assertFalse(r.mightMention(TestTokenizer.document("It rained all day and they stayed in.", DATE).sentences().get(0).tokens()));
        assertFalse(r.mightMention(TestTokenizer.document("Let us go.", DATE).sentences().get(0).tokens()));
    }

    @Test
    void hashIsStableAndNamesTheDictionaries() {
        String h = Fixtures.resolver().dictionaryHash();
        assertTrue(h.matches("sha256:[0-9a-f]{64}"), h);
        assertEquals(h, new DictionaryActorResolver(ActorDictionaryLoader.load(Fixtures.files())).dictionaryHash());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Fighters of the Ogaden National Liberation Front attacked a convoy in Ethiopia.; the Ogaden National Liberation Front=ETHREB | Ethiopia=ETH",
        "The Coastal Fisheries Authority (CFA) of Namibia banned trawling. The CFA also fined two trawlers.; The Coastal Fisheries Authority=NAMGOV | CFA=NAMGOV | Namibia=NAM | CFA=NAMGOV",
        "The Palestine Solidarity Movement condemned the arrests.; The Palestine Solidarity Movement=PSEOPP",
        "The Guinean Patriotic Front shelled the town.; The Guinean Patriotic Front=GINREB",
        "Kenya banned the Green Horizon Party on Monday. The party appealed.; Kenya=KEN | the Green Horizon Party=KENPTY | ~The party=KENPTY",
        "The Copper Dockers Confederation in Chile went on strike.; The Copper Dockers Confederation=CHLLAB | Chile=CHL",
        "Members of the Rainforest Defence Network met in Lima.; the Rainforest Defence Network=NGO | Lima=PER@place",
        "Delegates met the Senate Foreign Relations Committee.; ''",
        "The International Whaling Commission proposed a ban.; The International Whaling Commission=IGO",
    })
    void organisationsTheDictionaryLacksTakeTheirSectorFromTheirNameAndTheirCountryFromContext(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Gabon hosted talks with Chad. The Central African country signed a deal with Cameroon.; Gabon=GAB | Chad=TCD | ~The Central African country=GAB | African=AFR@place | Cameroon=CMR",
        "Fiji expelled the envoy. The Pacific island nation accused Australia of meddling.; Fiji=FJI | ~The Pacific island nation=FJI | Australia=AUS",
        "Fiji expelled the envoy. The neighbouring country protested.; Fiji=FJI",
        "The president of Peru flew to Quito. He urged Ecuador to reopen the border.; The president of Peru=PERGOV | Quito=ECU@place | ~He=PERGOV | Ecuador=ECU",
        "The president of Peru met his Chilean counterpart.; The president of Peru=PERGOV | Chilean=CHL",
        "Brazil faces a deficit. The federal government cut fuel taxes.; Brazil=BRA | The federal government=BRAGOV",
        "The provincial governor of Sindh hailed the Russian decision.; The provincial governor=PAKGOV | Sindh=PAK@place | Russian=RUS",
        "Russia opened a consulate in Mexico's Jalisco state, and the state governor welcomed it.; Russia=RUS | Mexico=MEX | Jalisco=MEX@place | the state governor=MEXGOV",
        "Russia opened a consulate in Guadalajara, and the governor welcomed it.; Russia=RUS | Guadalajara=MEX@place | the governor=MEXGOV",
    })
    void descriptionsOfStatesAndPronounsForOfficesReferBack(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Ana Ruiz, Peru's foreign minister, met the envoy. Ruiz said talks went well.; Ana Ruiz=PERGOV | Peru's foreign minister=PERGOV | Ruiz=PERGOV",
        "Ana Ruiz is Peru's foreign minister. Ruiz said talks went well.; Ana Ruiz=PERGOV | Peru's foreign minister=PERGOV | Ruiz=PERGOV",
        "Ana Ruiz, 54, is a former president of Peru. Ruiz met the envoy.; Ana Ruiz=PERELI | president of Peru=PERELI | Ruiz=PERELI",
        "Ana Ruiz is in Peru.; Peru=PER",
        "Marek Nowak of Greenpeace criticised the plan. Nowak called it reckless.; Marek Nowak=NGO | Greenpeace=NGO | Nowak=NGO",
        "Ruiz said talks went well.; ''",
        "King Tupou of Tonga welcomed the Fijian envoy.; King Tupou=TONGOV | Tonga=TON | Fijian envoy=FJIGOV",
    })
    void personsTheDictionaryLacksAreKnownByHowTheTextIntroducesThem(String text, String expected) {
        assertEquals(expected, render(text, DATE));
    }
}
