package org.chancery.coding;

import static org.chancery.coding.Fixtures.code;
import static org.chancery.coding.Fixtures.codes;
import static org.chancery.coding.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chancery.ontology.PloverType;
import org.junit.jupiter.api.Test;

/** Source and target extraction over fixed parses of our own sentences. */
class ArgumentExtractionTest {

    @Test
    void passiveWithCoordinatedAgentsGivesOneEventWithThreeSources() {
        CodedEvent e = only("passive-agents", PloverType.ACCUSE);
        assertEquals(List.of("GBR", "FRA", "DEU"), codes(e.source()));
        assertEquals(List.of("IRN"), codes(e.target()));
        assertEquals("112", e.cameo().code());
        assertEquals("accuse.accuse", e.provenance().rule());
    }

    @Test
    void objectControlMakesTheAskedPartyTheTarget() {
        CodedEvent e = only("control", PloverType.REQUEST);
        assertEquals(List.of("PAK"), codes(e.source()));
        assertEquals(List.of("USA"), codes(e.target()));
    }

    @Test
    void relativeClauseTakesItsAntecedentAsSubject() {
        CodedEvent e = only("relative", PloverType.ACCUSE);
        assertEquals(List.of("KEN"), codes(e.source()));
        assertEquals(List.of("UGA"), codes(e.target()));
    }

    @Test
    void nominalTriggerWithPossessiveAndOf() {
        CodedEvent e = only("nominal-poss-of", PloverType.ASSAULT);
        assertEquals("invasion", e.triggerText());
        assertEquals(List.of("RUS"), codes(e.source()));
        assertEquals(List.of("UKR"), codes(e.target()));
    }

    @Test
    void nounUnderALightVerbTakesTheVerbsSubject() {
        CodedEvent e = only("light-verb", PloverType.ASSAULT);
        assertEquals(List.of("TUR"), codes(e.source()));
        assertEquals(List.of("SYR"), codes(e.target()));
    }

    @Test
    void liftedEmbargoIsOneRetreatEventWithTheEmbargoInItsTriggerAndPath() {
        List<CodedEvent> events = Fixtures.code("lift-embargo");
        assertEquals(1, events.size(), events.toString());
        CodedEvent e = events.get(0);
        assertEquals(PloverType.RETREAT, e.type());
        assertEquals("085", e.cameo().code());
        assertEquals("lifted its arms embargo", e.triggerText());
        assertEquals(List.of("USA"), codes(e.source()));
        assertEquals(List.of("VNM"), codes(e.target()));
        assertTrue(e.provenance().dependencyPath().contains("lifted -obj-> embargo"), e.provenance().dependencyPath());
        assertTrue(e.provenance().dependencyPath().contains("Vietnam"), e.provenance().dependencyPath());
    }

    @Test
    void coordinatedVerbsGiveTwoEventsSharingTheSubject() {
        List<CodedEvent> events = Fixtures.code("two-events");
        CodedEvent request = only("two-events", PloverType.REQUEST);
        assertEquals(List.of("JPN"), codes(request.source()));
        assertEquals(List.of("PRK"), codes(request.target()));
        assertTrue(events.stream().anyMatch(e -> e.type() == PloverType.ACCUSE && codes(e.source()).equals(List.of("JPN"))),
                events.toString());
    }

    @Test
    void aThreatWithoutTargetTakesTheTargetOfItsComplement() {
        CodedEvent threat = only("borrow-target", PloverType.THREATEN);
        assertEquals(List.of("PAK"), codes(threat.source()));
        assertEquals(List.of("COG"), codes(threat.target()));
        assertTrue(threat.provenance().dependencyPath().contains("target from complement"), threat.provenance().dependencyPath());
    }

    @Test
    void explicitlyNegatedAttendanceIsARefusal() {
        CodedEvent refusal = only("refusal", PloverType.REJECT);
        assertEquals(Modality.ASSERTED, refusal.modality());
        assertEquals("125", refusal.cameo().code());
        assertEquals(List.of("CHL"), codes(refusal.source()));
        assertEquals(List.of("PER"), codes(refusal.target()));
        assertEquals(List.of(PloverType.REJECT), types("refusal"), "the refusal replaces the negated CONSULT");
    }

