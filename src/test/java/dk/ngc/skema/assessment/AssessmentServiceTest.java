package dk.ngc.skema.assessment;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.testsupport.ServiceTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Phase 2 as the working group and NGC meet it: declare, rate, follow, close, read results, release. */
class AssessmentServiceTest extends ServiceTest {

    @Autowired
    dk.ngc.skema.nomination.NominationCoauthorService coauthorService;
    @Autowired
    dk.ngc.skema.round.RoundService roundService;
    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    AssessmentService assessment;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;

    @org.springframework.beans.factory.annotation.Autowired
    dk.ngc.skema.notification.Notifier notifier;
    @Autowired
    dk.ngc.skema.testsupport.HandledEvents handledEvents;

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aTitleASpreadsheetWouldRunAsAFormulaIsWrittenAsTextInTheResultsCsv() throws IOException {
        actAs("rasmus");
        long round = AssessmentTestData.openRound(testRounds, "ASF");
        String formula = "-2+3+cmd|' /C calc'!A0";
        AssessmentTestData.submit(nominations, forms, round, formula, "region-hovedstaden");
        actAs("nina");
        testRounds.closeForNominations(round);
        assessment.start(round);
        assessment.close(round);

        String csv = new String(assessment.resultsCsv(round), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.RFC4180.builder().setHeader().get()).getRecords();
        assertThat(rows).extracting(row -> row.get("title")).containsExactly("'" + formula);
        assertThat(rows.getFirst().get("members")).isEqualTo("12");
    }

