package dk.ngc.skema.round;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.testsupport.RoleTable;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rounds: NGC plans and opens them; later phases move only forward, only through their features, and are published. */
@Import(RoundServiceTest.PhaseLog.class)
class RoundServiceTest extends ServiceTest {

    @Autowired
    RoundService roundService;
    @Autowired
    TestRounds testRounds;
    @Autowired
    PhaseLog phaseLog;

    /** Collects the phase changes the round publishes. */
    @TestConfiguration
    static class PhaseLog {
        final List<RoundPhaseChanged> changes = new CopyOnWriteArrayList<>();

        @EventListener
        void on(RoundPhaseChanged change) {
            changes.add(change);
        }
    }

    private long open(String code) {
        return testRounds.ensure(code, "Testrunde " + code, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)),
                RoundState.OPEN).id();
    }

    @Test
    void theRoundsPageSetsOnlyTheNominationPhasesAndNeverUndoesAnAssessment() {
        long round = open("T10");
        actAs("nina");
        assertThat(roundService.setNominationPhase(round, RoundState.CLOSED).state()).isEqualTo(RoundState.CLOSED);
        assertThatThrownBy(() -> roundService.setNominationPhase(round, RoundState.ASSESSED))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("round.error.assessmentState"));
        roundService.beginAssessment(round);
        assertThatThrownBy(() -> roundService.setNominationPhase(round, RoundState.OPEN))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.assessmentStarted"));
        assertThat(roundService.round(round).state()).isEqualTo(RoundState.IN_ASSESSMENT);
        actAs("rasmus");
        assertThatThrownBy(() -> roundService.setNominationPhase(round, RoundState.OPEN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyPhaseChangeIsPublishedWithWhoMovedIt() {
        long round = open("RP1");
        actAs("nina");
        roundService.setNominationPhase(round, RoundState.CLOSED);
        roundService.beginAssessment(round);
        roundService.completeAssessment(round);
        assertThat(phaseLog.changes).filteredOn(change -> change.roundId() == round)
                .extracting(RoundPhaseChanged::from, RoundPhaseChanged::to)
                .containsExactly(
                        Tuple.tuple(RoundState.PLANNED, RoundState.OPEN),
                        Tuple.tuple(RoundState.OPEN, RoundState.CLOSED),
                        Tuple.tuple(RoundState.CLOSED, RoundState.IN_ASSESSMENT),
                        Tuple.tuple(RoundState.IN_ASSESSMENT, RoundState.ASSESSED));
        assertThat(phaseLog.changes).filteredOn(change -> change.roundId() == round && change.to() == RoundState.CLOSED)
                .extracting(RoundPhaseChanged::by).containsExactly("nina");
    }

    @Test
    void anAssessmentCannotBeCompletedBeforeItBeganNorBegunTwice() {
        long round = open("RP2");
        actAs("nina");
        assertThatThrownBy(() -> roundService.completeAssessment(round))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("round.error.transition"));
        // Not while the round takes nominations: it is closed first.
        assertThatThrownBy(() -> roundService.beginAssessment(round))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("round.error.transition"));
        roundService.setNominationPhase(round, RoundState.CLOSED);
        roundService.beginAssessment(round);
        assertThatThrownBy(() -> roundService.beginAssessment(round))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("round.error.transition"));
        assertThat(roundService.round(round).state()).isEqualTo(RoundState.IN_ASSESSMENT);
        actAs("mette");
        assertThatThrownBy(() -> roundService.completeAssessment(round)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNameLongerThanItsColumnOrAThresholdWithMoreDecimalsThanKeptIsRefusedAndNoRoundIsMade() {
        actAs("nina");
        java.time.Instant opens = java.time.Instant.parse("2031-01-01T08:00:00Z");
        java.time.Instant closes = opens.plus(java.time.Duration.ofDays(30));
        int before = roundService.rounds().size();
        assertThatThrownBy(() -> roundService.createRound("RLN", "Indstillingsrunde ".repeat(15), opens, closes, new java.math.BigDecimal("50")))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("round.error.nameTooLong");
                    assertThat(e.arguments()).containsExactly(255);
                });
        // The column keeps two decimals: 33,333 % would be stored as 33,33 % without a word.
        assertThatThrownBy(() -> roundService.createRound("RLD", "Tre decimaler", opens, closes, new java.math.BigDecimal("33.333")))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("round.error.thresholdDecimals"));
        assertThat(roundService.rounds()).hasSize(before);

        assertThat(roundService.createRound("RLD", "To decimaler", opens, closes, new java.math.BigDecimal("33.33")).thresholdPercent())
                .isEqualByComparingTo("33.33");
    }

    @Test
    void receiptNumbersFollowEachOtherWithinARound() {
        long round = open("RP3");
        actAs("rasmus");
        assertThat(List.of(roundService.nextReceiptNumber(round), roundService.nextReceiptNumber(round)))
                .containsExactly("RP3-001", "RP3-002");
    }

    @Test
    void theProcessOrderOfPhasesHolds() {
        assertThat(RoundState.OPEN.mayMoveTo(RoundState.CLOSED)).isTrue();
        assertThat(RoundState.CLOSED.mayMoveTo(RoundState.OPEN)).isTrue();
        assertThat(RoundState.OPEN.mayMoveTo(RoundState.ASSESSED)).isFalse();
        assertThat(RoundState.PLANNED.mayMoveTo(RoundState.IN_ASSESSMENT)).isFalse();
        assertThat(RoundState.OPEN.mayMoveTo(RoundState.IN_ASSESSMENT)).isFalse();
        assertThat(RoundState.CLOSED.mayMoveTo(RoundState.IN_ASSESSMENT)).isTrue();
        assertThat(RoundState.ASSESSED.mayMoveTo(RoundState.IN_QUALIFICATION)).isTrue();
        assertThat(RoundState.IN_QUALIFICATION.mayMoveTo(RoundState.IN_DECISION)).isTrue();
        assertThat(RoundState.IN_DECISION.mayMoveTo(RoundState.DECIDED)).isTrue();
        assertThat(RoundState.DECIDED.mayMoveTo(RoundState.OPEN)).isFalse();
        assertThat(RoundState.IN_ASSESSMENT.mayMoveTo(RoundState.CLOSED)).isFalse();
    }

    @Test
    void whoMayDoWhatWithARound() {
        long round = open("RTAB");
        java.math.BigDecimal half = new java.math.BigDecimal("50");
        Instant now = Instant.now();
        java.util.Map<String, RoleTable.Call> calls = new java.util.LinkedHashMap<>();
        calls.put("rounds", () -> roundService.rounds());
        calls.put("openRounds", () -> roundService.openRounds());
        calls.put("round", () -> roundService.round(round));
        calls.put("createRound", () -> roundService.createRound("RTAB", "Igen", now, now.plusSeconds(60), half)); // code taken
        calls.put("recordEarlierRound", () -> roundService.recordEarlierRound("RTAB", "Igen", now, now.plusSeconds(60),
                new RoundInfo.ReportedFigures(1, 1, 1)));
        calls.put("setNominationPhase", () -> roundService.setNominationPhase(round, RoundState.ASSESSED)); // not by hand
        calls.put("beginAssessment", () -> roundService.beginAssessment(round));
        calls.put("completeAssessment", () -> roundService.completeAssessment(round));
        calls.put("nextReceiptNumber", () -> roundService.nextReceiptNumber(round));

        Set<String> everyone = new java.util.TreeSet<>(RoleTable.roles(dk.ngc.skema.security.Role.values()));
        everyone.add(RoleTable.NONE);
        Set<String> ngc = RoleTable.roles(dk.ngc.skema.security.Role.NGC);
        java.util.Map<String, Set<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("rounds", everyone);
        expected.put("openRounds", everyone);
        expected.put("round", everyone);
        expected.put("createRound", ngc);
        expected.put("recordEarlierRound", ngc);
        expected.put("setNominationPhase", ngc);
        expected.put("beginAssessment", ngc);
        expected.put("completeAssessment", ngc);
        expected.put("nextReceiptNumber", RoleTable.roles(dk.ngc.skema.security.Role.REGION, dk.ngc.skema.security.Role.LVS));
        assertThat(new RoleTable(events, clock).admitted(calls)).containsExactlyEntriesOf(expected);
    }

    @Test
    void qualificationDecisionAndDecidedFollowTheAssessmentAndToleratePhasesAlreadyReached() {
        long round = open("RP7");
        actAs("nina");
        roundService.setNominationPhase(round, RoundState.CLOSED);
        assertThatThrownBy(() -> roundService.beginQualification(round))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("round.error.transition"));
        roundService.beginAssessment(round);
        roundService.completeAssessment(round);
        assertThatThrownBy(() -> roundService.completeDecision(round))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("round.error.transition"));
        assertThat(roundService.beginQualification(round).state()).isEqualTo(RoundState.IN_QUALIFICATION);
        assertThat(roundService.beginQualification(round).state()).as("sent again: stays").isEqualTo(RoundState.IN_QUALIFICATION);
        assertThat(roundService.beginDecision(round).state()).isEqualTo(RoundState.IN_DECISION);
        assertThat(roundService.beginDecision(round).state()).as("released again: stays").isEqualTo(RoundState.IN_DECISION);
        assertThat(roundService.beginQualification(round).state()).as("never back").isEqualTo(RoundState.IN_DECISION);
        assertThat(roundService.completeDecision(round).state()).isEqualTo(RoundState.DECIDED);
        assertThat(roundService.completeDecision(round).state()).isEqualTo(RoundState.DECIDED);
        assertThat(phaseLog.changes).filteredOn(change -> change.roundId() == round && change.from().ordinal() >= RoundState.ASSESSED.ordinal())
                .extracting(RoundPhaseChanged::from, RoundPhaseChanged::to)
                .containsExactly(Tuple.tuple(RoundState.ASSESSED, RoundState.IN_QUALIFICATION),
                        Tuple.tuple(RoundState.IN_QUALIFICATION, RoundState.IN_DECISION),
                        Tuple.tuple(RoundState.IN_DECISION, RoundState.DECIDED));

        long skipped = open("RP8"); // a case presentation released without a qualification sent passes through it
        roundService.setNominationPhase(skipped, RoundState.CLOSED);
        roundService.beginAssessment(skipped);
        roundService.completeAssessment(skipped);
        assertThat(roundService.beginDecision(skipped).state()).isEqualTo(RoundState.IN_DECISION);
        actAs("svend");
        assertThatThrownBy(() -> roundService.beginDecision(skipped)).isInstanceOf(AccessDeniedException.class);
    }
}