    @Test
    void armingRebelsIsMaterialAidNotDiplomaticSupport() {
        CodedEvent aid = only("support-armed", PloverType.AID);
        assertEquals("aid.back-armed-groups", aid.provenance().rule());
        assertEquals(List.of("YEMREB"), codes(aid.target()));
    }

    @Test
    void aTargetHungOnTheWrongClauseByTheParserIsFoundInTheVerbsSubtree() {
        // "condemned as reckless Spain's closure": the parser leaves "closure" outside every object slot of the rule
        CodedEvent e = only("misparse-target", PloverType.ACCUSE);
        assertEquals(List.of("PRT"), codes(e.source()));
        assertEquals(List.of("ESP"), codes(e.target()));
        assertTrue(e.provenance().dependencyPath().contains("condemned ~subtree~> Spain"), e.provenance().dependencyPath());
    }

    @Test
    void eachHostedMeetingIsAnEventOfTheHostWithItsParticipantsAndTheHostVerbIsNotCountedAgain() {
        List<CodedEvent> events = Fixtures.code("host-meetings");
        List<CodedEvent> consult = events.stream().filter(e -> e.type() == PloverType.CONSULT).toList();
        assertEquals(2, consult.size(), events.toString());
        assertEquals("summit", consult.get(0).triggerText());
        assertEquals(List.of("KAZ"), codes(consult.get(0).source()));
        assertEquals(List.of("TURGOV", "IRNGOV", "RUSGOV"), codes(consult.get(0).target()));
        assertEquals("conference", consult.get(1).triggerText());
        assertEquals(List.of("KAZ"), codes(consult.get(1).source()));
        assertEquals(List.of("IRQ", "JOR", "LBN"), codes(consult.get(1).target()));
        assertTrue(consult.get(1).provenance().dependencyPath().contains("(host of conference)"), consult.get(1).provenance().dependencyPath());
    }

    @Test
    void anInstrumentBeforeAPurposeClauseIsNotItsAgentAndAParticipleTakesTheNounItModifies() {
        CodedEvent disperse = only("instrument", PloverType.COERCE);
        assertEquals(List.of("KENPOL"), codes(disperse.source()), "the police disperse, not the water cannon");
        assertEquals(List.of("KENEDU"), codes(disperse.target()));
        assertEquals(Modality.ASSERTED, disperse.modality(), "'used water cannon to' is not the habitual 'used to'");
        CodedEvent protest = only("instrument", PloverType.ACCUSE);
        assertEquals(List.of("KENEDU"), codes(protest.source()), "students protesting: the students protest");
        assertEquals(List.of("UGA"), codes(protest.target()));
    }

    @Test
    void whoeverRemainsUnderSanctionsIsTheirTarget() {
        CodedEvent e = only("under-sanctions", PloverType.SANCTION);
        assertEquals(List.of("USA"), codes(e.source()));
        assertEquals(List.of("CUB"), codes(e.target()));
    }

    @Test
    void underTheUsImposedSanctionsMisparsedStillFindsWhoIsUnderThem() {
        // the parser hangs "under" on "U.S." and leaves "imposed" without a subject
        CodedEvent e = only("under-misparse", PloverType.SANCTION);
        assertEquals(List.of("USA"), codes(e.source()));
        assertEquals(List.of("LBY"), codes(e.target()));
        assertTrue(e.provenance().dependencyPath().contains("~adjacent~> U.S."), e.provenance().dependencyPath());
    }

    @Test
    void aQuantityWordIsTransparentSoSuspendingMostOfTheAidIsOneSanction() {
        List<CodedEvent> events = Fixtures.code("quantity-object");
        assertEquals(1, events.size(), events.toString());
        CodedEvent e = events.get(0);
        assertEquals(PloverType.SANCTION, e.type());
        assertEquals(List.of("JPN"), codes(e.source()));
        assertEquals(List.of("MMR"), codes(e.target()));
    }

    @Test
    void aBanWithNoTargetFallsOnTheBanningStateAndSaysSo() {
        CodedEvent e = only("ban-rallies", PloverType.COERCE);
        assertEquals(List.of("KEN"), codes(e.source()));
        assertEquals(List.of("KEN"), codes(e.target()));
        assertTrue(e.target().get(0).entry().startsWith("domestic:own:"), e.target().get(0).entry());
        assertTrue(e.provenance().dependencyPath().contains("a domestic act"), e.provenance().dependencyPath());
    }