    @Test
    void theWorkingGroupRatesNgcClosesAndTheResultFollowsTheRule() throws IOException {
        actAs("rasmus");
        long round = AssessmentTestData.openRound(testRounds, "AS1");
        NominationInfo heart = AssessmentTestData.submit(nominations, forms, round, "Arvelige hjertesygdomme", "region-hovedstaden");
        NominationInfo immune = AssessmentTestData.submit(nominations, forms, round, "Primær immundefekt", "region-hovedstaden");
        NominationInfo kidney = AssessmentTestData.submit(nominations, forms, round, "Arvelig nyresygdom", "region-hovedstaden");

        // Nothing can be declared before NGC starts the assessment.
        actAs("william");
        refused(() -> assessment.declare(heart.id(), false, null), "assessment.error.notInAssessment");
        assertThatThrownBy(() -> assessment.start(round)).isInstanceOf(AccessDeniedException.class);

        actAs("nina");
        assertThat(assessment.assessment(round).workingGroupSize()).isEqualTo(12);
        testRounds.closeForNominations(round);
        assessment.start(round);
        // The page's field stops at 100; the service holds that too (a size of 1000 would make every share of A tiny).
        refused(() -> assessment.setWorkingGroupSize(round, 1000), "assessment.error.sizeTooLarge");
        assertThat(assessment.assessment(round).workingGroupSize()).isEqualTo(12);
        assessment.setWorkingGroupSize(round, 3);
        assertThat(roundService.round(round).state()).isEqualTo(RoundState.IN_ASSESSMENT);

        // William has a conflict on the heart nomination: recused, so he cannot rate it.
        actAs("william");
        assertThat(assessment.myProgress(round).total()).isEqualTo(3);
        refused(() -> assessment.declare(heart.id(), true, " "), "assessment.error.reasonRequired");
        refused(() -> assessment.rate(immune.id(), Rating.A, null, null), "assessment.error.notDeclared");
        assessment.declare(heart.id(), true, "Min ægtefælle har skrevet indstillingen");
        refused(() -> assessment.rate(heart.id(), Rating.A, null, null), "assessment.error.recused");
        assessment.declare(immune.id(), false, null);
        assessment.rate(immune.id(), Rating.A, "Stærk faglighed", " ");
        assessment.declare(kidney.id(), false, null);
        assessment.rate(kidney.id(), Rating.A, null, null);

        actAs("mette");
        assessment.declare(heart.id(), false, null);
        assessment.rate(heart.id(), Rating.B, null, null);
        assessment.rate(heart.id(), Rating.A, "God faglig begrundelse", "Kan rulles ud nationalt"); // changed her mind
        assessment.declare(immune.id(), false, null);
        assessment.rate(immune.id(), Rating.B, null, null);

        actAs("jens");
        assessment.declare(heart.id(), false, null);
        assessment.rate(heart.id(), Rating.B, null, null);
        assessment.declare(immune.id(), false, null);
        assessment.rate(immune.id(), Rating.B, null, null);

        // A member sees only their own work, and no results before the assessment is closed and released.
        actAs("mette");
        MyProgress mine = assessment.myProgress(round);
        assertThat(mine.done()).isEqualTo(2);
        assertThat(mine.total()).isEqualTo(3);
        assertThat(mine.nominations()).extracting(MyNomination::rating).containsExactly(Rating.A, Rating.B, null);
        assertThat(mine.nominations().getFirst().professionalismComment()).isEqualTo("God faglig begrundelse");
        refused(() -> assessment.results(round), "assessment.error.notReleased");
        assertThatThrownBy(() -> assessment.notFinished(round)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessment.close(round)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessment.resultsCsv(round)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessment.resultsXlsx(round)).isInstanceOf(AccessDeniedException.class);
        actAs("william");
        assertThat(assessment.myProgress(round).nominations()).extracting(MyNomination::recused, MyNomination::rating)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, null), org.assertj.core.groups.Tuple.tuple(false, Rating.A),
                        org.assertj.core.groups.Tuple.tuple(false, Rating.A));

        // NGC sees who has not finished (not how they rated), then closes.
        actAs("nina");
        refused(() -> assessment.results(round), "assessment.error.notClosed");
        NotFinished notFinished = assessment.notFinished(round);
        assertThat(notFinished.nominations()).isEqualTo(3);
        assertThat(notFinished.members()).extracting(MemberProgress::username).containsExactly("jens", "mette"); // by full name
        assertThat(notFinished.members()).filteredOn(member -> member.username().equals("jens"))
                .extracting(MemberProgress::done).containsExactly(2);
        refused(() -> assessment.setWorkingGroupSize(round, 2), "assessment.error.sizeTooSmall");
        // Reminders go to the members with work left, saying how far they are.
        assertThat(assessment.remind(round)).isEqualTo(2);
        assertThat(remindedIn("Testrunde AS1")).containsExactlyInAnyOrder("mette@skema.example", "jens@skema.example");
        assertThat(notifier.outbox()).anySatisfy(message -> {
            assertThat(message.recipientEmail()).isEqualTo("jens@skema.example");
            assertThat(message.body()).contains("Du har vurderet 2 af 3 indstillinger");
        });
        assertThat(remindedIn("Testrunde AS1")).doesNotContain("william@skema.example"); // finished
        assessment.close(round);
        assertThat(roundService.round(round).state()).isEqualTo(RoundState.ASSESSED);
        assertThat(assessment.assessment(round).closedBy()).isEqualTo("nina");

        actAs("william");
        refused(() -> assessment.rate(immune.id(), Rating.B, null, null), "assessment.error.closed");

        actAs("nina");
        List<NominationResult> results = assessment.results(round);
        assertThat(results).extracting(NominationResult::nominationId).containsExactly(heart.id(), immune.id(), kidney.id());
        // Heart: William recused, so 1 A of 2 eligible = exactly 50 %: A.
        AssessmentResult heartResult = results.get(0).result();
        assertThat(heartResult.outcome()).isEqualTo(Outcome.A);
        assertThat(heartResult.recused()).isEqualTo(1);
        assertThat(heartResult.eligible()).isEqualTo(2);
        assertThat(heartResult.ratedA()).isEqualTo(1);
        assertThat(results.get(0).votes()).filteredOn(MemberVote::isRecused).extracting(MemberVote::username).containsExactly("william");
        // Immune: 1 A of 3: B.
        assertThat(results.get(1).result().outcome()).isEqualTo(Outcome.B);
        assertThat(results.get(1).votes()).filteredOn(vote -> vote.username().equals("william"))
                .extracting(MemberVote::professionalismComment, MemberVote::nationalAccessComment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Stærk faglighed", null));
        // Kidney: only William rated (1 of 3): B, and flagged for low turnout.
        AssessmentResult kidneyResult = results.get(2).result();
        assertThat(kidneyResult.outcome()).isEqualTo(Outcome.B);
        assertThat(kidneyResult.lowTurnout()).isTrue();
        assertThat(results.get(0).result().lowTurnout()).isFalse();

        String csv = new String(assessment.resultsCsv(round), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.RFC4180.builder().setHeader().get()).getRecords();
        assertThat(rows).extracting(row -> row.get("title"), row -> row.get("outcome"), row -> row.get("low_turnout"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Arvelige hjertesygdomme", "A", "nej"),
                        org.assertj.core.groups.Tuple.tuple("Primær immundefekt", "B", "nej"),
                        org.assertj.core.groups.Tuple.tuple("Arvelig nyresygdom", "B", "ja"));
        assertThat(rows.get(0).get("a_share_percent")).isEqualTo("50.0");

        // The same results as an Excel workbook, counts and shares as numbers NGC can sort and add up.
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(assessment.resultsXlsx(round)))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet.getFirst().stream().map(cell -> cell.getText()).toList()).isEqualTo(AssessmentService.RESULT_COLUMNS);
            assertThat(sheet).hasSize(4);
            assertThat(sheet.subList(1, 4)).extracting(row -> row.getCellText(1), row -> row.getCellText(2), row -> row.getCellText(12))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Arvelige hjertesygdomme", "A", "nej"),
                            org.assertj.core.groups.Tuple.tuple("Primær immundefekt", "B", "nej"),
                            org.assertj.core.groups.Tuple.tuple("Arvelig nyresygdom", "B", "ja"));
            assertThat(sheet.get(1).getCell(10).getType()).isEqualTo(CellType.NUMBER);
            assertThat(sheet.get(1).getCellAsNumber(10)).hasValueSatisfying(share -> assertThat(share).isEqualByComparingTo("50"));
            assertThat(sheet.get(1).getCellAsNumber(5)).hasValueSatisfying(eligible -> assertThat(eligible).isEqualByComparingTo("2"));
        }

        // The nominator learns the outcome only once NGC releases it; another region never.
        actAs("rasmus");
        assertThat(assessment.outcomeFor(heart.id())).isEmpty();
        actAs("sofie");
        assertThatThrownBy(() -> assessment.outcomeFor(heart.id())).isInstanceOf(AccessDeniedException.class);
        actAs("william");
        assertThatThrownBy(() -> assessment.release(round)).isInstanceOf(AccessDeniedException.class);
        actAs("rasmus");
        assertThatThrownBy(() -> assessment.release(round)).isInstanceOf(AccessDeniedException.class);

        actAs("nina");
        assessment.release(round);
        // The nominators are told their outcome, with the rule behind it.
        handledEvents.await();
        assertThat(notifier.outbox()).anySatisfy(message -> {
            assertThat(message.recipientEmail()).isEqualTo("rasmus@skema.example");
            assertThat(message.subject()).startsWith("Resultat af arbejdsgruppens vurdering af AS1-").endsWith(": A");
            assertThat(message.body()).contains("Arvelige hjertesygdomme", "Resultatet er: A", "habile");
        });

        actAs("rasmus");
        assertThat(assessment.outcomeFor(heart.id())).get().extracting(NominationOutcome::outcome).isEqualTo(Outcome.A);
        // (Other released rounds of this test class may add rasmus's nominations there too.)
        assertThat(assessment.myOutcomes()).extracting(NominationOutcome::title, NominationOutcome::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("Arvelige hjertesygdomme", Outcome.A),
                        org.assertj.core.groups.Tuple.tuple("Primær immundefekt", Outcome.B),
                        org.assertj.core.groups.Tuple.tuple("Arvelig nyresygdom", Outcome.B));
        assertThat(assessment.outcomeFor(immune.id())).get().extracting(NominationOutcome::outcome).isEqualTo(Outcome.B);
        // After release the working group sees the totals, not the individual votes.
        actAs("mette");
        assertThat(assessment.results(round)).allSatisfy(result -> assertThat(result.votes()).isEmpty())
                .extracting(result -> result.result().outcome()).containsExactly(Outcome.A, Outcome.B, Outcome.B);
    }

    @Test
    void aConflictDeclaredAfterRatingRemovesTheRatingAndOnlyNgcStartsAndCloses() {
        actAs("rasmus");
        long round = AssessmentTestData.openRound(testRounds, "AS2");
        NominationInfo nomination = AssessmentTestData.submit(nominations, forms, round, "Neurogenetiske patienter", "region-hovedstaden");
        actAs("nina");
        testRounds.closeForNominations(round);
        assessment.start(round);

        actAs("jens");
        assessment.declare(nomination.id(), false, null);
        assessment.rate(nomination.id(), Rating.A, "Relevant", null);
        assertThat(assessment.myProgress(round).done()).isEqualTo(1);
        assessment.declare(nomination.id(), true, "Jeg har rådgivet indstilleren");
        MyNomination mine = assessment.myProgress(round).nominations().getFirst();
        assertThat(mine.recused()).isTrue();
        assertThat(mine.rating()).isNull();
        assertThat(mine.professionalismComment()).isNull();
        refused(() -> assessment.rate(nomination.id(), Rating.A, null, null), "assessment.error.recused");
        assertThatThrownBy(() -> assessment.close(round)).isInstanceOf(AccessDeniedException.class);

        actAs("rasmus");
        assertThatThrownBy(() -> assessment.myProgress(round)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessment.declare(nomination.id(), false, null)).isInstanceOf(AccessDeniedException.class);

        actAs("nina");
        assessment.close(round);
        refused(() -> assessment.close(round), "assessment.error.closed");
        // Default working group of 12; Jens recused: 0 A of 11 eligible, nobody rated: B with low turnout.
        AssessmentResult result = assessment.results(round).getFirst().result();
        assertThat(result.members()).isEqualTo(12);
        assertThat(result.eligible()).isEqualTo(11);
        assertThat(result.outcome()).isEqualTo(Outcome.B);
        assertThat(result.lowTurnout()).isTrue();
        assertThat(assessment.outcomeFor(nomination.id())).isPresent();

        // A round still open for nominations is closed first: its set of nominations is not yet fixed.
        actAs("rasmus");
        long stillOpen = AssessmentTestData.openRound(testRounds, "AS5");
        actAs("nina");
        refused(() -> assessment.start(stillOpen), "assessment.error.roundStillOpen");
        assertThat(roundService.round(stillOpen).state()).isEqualTo(RoundState.OPEN);

        // A round assessed before Skema (like round 1) cannot be started again.
        long old = testRounds.ensure("AS3", "Gammel runde", java.time.Instant.parse("2020-09-01T00:00:00Z"),
                java.time.Instant.parse("2020-11-01T00:00:00Z"), RoundState.ASSESSED).id();
        refused(() -> assessment.start(old), "assessment.error.cannotStart");
    }

    private List<String> remindedIn(String roundName) {
        handledEvents.await();
        return notifier.outbox().stream().filter(message -> message.subject().equals("Påmindelse: vurdering af indstillinger i " + roundName))
                .map(dk.ngc.skema.notification.OutboxEntry::recipientEmail).toList();
    }

    @Test
    void onceTheWorkingGroupIsFullOnlyItsDeclarantsAreFollowedAndReminded() {
        actAs("jens"); // a working-group member Skema knows
        actAs("rasmus");
        long round = AssessmentTestData.openRound(testRounds, "AS4");
        NominationInfo first = AssessmentTestData.submit(nominations, forms, round, "Arvelig blindhed", "region-hovedstaden");
        AssessmentTestData.submit(nominations, forms, round, "Arvelig døvhed", "region-hovedstaden");
        actAs("nina");
        testRounds.closeForNominations(round);
        assessment.start(round);
        assessment.setWorkingGroupSize(round, 2);

        actAs("william");
        assessment.declare(first.id(), false, null);
        assessment.rate(first.id(), Rating.A, null, null);
        // One of two has declared: every known member of the working group may still come, so all are followed.
        actAs("nina");
        assertThat(assessment.notFinished(round).members()).extracting(MemberProgress::username).contains("jens", "william");

        actAs("mette");
        assessment.declare(first.id(), false, null);
        actAs("jens");
        refused(() -> assessment.declare(first.id(), false, null), "assessment.error.groupFull");

        // Two of two have declared: Jens may not declare, so he is neither listed nor reminded.
        actAs("nina");
        NotFinished notFinished = assessment.notFinished(round);
        assertThat(notFinished.members()).extracting(MemberProgress::username, MemberProgress::done)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mette", 0), org.assertj.core.groups.Tuple.tuple("william", 1));
        assertThat(notFinished.membersNotSeen()).isZero();
        assertThat(assessment.remind(round)).isEqualTo(2);
        assertThat(remindedIn("Testrunde AS4")).containsExactlyInAnyOrder("mette@skema.example", "william@skema.example");
    }

    @Test
    void anInvitedCoauthorSeesTheReleasedOutcomeAmongTheirResults() {
        actAs("sofie"); // Region Midtjylland, not a party to the nomination
        actAs("rasmus");
        long round = AssessmentTestData.openRound(testRounds, "AS6");
        var draft = nominations.start(round, List.of("region-hovedstaden"));
        coauthorService.inviteCoauthor(draft.id(), "sofie@skema.example");
        assertThat(forms.submit(draft.responseId(), dk.ngc.skema.nomination.NominationTestData.complete("Arvelig epilepsi",
                List.of("region-hovedstaden")), forms.response(draft.responseId()).lockVersion()).problems()).isEmpty();

        actAs("nina");
        testRounds.closeForNominations(round);
        assessment.start(round);
        assessment.close(round);

        actAs("sofie");
        assertThat(assessment.outcomeFor(draft.id())).isEmpty(); // not released yet
        assertThat(assessment.myOutcomes()).extracting(NominationOutcome::nominationId).doesNotContain(draft.id());

        actAs("nina");
        assessment.release(round);

        actAs("sofie");
        assertThat(assessment.myOutcomes()).filteredOn(outcome -> outcome.nominationId() == draft.id())
                .extracting(NominationOutcome::title, NominationOutcome::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Arvelig epilepsi", Outcome.B));
        assertThat(assessment.outcomeFor(draft.id())).get().extracting(NominationOutcome::outcome).isEqualTo(Outcome.B);
        // Only nominators and the working group see it: not LVS staff who are no party, nor the steering group.
        actAs("lars");
        assertThatThrownBy(() -> assessment.outcomeFor(draft.id())).isInstanceOf(AccessDeniedException.class);
        actAs("svend");
        assertThatThrownBy(() -> assessment.outcomeFor(draft.id())).isInstanceOf(AccessDeniedException.class);
        actAs("jens");
        assertThat(assessment.outcomeFor(draft.id())).isPresent();
    }

    @Autowired
    ImpartialityDeclarationRepository declarations;

    @Test
    void theCardSavesDeclarationAndRatingTogetherOrNotAtAll() {
        actAs("rasmus");
        long round = AssessmentTestData.openRound(testRounds, "AS7");
        NominationInfo nomination = AssessmentTestData.submit(nominations, forms, round, "Arvelig cancer", "region-hovedstaden");
        actAs("nina");
        testRounds.closeForNominations(round);
        assessment.start(round);

        // A rating that is refused leaves no declaration behind either.
        actAs("jens");
        refused(() -> assessment.assess(nomination.id(), false, null, Rating.A, "x".repeat(AssessmentService.COMMENT_MAX_LENGTH + 1), null),
                "assessment.error.commentTooLong");
        assertThat(assessment.myProgress(round).nominations().getFirst().declaration()).isNull();
        refused(() -> assessment.assess(nomination.id(), true, " ", null, null, null), "assessment.error.reasonRequired");
        refused(() -> assessment.assess(nomination.id(), true, "y".repeat(AssessmentService.REASON_MAX_LENGTH + 1), null, null, null),
                "assessment.error.reasonTooLong");
        assertThat(assessment.myProgress(round).nominations().getFirst().declaration()).isNull();

        // Impartial without a rating: declared, not done; then with a rating: done.
        MyNomination declared = assessment.assess(nomination.id(), false, null, null, null, null);
        assertThat(declared.declaration()).isEqualTo(Declaration.impartial());
        assertThat(declared.done()).isFalse();
        MyNomination rated = assessment.assess(nomination.id(), false, null, Rating.A, " Stærk faglighed ", "");
        assertThat(rated.rating()).isEqualTo(Rating.A);
        assertThat(rated.professionalismComment()).isEqualTo("Stærk faglighed");
        assertThat(rated.nationalAccessComment()).isNull();
        assertThat(rated.done()).isTrue();
        var declaredAt = declarations.findByNominationIdAndMemberUsername(nomination.id(), "jens").orElseThrow().getUpdatedAt();

        // Changing only the rating leaves the declaration (and its time) alone.
        clock.advance(java.time.Duration.ofHours(1));
        assertThat(assessment.assess(nomination.id(), false, null, Rating.B, null, null).rating()).isEqualTo(Rating.B);
        assertThat(declarations.findByNominationIdAndMemberUsername(nomination.id(), "jens").orElseThrow().getUpdatedAt())
                .isEqualTo(declaredAt);

        // A conflict recuses: the rating goes, even if the card still sent one, and the declaration is updated.
        clock.advance(java.time.Duration.ofHours(1));
        MyNomination recused = assessment.assess(nomination.id(), true, "Jeg har rådgivet indstilleren", Rating.A, "Faglig", null);
        assertThat(recused.recused()).isTrue();
        assertThat(recused.rating()).isNull();
        assertThat(declarations.findByNominationIdAndMemberUsername(nomination.id(), "jens").orElseThrow().getUpdatedAt())
                .isAfter(declaredAt);

        actAs("rasmus");
        assertThatThrownBy(() -> assessment.assess(nomination.id(), false, null, Rating.A, null, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