    @Test
    void anActorNamedUnderTheObjectKeepsTheActFromDefaultingToTheStatesOwnCountry() {
        // "closed the roads that supply Afghan troops" concerns the troops, not Pakistan itself
        CodedEvent e = only("close-supply-routes", PloverType.COERCE);
        assertEquals(List.of("PAK"), codes(e.source()));
        assertEquals(List.of(), codes(e.target()));
    }

    @Test
    void talksBetweenAGovernmentAndItsRebelsAreBetweenTwoSidesOfOneCountry() {
        CodedEvent e = only("talks-within-country", PloverType.CONSULT);
        assertEquals(List.of("YEMGOV"), codes(e.source()));
        assertEquals(List.of("YEMREB"), codes(e.target()));
    }

    @Test
    void aCeasefireIsAlsoAConcessionWithTheSameActorsAndTrigger() {
        CodedEvent retreat = only("concession-ceasefire", PloverType.RETREAT);
        CodedEvent concede = only("concession-ceasefire", PloverType.CONCEDE);
        assertEquals(List.of("TCDREB"), codes(concede.source()));
        assertEquals(List.of("TCDGOV"), codes(concede.target()));
        assertEquals(retreat.trigger(), concede.trigger());
        assertEquals("retreat.ceasefire+concession", concede.provenance().rule());
        assertEquals("080", concede.cameo().code());
        // the primary reading comes first on its trigger
        assertEquals(PloverType.RETREAT, Fixtures.code("concession-ceasefire").get(0).type());
    }

    @Test
    void aWithdrawalAgreedToIsAConcessionButAPlainOneIsNot() {
        CodedEvent agreed = only("concession-agreed-withdraw", PloverType.CONCEDE);
        assertEquals(List.of("ARM"), codes(agreed.source()));
        assertEquals(List.of("AZE"), codes(agreed.target()));
        assertEquals(Modality.PLANNED, agreed.modality());
        assertTrue(Fixtures.code("concession-plain-withdrawal").stream().noneMatch(e -> e.type() == PloverType.CONCEDE));
        assertEquals(1, Fixtures.code("concession-plain-withdrawal").size());
    }

    @Test
    void aParticipleClauseOnTheMainVerbSharesItsSubject() {
        List<CodedEvent> accusations = Fixtures.code("participle-subject").stream().filter(e -> e.type() == PloverType.ACCUSE).toList();
        CodedEvent accusing = accusations.stream().filter(e -> e.triggerText().equals("accusing")).findFirst().orElseThrow();
        assertEquals(List.of("VNM"), codes(accusing.source()));
        assertEquals(List.of("CHNGOV"), codes(accusing.target()));
    }

    @Test
    void aWillActUnderAnIfConditionIsHypotheticalButStatingItIsAThreat() {
        CodedEvent act = only("conditional-threat", PloverType.COERCE);
        assertEquals(Modality.HYPOTHETICAL, act.modality());
        CodedEvent threat = only("conditional-threat", PloverType.THREATEN);
        assertEquals(Modality.ASSERTED, threat.modality());
        assertEquals(List.of("CYPGOV"), codes(threat.source()));
        assertEquals("coerce.use-force+intent", threat.provenance().rule());
    }

    @Test
    void anOfferToHostAMeetingTakesTheMeetingsParticipantsAsTargets() {
        CodedEvent offer = only("complement-noun-target", PloverType.AGREE);
        assertEquals(List.of("NOR"), codes(offer.source()));
        assertEquals(List.of("COL", "VEN"), codes(offer.target()));
        assertTrue(offer.provenance().dependencyPath().contains("target from complement"), offer.provenance().dependencyPath());
    }

    @Test
    void notReadyToAcceptIsARefusal() {
        CodedEvent refusal = only("not-ready-refusal", PloverType.REJECT);
        assertEquals(Modality.ASSERTED, refusal.modality());
        assertEquals(List.of("MDA"), codes(refusal.source()));
        assertEquals(List.of("RUS"), codes(refusal.target()));
        assertEquals(List.of(PloverType.REJECT), types("not-ready-refusal"), "the refusal replaces the negated AGREE");
    }

    @Test
    void aParticipleUsedAsAnAdjectiveGivesItsSubjectTheStance() {
        CodedEvent e = only("stative-passive", PloverType.REJECT);
        assertEquals(List.of("CHL"), codes(e.source()));
        assertEquals(List.of("ARG"), codes(e.target()));
        assertEquals("reject.opposed-adjective", e.provenance().rule());
    }

    @Test
    void theActorAThreatsConditionNamesIsItsTargetAndThePlannedActIsNoSecondThreat() {
        CodedEvent threat = only("threat-condition", PloverType.THREATEN);
        assertEquals(List.of("KEN"), codes(threat.source()));
        assertEquals(List.of("SOM"), codes(threat.target()));
        assertTrue(threat.provenance().dependencyPath().contains("advcl:unless"), threat.provenance().dependencyPath());
        assertEquals("threaten.warn", threat.provenance().rule());
    }

    @Test
    void conjoinedObjectsTheRuleRequiresAreOneEvent() {
        List<CodedEvent> events = Fixtures.code("conjoined-objects");
        assertEquals(1, events.size(), events.toString());
        assertEquals(PloverType.ASSAULT, events.get(0).type());
        assertEquals("fired rockets and shells", events.get(0).triggerText());
        assertEquals(List.of("TUR"), codes(events.get(0).target()));
    }

    @Test
    void anAdjectiveStandingForItsNounMeetsAnObjectRequirement() {
        CodedEvent e = only("nominal-adjective-object", PloverType.AID);
        assertEquals("aid.evacuate-people", e.provenance().rule());
        assertEquals(List.of("JOR"), codes(e.source()));
        assertEquals(List.of("SYR"), codes(e.target()));
    }

    @Test
    void anActWithoutTargetSharesTheTargetOfACoordinatedClauseBySameState() {
        CodedEvent threat = only("coordinated-target", PloverType.THREATEN);
        CodedEvent stall = only("coordinated-target", PloverType.SANCTION);
        assertEquals(List.of("IRN"), codes(threat.target()));
        assertEquals(List.of("GBRGOV"), codes(stall.source()));
        assertEquals(List.of("IRN"), codes(stall.target()));
        assertTrue(stall.provenance().dependencyPath().contains("coordinated clause of 'threaten'"), stall.provenance().dependencyPath());
    }

    @Test
    void aMayActUnderAnIfConditionWarnsButAMayBenefitPromisesNothing() {
        CodedEvent threat = only("conditional-warning-may", PloverType.THREATEN);
        assertEquals(Modality.ASSERTED, threat.modality());
        assertEquals(List.of("EU"), codes(threat.source()));
        assertEquals(List.of("TUR"), codes(threat.target()));
        assertEquals(Modality.HYPOTHETICAL, only("conditional-warning-may", PloverType.SANCTION).modality());
        List<CodedEvent> benefit = Fixtures.code("conditional-benefit");
        assertEquals(1, benefit.size(), benefit.toString());
        assertEquals(PloverType.AID, benefit.get(0).type());
        assertEquals(Modality.HYPOTHETICAL, benefit.get(0).modality());
    }

    @Test
    void aNounEventNotAcceptedIsARefusal() {
        CodedEvent refusal = only("refusal-noun", PloverType.REJECT);
        assertEquals(Modality.ASSERTED, refusal.modality());
        assertEquals(List.of("SOMREB"), codes(refusal.source()));
        assertEquals(List.of("KEN"), codes(refusal.target()));
        assertEquals("cessation of hostilities", refusal.triggerText());
        assertTrue(refusal.provenance().rule().endsWith("+refusal"), refusal.provenance().rule());
        assertTrue(code("refusal-noun").stream().noneMatch(e -> e.type() == PloverType.RETREAT), "the refusal replaces the negated RETREAT");
    }

    @Test
    void aTownsNameInsideAPersonsNameIsNoPlace() {
        CodedEvent e = only("person-named-like-town", PloverType.ACCUSE);
        assertEquals(List.of("CHLGOV"), codes(e.source()));
        assertEquals("Manuel Burgos", e.source().get(0).text());
        assertEquals(List.of("PER"), codes(e.target()));
    }

    @Test
    void aTradeAgreementSignedIsAlsoMaterialCooperationButADealOfUnnamedContentIsNot() {
        List<CodedEvent> events = Fixtures.code("cooperation-reading");
        CodedEvent coop = only("cooperation-reading", PloverType.COOPERATE);
        assertEquals(List.of("GIN"), codes(coop.source()));
        assertEquals(List.of("MUS"), codes(coop.target()));
        assertEquals("061", coop.cameo().code());
        assertEquals("support.sign-agreement+cooperation", coop.provenance().rule());
        assertEquals(2, events.stream().filter(e -> e.type() == PloverType.SUPPORT).count(), events.toString());
        assertEquals(3, events.size(), events.toString());
    }

    @Test
    void theTwoNeighboursAreTheLastTwoStatesAndEachOthersTarget() {
        CodedEvent e = only("two-neighbours", PloverType.SUPPORT);
        assertEquals(List.of("IDN"), codes(e.source()));
        assertEquals(List.of("MYS"), codes(e.target()));
    }

    @Test
    void haltingAttacksIsAlsoAConcessionButWithdrawingTroopsIsNot() {
        List<CodedEvent> events = Fixtures.code("concession-halted-attacks");
        CodedEvent concede = only("concession-halted-attacks", PloverType.CONCEDE);
        assertEquals(List.of("TCDREB"), codes(concede.source()));
        assertEquals("retreat.de-escalate+concession", concede.provenance().rule());
        assertEquals(1, events.stream().filter(e -> e.type() == PloverType.CONCEDE).count(), events.toString());
        assertEquals(2, events.stream().filter(e -> e.type() == PloverType.RETREAT).count(), events.toString());
    }

    @Test
    void notRulingOutAnActIsAThreatAndRulingItOutIsNone() {
        List<CodedEvent> threats = Fixtures.code("threat-not-ruled-out").stream().filter(e -> e.type() == PloverType.THREATEN).toList();
        assertEquals(2, threats.size(), threats.toString());
        assertEquals(List.of("TUR"), codes(threats.get(0).source()));
        assertEquals(Modality.ASSERTED, threats.get(0).modality());
        assertEquals(List.of("GRC"), codes(threats.get(1).source()));
        assertEquals(Modality.NEGATED, threats.get(1).modality());
    }

    @Test
    void aPartnerParsedAsTheSubjectOfAPurposeClauseIsStillThePartner() {
        // "cooperated with Washington to build": the parser makes Washington the subject of "to build"
        CodedEvent e = only("cooperate-with-to", PloverType.COOPERATE);
        assertEquals(List.of("CHLGOV"), codes(e.source()));
        assertEquals(List.of("USAGOV"), codes(e.target()));
    }

    @Test
    void aPerfectInterruptedByCommasKeepsItsSubject() {
        // "has, for the first time, banned": the parser leaves "banned" hanging on "has" (dep), without a subject
        CodedEvent e = only("interrupted-perfect", PloverType.COERCE);
        assertEquals(List.of("KENGOV"), codes(e.source()));
        assertEquals("banned", e.triggerText());
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void notAllowingAnotherToActRefusesTheOther() {
        // "will not allow Cyprus to join NATO": Turkey refuses Cyprus; Cyprus refuses nothing
        CodedEvent e = only("refusal-permission", PloverType.REJECT);
        assertEquals(List.of("TUR"), codes(e.source()));
        assertEquals(List.of("CYP"), codes(e.target()));
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(List.of(PloverType.REJECT), types("refusal-permission"));
    }

    @Test
    void anActTwoComplementsDownKeepsTheSubjectAndTheDayIsNoObject() {
        // "agreed Tuesday to work with Uganda to lift the restrictions": Tuesday is a time, Uganda the partner, and
        // the lifting is Kenya's, planned
        CodedEvent e = only("day-as-object", PloverType.CONCEDE);
        assertEquals(List.of("KEN"), codes(e.source()));
        assertEquals(Modality.PLANNED, e.modality());
        assertEquals(List.of("UGA"), codes(only("day-as-object", PloverType.COOPERATE).target()));
    }

    private static List<PloverType> types(String fixture) {
        return code(fixture).stream().map(CodedEvent::type).toList();
    }
}
