package dk.ngc.skema.hearing;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.hearing.note.HearingNote;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The whole hearing flow through the services, as the demo users: NGC sends the nomination form to the working group
 * and two societies, members and society staff answer, NGC extends, responds, closes and gets the note.
 */
class HearingServiceTest extends ServiceTest {

    private static final Locale DA = Locale.of("da");

    @Autowired
    HearingService hearings;
    @Autowired
    HearingNotes notes;
    @Autowired
    HearingReminders reminders;
    @Autowired
    HearingHomeTasks homeTasks;
    @Autowired
    HearingRepository hearingRepository;
    @Autowired
    HearingInviteeRepository inviteeRepository;
    @Autowired
    dk.ngc.skema.security.SystemActor system;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired
    FormService forms;
    @Autowired
    dk.ngc.skema.testsupport.HandledEvents handledEvents;
    @Autowired
    dk.ngc.skema.notification.Notifier notifier;

    @BeforeEach
    void everyoneHasLoggedInOnce() {
        // A body is resolved to the people Skema knows: those who have logged in.
        for (String user : List.of("william", "mette", "jens", "lars", "karen", "rasmus")) {
            actAs(user);
        }
    }

    private HearingDetail sent(String title) {
        actAs("nina");
        long id = hearings.create(HearingTestData.nominationFormHearing(forms, title)).id();
        hearings.send(id);
        return hearings.hearing(id);
    }

    private static InviteeInfo invitee(HearingDetail hearing, String usernameOrCode) {
        return hearing.invitees().stream().filter(invitee -> usernameOrCode.equals(invitee.username())
                || usernameOrCode.equals(invitee.organisationCode())).findFirst().orElseThrow();
    }

    @Test
    void sendingResolvesTheWorkingGroupToItsMembersAndTheSocietiesToOrganisationsWithTheDefaultDeadline() {
        actAs("nina");
        HearingInfo draft = hearings.create(HearingTestData.nominationFormHearing(forms, "Høring om indstillingsskemaet"));
        assertThat(draft.state()).isEqualTo(HearingState.DRAFT);
        assertThat(draft.invitees()).isZero();
        assertThat(draft.documentTitle()).contains("Indstillingsskema");

        Instant before = clock.instant();
        HearingInfo info = hearings.send(draft.id());

        assertThat(info.state()).isEqualTo(HearingState.SENT);
        assertThat(info.deadline()).isEqualTo(HearingDeadlines.endOf(HearingDeadlines.danishDay(before).plusDays(14)));
        HearingDetail detail = hearings.hearing(draft.id());
        assertThat(detail.invitees()).extracting(InviteeInfo::username).contains("william", "mette", "jens");
        assertThat(invitee(detail, "william").answerMode()).isEqualTo(AnswerMode.PERSONAL);
        assertThat(invitee(detail, "dsmg").answerMode()).isEqualTo(AnswerMode.ORGANISATION);
        assertThat(invitee(detail, "dsmg").name()).isEqualTo("Dansk Selskab for Medicinsk Genetik");
        assertThat(detail.invitees()).allSatisfy(invitee -> assertThat(invitee.answerState()).isEqualTo(AnswerState.AWAITING));
        assertThat(detail.document().anchors()).extracting(DocumentAnchor::id).contains("professionalism", "wgsPerYear");
        assertThat(detail.document().definition()).isNotNull();
        // Sending twice is refused; the hearing is out once.
        assertThatThrownBy(() -> hearings.send(draft.id())).isInstanceOf(Refusal.class).hasMessage("hearing.error.alreadySent");
    }

    @Test
    void aDeadlineIsTheEndOfTheDanishDayFourteenDaysOnAlsoAcrossBothSummerTimeChanges() {
        // Spring: sent 20 March 2027 at 10:00 Danish winter time; due 3 April 2027 at 23:59 summer time (UTC+2).
        assertThat(HearingDeadlines.defaultDeadline(Instant.parse("2027-03-20T09:00:00Z"))).isEqualTo(Instant.parse("2027-04-03T21:59:59Z"));
        // Autumn: sent 20 October 2027 (summer time), due 3 November 2027 at 23:59 winter time (UTC+1).
        assertThat(HearingDeadlines.defaultDeadline(Instant.parse("2027-10-20T08:00:00Z"))).isEqualTo(Instant.parse("2027-11-03T22:59:59Z"));
        // Sent at 00:30 Danish time on 1 March (still 28 February in UTC): the Danish day counts.
        assertThat(HearingDeadlines.lastDayAfter(Instant.parse("2027-02-28T23:30:00Z"))).isEqualTo(LocalDate.of(2027, 3, 15));
        // The round-2 hearing: sent 19 February 2021, due 10 March 2021 at 23:59 (winter time).
        assertThat(HearingDeadlines.endOf(LocalDate.of(2021, 3, 10))).isEqualTo(Instant.parse("2021-03-10T22:59:59Z"));
    }

    @Test
    void aHearingSentJustBeforeTheSpringChangeIsDueAtTwentyThreeFiftyNineSummerTime() {
        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-03-20T09:00:00Z")));
        HearingDetail hearing = sent("Høring over sommertid");
        assertThat(hearing.info().deadline()).isEqualTo(Instant.parse("2027-04-03T21:59:59Z"));
        assertThat(invitee(hearing, "william").deadline()).isEqualTo(Instant.parse("2027-04-03T21:59:59Z"));
    }

    /** The refusal's message as a Danish user reads it. */
    private static String danish(Throwable refusal) {
        assertThat(refusal).isInstanceOf(Refusal.class);
        return dk.ngc.skema.base.Messages.get(DA, ((Refusal) refusal).messageKey(), ((Refusal) refusal).arguments());
    }

    private static String danishRefusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return danish(org.assertj.core.api.Assertions.catchThrowable(call));
    }

    /** A file of {@code size} zero bytes that is never held in memory; counts what was read of it. */
    private static final class LargeFile extends java.io.InputStream {
        private final long size;
        long read;

        LargeFile(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            read += n;
            return n;
        }
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsSent() {
        actAs("nina");
        LocalDate yesterday = HearingDeadlines.danishDay(clock.instant()).minusDays(1);
        assertThat(danishRefusal(() -> hearings.create(HearingTestData.nominationFormHearing(forms, "For sent").withLastDay(yesterday))))
                .isEqualTo("Fristen skal ligge efter i dag.");
        long empty = hearings.create(HearingDraft.of("Ingen parter", "Brev", DocumentRef.formVersion(HearingTestData.nominationForm(forms)),
                List.of())).id();
        assertThat(danishRefusal(() -> hearings.send(empty))).isEqualTo("Vælg mindst én part at høre.");
        // The draft is kept as it was, to be sent once someone is invited.
        assertThat(hearings.hearing(empty).info().state()).isEqualTo(HearingState.DRAFT);
        assertThat(hearings.hearing(empty).info().title()).isEqualTo("Ingen parter");
        assertThat(danishRefusal(() -> hearings.uploadFile("program.pdf", TestFiles.exe())))
                .isEqualTo("Filen program.pdf kan ikke sendes i høring: kun PDF og Word (DOCX) modtages.");
        assertThat(danishRefusal(() -> hearings.uploadFile("program.exe", TestFiles.exe())))
                .isEqualTo("Filen program.exe kan ikke sendes i høring: kun PDF og Word (DOCX) modtages.");
        assertThat(danishRefusal(() -> hearings.uploadFile("stor.pdf", new byte[(int) FileCheck.MAX_BYTES + 1])))
                .isEqualTo("Filen stor.pdf er for stor: højst 20 MB.");
        // 200 MB as the upload streams it in: refused after reading no more than may be heard.
        LargeFile twoHundredMegabytes = new LargeFile(200L * 1024 * 1024);
        assertThat(danishRefusal(() -> hearings.uploadFile("stor.pdf", twoHundredMegabytes))).isEqualTo("Filen stor.pdf er for stor: højst 20 MB.");
        assertThat(twoHundredMegabytes.read).isLessThanOrEqualTo(HearingService.MAX_UPLOAD_BYTES + 1);
        assertThat(danishRefusal(() -> hearings.uploadFile("tom.docx", new byte[0]))).isEqualTo("Filen tom.docx er tom.");
        // A PDF that streams in is stored as the bytes are.
        assertThat(hearings.uploadFile("anbefaling.pdf", new java.io.ByteArrayInputStream(TestFiles.pdf())).source()).isEqualTo("file");
    }

    @Test
    void anUploadedPdfIsHeardWithItsChecksumAndCommentsNameAPlaceInIt() {
        actAs("nina");
        DocumentRef pdf = hearings.uploadFile("anbefaling.pdf", TestFiles.pdf());
        DocumentRef docx = hearings.uploadFile("anbefaling.docx", TestFiles.docx());
        long id = hearings.create(HearingDraft.of("Netværkets anbefaling", "Brev", pdf, List.of(InviteeChoice.person("jens")))).id();
        hearings.send(id);
        assertThat(hearings.file(id).sha256()).isEqualTo(FileCheck.sha256(TestFiles.pdf())).hasSize(64);
        assertThat(hearings.file(id).contentType()).isEqualTo("application/pdf");
        assertThat(docx.source()).isEqualTo("file");

        actAs("jens");
        long jens = hearings.hearing(id).mine().getFirst().id();
        assertThat(hearings.file(id).fileName()).isEqualTo("anbefaling.pdf");
        AnswerInfo answer = hearings.submit(jens, AnswerDraft.of(CommentDraft.on(AnchorKind.PLACE, "s. 3, afsnit 2", "Tabellen og teksten er uenige.")));
        assertThat(answer.comments()).singleElement().satisfies(comment -> assertThat(comment.anchor()).isEqualTo("s. 3, afsnit 2"));
        // A file has no sections to name.
        assertThatThrownBy(() -> hearings.saveDraft(jens, AnswerDraft.of(CommentDraft.on(AnchorKind.SECTION, "professionalism", "x"))))
                .isInstanceOf(Refusal.class).hasMessage("hearing.error.unknownAnchor");
    }

    @Test
    void anOrganisationsAnswerIsDraftedByOneOfItsUsersAndSubmittedByAnotherWhileAPersonalAnswerIsTheMembersOwn() {
        HearingDetail hearing = sent("Høring: organisation og personlig");
        long dsmg = invitee(hearing, "dsmg").id();
        long william = invitee(hearing, "william").id();

        actAs("lars"); // LVS, Dansk Selskab for Medicinsk Genetik
        hearings.saveDraft(dsmg, AnswerDraft.of(CommentDraft.on(AnchorKind.SECTION, "professionalism",
                "Fokus bør også være på de mange udiagnosticerede patienter, ikke kun de nydiagnosticerede.")));
        assertThat(hearings.answer(dsmg).invitee().answerState()).isEqualTo(AnswerState.DRAFT);

        actAs("mette"); // working group, also of DSMG: she may finish the society's answer
        AnswerInfo draft = hearings.answer(dsmg);
        assertThat(draft.comments()).singleElement().satisfies(comment -> assertThat(comment.anchorKind()).isEqualTo(AnchorKind.SECTION));
        AnswerInfo submitted = hearings.submit(dsmg, new AnswerDraft(false, List.of(
                new CommentDraft(draft.comments().getFirst().id(), AnchorKind.SECTION, "professionalism", draft.comments().getFirst().text()),
                CommentDraft.on(AnchorKind.FIELD, "wgsPerYear", "Familieundersøgelser er ment som trioanalyser ved diagnose."))));
        assertThat(submitted.submittedBy()).isEqualTo("mette");
        assertThat(submitted.comments()).extracting(CommentInfo::anchor).containsExactly("professionalism", "wgsPerYear");
        assertThat(submitted.comments().getFirst().id()).isEqualTo(draft.comments().getFirst().id());
        // Mette may not answer for William, nor William for the society.
        assertThatThrownBy(() -> hearings.saveDraft(william, AnswerDraft.noRemarks())).isInstanceOf(AccessDeniedException.class);

        actAs("william");
        assertThatThrownBy(() -> hearings.saveDraft(dsmg, AnswerDraft.noRemarks())).isInstanceOf(AccessDeniedException.class);
        AnswerInfo mine = hearings.submit(william, AnswerDraft.noRemarks());
        assertThat(mine.noComments()).isTrue();
        assertThat(mine.invitee().answerState()).isEqualTo(AnswerState.RESPONDED);
        // Before the deadline nobody sees another invitee's answer.
        assertThat(hearings.answers(hearing.info().id())).extracting(answer -> answer.invitee().id()).containsExactly(william);
        assertThatThrownBy(() -> hearings.answer(dsmg)).isInstanceOf(AccessDeniedException.class);

        // A comment on a field the form does not have, or an empty answer, is refused.
        actAs("jens");
        long jens = invitee(hearing, "jens").id();
        assertThatThrownBy(() -> hearings.submit(jens, AnswerDraft.of(CommentDraft.on(AnchorKind.FIELD, "noSuchField", "x"))))
                .isInstanceOf(Refusal.class).hasMessage("hearing.error.unknownAnchor");
        assertThatThrownBy(() -> hearings.submit(jens, new AnswerDraft(false, List.of()))).isInstanceOf(Refusal.class)
                .hasMessage("hearing.error.emptyAnswer");

        // Someone not invited sees nothing, also not by id.
        actAs("rasmus");
        assertThatThrownBy(() -> hearings.hearing(hearing.info().id())).isInstanceOf(AccessDeniedException.class);
        assertThat(hearings.myHearings()).extracting(HearingInfo::id).doesNotContain(hearing.info().id());
    }

    @Test
    void anOpenHearingIsInMyTasksWithItsDeadlineUntilAnsweredAndNgcIsAskedToCloseItOnceTheDeadlineHasPassed() {
        HearingDetail hearing = sent("Høring: mine opgaver");
        var jens = demoUsers.find("jens").orElseThrow().user();
        var karen = demoUsers.find("karen").orElseThrow().user();
        actAs("jens");
        assertThat(homeTasks.tasksFor(jens, DA)).filteredOn(task -> task.text().equals("Besvar høringen »Høring: mine opgaver«."))
                .singleElement().satisfies(task -> {
                    assertThat(task.deadline()).isEqualTo(hearing.info().deadline());
                    assertThat(task.route()).isEqualTo("hoering/" + hearing.info().id());
                    assertThat(task.isTodo()).isTrue();
                });
        actAs("karen");
        assertThat(homeTasks.tasksFor(karen, DA)).extracting(task -> task.text())
                .contains("Besvar høringen »Høring: mine opgaver« for Dansk Cardiologisk Selskab.");
        actAs("jens");
        hearings.submit(invitee(hearing, "jens").id(), AnswerDraft.noRemarks());
        assertThat(homeTasks.tasksFor(jens, DA)).extracting(task -> task.text()).doesNotContain("Besvar høringen »Høring: mine opgaver«.");

        actAs("nina");
        var nina = demoUsers.find("nina").orElseThrow().user();
        assertThat(homeTasks.tasksFor(nina, DA)).extracting(task -> task.text()).noneMatch(text -> text.contains("Høring: mine opgaver"));
        clock.advance(Duration.between(clock.instant(), hearing.info().deadline()).plusMinutes(1));
        assertThat(homeTasks.tasksFor(nina, DA)).filteredOn(task -> task.text().startsWith("Luk høringen »Høring: mine opgaver«"))
                .singleElement().satisfies(task -> assertThat(task.overdueAt(clock.instant())).isTrue());
    }

    @Test
    void theNoteFlagsACommentWhoseFieldTheRevisedVersionRemovedAndListsTheChanges() {
        HearingDetail hearing = sent("Høring: revision");
        actAs("mette");
        hearings.submit(invitee(hearing, "mette").id(), AnswerDraft.of(
                CommentDraft.on(AnchorKind.FIELD, "nationalNomination", "Erklæringen er overflødig."),
                CommentDraft.on(AnchorKind.SECTION, "professionalism", "Godt afsnit.")));

        actAs("nina");
        long heard = HearingTestData.nominationForm(forms);
        long revised = forms.newDraftFrom(heard).id();
        var draft = forms.version(revised);
        var definition = draft.definition();
        var sections = definition.sections().stream().map(section -> !section.key().equals("declarations") ? section
                : new dk.ngc.skema.forms.definition.Section(section.key(), section.title(), section.help(),
                section.fields().stream().filter(field -> !"nationalNomination".equals(field.key())).toList(), section.visibleIf(),
                section.allowExtraItems())).toList();
        forms.saveDraftVersion(revised, new dk.ngc.skema.forms.definition.FormDefinition(definition.key(), definition.version(),
                definition.title(), definition.description(), sections), draft.lockVersion());
        hearings.setRevisedDocument(hearing.info().id(), DocumentRef.formVersion(revised));

        HearingNote note = notes.note(hearing.info().id(), DA);
        assertThat(note.revisedDocumentTitle()).contains("version " + forms.version(revised).info().number());
        assertThat(note.changes()).isNotEmpty();
        assertThat(note.groups()).flatExtracting(HearingNote.Group::points)
                .extracting(HearingNote.Point::comment, HearingNote.Point::anchorRemoved)
                .contains(org.assertj.core.groups.Tuple.tuple("»Jeg er indforstået med, at der er tale om en national indstilling«: "
                                + "Erklæringen er overflødig.", true),
                        org.assertj.core.groups.Tuple.tuple("Godt afsnit.", false));

        // NGC's page flags the same comment (and only it), saying where the place went.
        var onRemoved = notes.commentsOnRemovedParts(hearing.info().id(), DA);
        var comments = hearings.answers(hearing.info().id()).stream().flatMap(answer -> answer.comments().stream()).toList();
        long removedComment = comments.stream().filter(comment -> comment.text().equals("Erklæringen er overflødig.")).findFirst().orElseThrow().id();
        assertThat(onRemoved).containsOnlyKeys(removedComment);
        assertThat(onRemoved.get(removedComment)).contains("findes ikke i den reviderede udgave");
    }

    @Test
    void aHearingsQuestionsAreAnsweredAsCommentsAndHeadTheirOwnGroupInTheNoteAndNgcRemindsThoseWhoHaveNotAnswered() {
        actAs("nina");
        long id = hearings.create(HearingTestData.nominationFormHearing(forms, "Høring med spørgsmål")
                .withQuestions(List.of("Forventet antal WGS om året?", "Kan gruppen høre under et eksisterende netværk?"))).id();
        hearings.send(id);
        HearingDetail hearing = hearings.hearing(id);
        assertThat(hearing.questions()).extracting(QuestionInfo::text)
                .containsExactly("Forventet antal WGS om året?", "Kan gruppen høre under et eksisterende netværk?");
        String first = String.valueOf(hearing.questions().getFirst().id());

        actAs("karen");
        hearings.submit(invitee(hearing, "dcs").id(), AnswerDraft.of(CommentDraft.on(AnchorKind.QUESTION, first, "Omkring 300.")));
        assertThatThrownBy(() -> hearings.saveDraft(invitee(hearing, "dcs").id(),
                AnswerDraft.of(CommentDraft.on(AnchorKind.QUESTION, "999999", "x")))).isInstanceOf(Refusal.class)
                .hasMessage("hearing.error.unknownAnchor");

        actAs("nina");
        assertThat(notes.note(id, DA).groups()).filteredOn(group -> group.heading().equals("Forventet antal WGS om året?"))
                .singleElement().satisfies(group -> assertThat(group.points()).extracting(HearingNote.Point::comment)
                        .containsExactly("Omkring 300."));
        // Everyone but the society, which answered, is reminded now.
        assertThat(hearings.remind(id)).isEqualTo(hearing.invitees().size() - 1);
    }

    @Test
    void aDoubleClickOnSubmitSubmitsOnce() {
        HearingDetail hearing = sent("Høring: dobbeltklik");
        long jens = invitee(hearing, "jens").id();
        actAs("jens");
        AnswerDraft answer = AnswerDraft.of(CommentDraft.general("Husk patientperspektivet i opfølgningen."));
        AnswerInfo first = hearings.submit(jens, answer);
        AnswerInfo second = hearings.submit(jens, answer);
        assertThat(second.submittedAt()).isEqualTo(first.submittedAt());
        assertThat(second.comments()).extracting(CommentInfo::id).isEqualTo(first.comments().stream().map(CommentInfo::id).toList());
    }

    @Test
    void ngcExtendsOneInviteesDeadlineAndAnAnswerAfterTheDeadlineIsLateUntilNgcLetsItCount() {
        HearingDetail hearing = sent("Høring: forlængelse");
        long jens = invitee(hearing, "jens").id();
        long william = invitee(hearing, "william").id();
        LocalDate lastDay = HearingDeadlines.danishDay(hearing.info().deadline());

        actAs("nina");
        assertThatThrownBy(() -> hearings.extendDeadline(jens, lastDay.minusDays(1))).isInstanceOf(Refusal.class)
                .hasMessage("hearing.error.extensionNotLater");
        InviteeInfo extended = hearings.extendDeadline(jens, lastDay.plusDays(7));
        assertThat(extended.deadline()).isEqualTo(HearingDeadlines.endOf(lastDay.plusDays(7)));
        assertThat(extended.extended()).isTrue();
        assertThat(invitee(hearings.hearing(hearing.info().id()), "william").deadline()).isEqualTo(hearing.info().deadline());

        clock.advance(Duration.between(clock.instant(), hearing.info().deadline()).plusHours(1)); // past the hearing's deadline
        actAs("jens");
        assertThat(hearings.submit(jens, AnswerDraft.noRemarks()).invitee().late()).isFalse(); // within his extension
        actAs("william");
        AnswerInfo late = hearings.submit(william, AnswerDraft.of(CommentDraft.general("Sent, men vigtigt.")));
        assertThat(late.invitee().late()).isTrue();
        // After the deadline, and as the hearing allows by default, the invitees see each other's submitted answers.
        assertThat(hearings.answers(hearing.info().id())).extracting(answer -> answer.invitee().id()).contains(jens, william);
        // A submitted answer can no longer be changed; what was submitted stays.
        assertThat(danishRefusal(() -> hearings.submit(william, AnswerDraft.noRemarks())))
                .isEqualTo("Fristen er udløbet: det indsendte svar kan ikke længere ændres.");
        assertThat(danishRefusal(() -> hearings.saveDraft(william, AnswerDraft.noRemarks())))
                .isEqualTo("Fristen er udløbet: det indsendte svar kan ikke længere ændres.");
        assertThat(hearings.answer(william).comments()).extracting(CommentInfo::text).containsExactly("Sent, men vigtigt.");
        assertThat(hearings.answer(william).submittedAt()).isEqualTo(late.submittedAt());

        actAs("nina");
        HearingNote before = notes.note(hearing.info().id(), DA);
        assertThat(before.invitees()).filteredOn(invitee -> invitee.name().equals("William Friis")).singleElement()
                .satisfies(invitee -> assertThat(invitee.status()).isEqualTo(HearingNote.InviteeStatus.NO_ANSWER));
        assertThat(hearings.decideLateAnswer(william, true).lateCounts()).isTrue();
        assertThat(notes.note(hearing.info().id(), DA).invitees()).filteredOn(invitee -> invitee.name().equals("William Friis"))
                .singleElement().satisfies(invitee -> assertThat(invitee.status()).isEqualTo(HearingNote.InviteeStatus.LATE));
    }

    @Test
    void anInviteeWithAnExtendedDeadlineSeesNoOtherAnswerUntilTheirOwnDeadlineHasPassed() {
        HearingDetail hearing = sent("Høring: forlænget frist og de andres svar");
        long id = hearing.info().id();
        long jens = invitee(hearing, "jens").id();
        long william = invitee(hearing, "william").id();
        actAs("william");
        hearings.submit(william, AnswerDraft.of(CommentDraft.general("Williams bemærkning.")));
        actAs("nina");
        LocalDate lastDay = HearingDeadlines.danishDay(hearing.info().deadline());
        hearings.extendDeadline(jens, lastDay.plusDays(7));

        clock.advance(Duration.between(clock.instant(), hearing.info().deadline()).plusHours(1)); // the hearing's deadline has passed
        actAs("jens"); // still writing within his extension: the others' answers would colour his
        assertThat(hearings.answers(id)).extracting(answer -> answer.invitee().id()).containsExactly(jens);
        assertThatThrownBy(() -> hearings.answer(william)).isInstanceOf(AccessDeniedException.class);
        actAs("mette"); // her deadline has passed: she reads William's answer
        assertThat(hearings.answers(id)).extracting(answer -> answer.invitee().id()).contains(william);

        clock.advance(Duration.ofDays(8)); // past Jens's extension too
        actAs("jens");
        assertThat(hearings.answers(id)).extracting(answer -> answer.invitee().id()).contains(jens, william);
    }

    @Test
    void aHearingThatKeepsTheAnswersApartShowsNoInviteeAnotherAnswerAfterTheDeadlineEither() {
        actAs("nina");
        HearingDraft visible = HearingTestData.nominationFormHearing(forms, "Høring: svar holdes adskilt");
        long id = hearings.create(new HearingDraft(visible.title(), visible.letterDa(), null, visible.document(), null, List.of(),
                visible.invitees(), false)).id();
        hearings.send(id);
        HearingDetail hearing = hearings.hearing(id);
        assertThat(hearing.answersVisibleAfterDeadline()).isFalse();
        actAs("william");
        hearings.submit(invitee(hearing, "william").id(), AnswerDraft.of(CommentDraft.general("Kun til NGC.")));
        actAs("jens");
        hearings.submit(invitee(hearing, "jens").id(), AnswerDraft.noRemarks());

        clock.advance(Duration.between(clock.instant(), hearing.info().deadline()).plusDays(1));
        assertThat(hearings.answers(id)).extracting(answer -> answer.invitee().username()).containsExactly("jens");
        assertThatThrownBy(() -> hearings.answer(invitee(hearing, "william").id())).isInstanceOf(AccessDeniedException.class);
        actAs("nina");
        assertThat(hearings.answers(id)).extracting(answer -> answer.invitee().username()).contains("william", "jens");
    }

    @Test
    void theSteeringGroupIsResolvedToItsMembersAndTheLvsSocietiesToEverySocietyWhenSent() {
        actAs("svend");
        actAs("nina");
        long id = hearings.create(HearingDraft.of("Høring: styregruppen og selskaberne", "Brev",
                DocumentRef.formVersion(HearingTestData.nominationForm(forms)),
                List.of(InviteeChoice.body(Body.STEERING_GROUP), InviteeChoice.body(Body.LVS_SOCIETIES)))).id();
        hearings.send(id);
        HearingDetail hearing = hearings.hearing(id);
        assertThat(invitee(hearing, "svend").answerMode()).isEqualTo(AnswerMode.PERSONAL);
        assertThat(hearing.invitees()).extracting(InviteeInfo::organisationCode).contains("dsmg", "dcs", "dps")
                .doesNotContain("region-hovedstaden", "danske-patienter");
        assertThat(hearing.invitees()).filteredOn(invitee -> invitee.organisationCode() != null)
                .allSatisfy(invitee -> assertThat(invitee.answerMode()).isEqualTo(AnswerMode.ORGANISATION));
        assertThat(hearing.invitees()).extracting(InviteeInfo::username).doesNotContain("william", "rasmus");
        // Karen answers for both her societies, each separately.
        actAs("karen");
        assertThat(hearings.hearing(id).mine()).extracting(InviteeInfo::organisationCode).containsExactlyInAnyOrder("dcs", "dps");
    }

    @Test
    void aSubmittedAnswerIsChangedBeforeTheDeadlineAsADraftAndSubmittedAgain() {
        HearingDetail hearing = sent("Høring: ændret svar");
        long mette = invitee(hearing, "mette").id();
        actAs("mette");
        AnswerInfo first = hearings.submit(mette, AnswerDraft.of(CommentDraft.general("Første udgave.")));
        AnswerInfo draft = hearings.saveDraft(mette, AnswerDraft.of(new CommentDraft(first.comments().getFirst().id(), AnchorKind.GENERAL, null,
                "Anden udgave.")));
        assertThat(draft.invitee().answerState()).isEqualTo(AnswerState.DRAFT);
        assertThat(draft.submittedAt()).isNull();
        actAs("nina"); // NGC sees the draft as not answered until it is submitted again
        assertThat(invitee(hearings.hearing(hearing.info().id()), "mette").answerState()).isEqualTo(AnswerState.DRAFT);
        actAs("mette");
        AnswerInfo again = hearings.submit(mette, AnswerDraft.of(new CommentDraft(first.comments().getFirst().id(), AnchorKind.GENERAL, null,
                "Anden udgave.")));
        assertThat(again.invitee().answerState()).isEqualTo(AnswerState.RESPONDED);
        assertThat(again.comments()).singleElement().satisfies(comment -> {
            assertThat(comment.id()).isEqualTo(first.comments().getFirst().id());
            assertThat(comment.text()).isEqualTo("Anden udgave.");
        });
    }

    @Test
    void ngcRespondsToEveryCommentClosesTheHearingAndGetsTheNoteAsPdfOffTheRequestThread() throws Exception {
        HearingDetail hearing = sent("Indstillingsskema, runde 2");
        long id = hearing.info().id();
        actAs("mette");
        hearings.submit(invitee(hearing, "mette").id(), AnswerDraft.of(
                CommentDraft.on(AnchorKind.SECTION, "professionalism", "Fokus på de mange udiagnosticerede patienter."),
                CommentDraft.general("Godt skema.")));
        actAs("william");
        hearings.submit(invitee(hearing, "william").id(), AnswerDraft.noRemarks());
        actAs("karen");
        hearings.decline(invitee(hearing, "dcs").id());

        actAs("nina");
        List<CommentInfo> comments = hearings.answers(id).stream().flatMap(answer -> answer.comments().stream()).toList();
        assertThat(comments).hasSize(2);
        CommentInfo onSection = comments.stream().filter(comment -> comment.anchorKind() == AnchorKind.SECTION).findFirst().orElseThrow();
        CommentInfo general = comments.stream().filter(comment -> comment.anchorKind() == AnchorKind.GENERAL).findFirst().orElseThrow();
        assertThatThrownBy(() -> hearings.respond(onSection.id(), " ", Accommodation.PARTLY, null)).isInstanceOf(Refusal.class)
                .hasMessage("hearing.error.emptyResponse");
        CommentInfo answered = hearings.respond(onSection.id(), "Vejledningen nævner nu også de udiagnosticerede.", Accommodation.PARTLY, null);
        assertThat(answered.respondedBy()).isEqualTo("nina");
        hearings.respond(general.id(), "Tak.", Accommodation.NOTED, null);

        HearingInfo closed = hearings.close(id);
        assertThat(closed.state()).isEqualTo(HearingState.CLOSED);
        actAs("jens");
        assertThatThrownBy(() -> hearings.submit(invitee(hearing, "jens").id(), AnswerDraft.noRemarks())).isInstanceOf(Refusal.class)
                .hasMessage("hearing.error.closed");

        actAs("nina");
        HearingNote note = notes.note(id, DA);
        assertThat(note.title()).isEqualTo("Høringsnotat: Indstillingsskema, runde 2");
        assertThat(note.sentOn()).isEqualTo(HearingDeadlines.danishDay(hearing.info().sentAt()));
        assertThat(note.days()).isEqualTo(14);
        assertThat(note.invitees()).extracting(HearingNote.Invitee::name, HearingNote.Invitee::status).contains(
                org.assertj.core.groups.Tuple.tuple("Mette Skov", HearingNote.InviteeStatus.ANSWERED),
                org.assertj.core.groups.Tuple.tuple("William Friis", HearingNote.InviteeStatus.NO_COMMENTS),
                org.assertj.core.groups.Tuple.tuple("Dansk Cardiologisk Selskab", HearingNote.InviteeStatus.NO_ANSWER),
                org.assertj.core.groups.Tuple.tuple("Jens Thomsen", HearingNote.InviteeStatus.NO_ANSWER));
        assertThat(note.groups()).extracting(HearingNote.Group::anchor).containsExactly(null, "professionalism");
        assertThat(note.groups().get(1).heading()).isEqualTo("Faglighed og værdi for patienten");
        assertThat(note.groups().get(1).points()).singleElement().satisfies(point -> {
            assertThat(point.invitee()).isEqualTo("Mette Skov");
            assertThat(point.answer()).isEqualTo("Vejledningen nævner nu også de udiagnosticerede.");
            assertThat(point.accommodation()).isEqualTo(HearingNote.Accommodation.PARTLY);
        });

        dk.ngc.skema.base.FileJob started = notes.start(id, NoteFormat.PDF, DA);
        dk.ngc.skema.base.FileJob done = await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> notes.progress(started.job()), dk.ngc.skema.base.FileJob::finished);
        assertThat(done.stage()).isEqualTo(dk.ngc.skema.base.FileJob.Stage.DONE);
        assertThat(done.fileName()).isEqualTo("hoeringsnotat-" + id + ".pdf");
        assertThat(new String(done.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] docx = notes.render(id, NoteFormat.DOCX, DA);
        assertThat(docx[0]).isEqualTo((byte) 'P'); // a zip package
    }

    @Autowired
    net.javacrumbs.shedlock.core.LockProvider lockProvider;

    @Test
    void whileAnotherNodeRunsTheReminderJobThisNodeSkipsItsRunAndRemindsAfterwards() {
        HearingDetail hearing = sent("Høring: påmindelse på to noder");
        clock.advance(Duration.between(clock.instant(), hearing.info().deadline()).minusDays(2));
        // Another node on the same database is running the job: it holds the job's lock there.
        var otherNode = lockProvider.lock(new net.javacrumbs.shedlock.core.LockConfiguration(java.time.Instant.now(), HearingReminders.LOCK,
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        try {
            reminders.scheduled(); // as the scheduler calls it
            assertThat(inviteeRepository.findByHearingIdOrderByName(hearing.info().id())).allSatisfy(invitee -> assertThat(invitee.remindedAt).isNull());
        } finally {
            otherNode.unlock();
        }
        reminders.scheduled();
        assertThat(inviteeRepository.findByHearingIdOrderByName(hearing.info().id())).isNotEmpty()
                .allSatisfy(invitee -> assertThat(invitee.remindedAt).isNotNull());
    }

    @Test
    void theReminderBeforeTheDeadlineGoesOutOncePerInviteeEvenWhenTwoNodesRunTheJobAtOnce() throws Exception {
        HearingDetail hearing = sent("Høring: påmindelse");
        actAs("william");
        hearings.submit(invitee(hearing, "william").id(), AnswerDraft.noRemarks()); // answered: not reminded
        long waiting = hearing.invitees().size() - 1;
        actAs("nina");
        assertThat(reminders.remindDue()).isZero(); // too early

        clock.advance(Duration.between(clock.instant(), hearing.info().deadline()).minusDays(2));
        // Other tests' hearings may be due for a reminder now too: count only this one's by running both at once.
        // Two nodes: two reminder jobs of their own, on the one database.
        HearingReminders otherNode = new HearingReminders(hearingRepository, inviteeRepository, hearings, system, transactions, clock, 3);
        var first = CompletableFuture.supplyAsync(reminders::remindDue);
        var second = CompletableFuture.supplyAsync(otherNode::remindDue);
        int both = first.get() + second.get();
        assertThat(reminders.remindDue()).isZero(); // and never again
        assertThat(both).isGreaterThanOrEqualTo((int) waiting);

        handledEvents.await();
        List<String> remindedTo = notifier.outbox().stream().filter(entry -> entry.subject().equals("Påmindelse: høring om Høring: påmindelse"))
                .map(entry -> entry.recipientEmail()).toList();
        assertThat(remindedTo).filteredOn("jens@skema.example"::equals).hasSize(1);
        assertThat(remindedTo).filteredOn("karen@skema.example"::equals).hasSize(1); // for her society
        assertThat(remindedTo).doesNotContain("william@skema.example"); // he has answered
    }

    // ---------------------------------------------------------------- questions as a form version (qualification)

    /** A small published form of two questions, one required, to ask as the hearing's questions (as NGC). */
    private QuestionsForm questionsForm(String key) {
        String json = """
                {"key": "%s", "title": {"da": "Spørgsmål til høringen", "en": "Questions of the hearing"},
                 "sections": [{"key": "main", "title": {"da": "Spørgsmål", "en": "Questions"}, "fields": [
                   {"key": "view", "type": "SHORT_TEXT", "label": {"da": "Jeres vurdering", "en": "Your view"}, "required": true, "maxLength": 200},
                   {"key": "more", "type": "LONG_TEXT", "label": {"da": "Andet", "en": "Other"}, "maxLength": 2000}]}]}
                """.formatted(key);
        var version = forms.importDefinition(json);
        forms.publish(version.id());
        return new QuestionsForm(key, version.id());
    }

    @Test
    void eachInviteeFillsInTheHearingsQuestionsFormSubmittedWithTheAnswerAndNgcReadsItPerInvitee() {
        actAs("nina");
        QuestionsForm form = questionsForm("hearing-questions-" + System.nanoTime());
        long id = hearings.create(HearingTestData.nominationFormHearing(forms, "Høring med spørgsmålsskema").withQuestionsForm(form)).id();
        assertThat(hearings.hearing(id).questionsForm()).isEqualTo(form);
        hearings.send(id);
        HearingDetail hearing = hearings.hearing(id);
        long dcs = invitee(hearing, "dcs").id();
        long jens = invitee(hearing, "jens").id();

        actAs("karen"); // for her society, Dansk Cardiologisk Selskab
        var started = hearings.startQuestions(dcs);
        assertThat(started.answers().text("view")).isEmpty();
        var saved = hearings.saveQuestions(dcs, started.answers().with("view", "Gruppen bør samles med hjertesygdomme"), started.lockVersion());
        assertThat(hearings.answer(dcs).invitee().answerState()).isEqualTo(AnswerState.DRAFT);
        assertThat(hearings.startQuestions(dcs).info().id()).as("one response per invitee").isEqualTo(saved.info().id());

        actAs("lars"); // not invited: sees nothing, also not by id
        assertThatThrownBy(() -> hearings.questionsResponse(dcs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forms.response(saved.info().id())).isInstanceOf(AccessDeniedException.class);

        actAs("karen");
        AnswerInfo submitted = hearings.submit(dcs, new AnswerDraft(false, List.of())); // the questions alone are an answer
        assertThat(submitted.invitee().answerState()).isEqualTo(AnswerState.RESPONDED);
        assertThat(submitted.questionsResponseId()).isEqualTo(saved.info().id());
        assertThat(forms.response(saved.info().id()).info().status()).isEqualTo(dk.ngc.skema.forms.ResponseStatus.SUBMITTED);

        actAs("jens"); // leaves the required question empty: refused, nothing submitted
        hearings.startQuestions(jens);
        assertThatThrownBy(() -> hearings.submit(jens, AnswerDraft.noRemarks())).isInstanceOf(dk.ngc.skema.forms.AnswersRefusedException.class);
        assertThat(hearings.answer(jens).submittedAt()).isNull();

        actAs("nina");
        assertThat(hearings.questionsResponse(dcs).orElseThrow().answers().text("view")).contains("Gruppen bør samles med hjertesygdomme");
        assertThat(hearings.answers(id)).filteredOn(answer -> answer.invitee().id() == dcs).singleElement()
                .extracting(AnswerInfo::questionsResponseId).isEqualTo(saved.info().id());

        actAs("karen"); // changes it before the deadline: a new response from the frozen one, a draft again
        var changed = hearings.saveQuestions(dcs, saved.answers().with("view", "Kan indgå under hjertenetværket"), saved.lockVersion());
        assertThat(changed.info().id()).isNotEqualTo(saved.info().id());
        assertThat(hearings.answer(dcs).invitee().answerState()).isEqualTo(AnswerState.DRAFT);
        assertThat(hearings.submit(dcs, AnswerDraft.noRemarks()).questionsResponseId()).isEqualTo(changed.info().id());

        // The hearing note quotes what each invitee answered to the questions, as last submitted; Jens has not answered.
        actAs("nina");
        var note = notes.note(id, java.util.Locale.of("da"));
        assertThat(note.questionAnswers()).singleElement().satisfies(answers -> {
            assertThat(answers.invitee()).isEqualTo("Dansk Cardiologisk Selskab");
            assertThat(answers.lines()).containsExactly(new dk.ngc.skema.hearing.note.HearingNote.AnswerLine(0, "Jeres vurdering", "Kan indgå under hjertenetværket"));
        });
    }

    @Test
    void aHearingWithTextQuestionsHasNoQuestionsFormAndAPublishedVersionIsRequired() {
        HearingDetail hearing = sent("Høring uden spørgsmålsskema");
        assertThat(hearing.questionsForm()).isNull();
        actAs("william");
        assertThatThrownBy(() -> hearings.startQuestions(invitee(hearing, "william").id()))
                .isInstanceOf(Refusal.class).hasMessageContaining("hearing.error.noQuestionsForm");
        actAs("nina");
        var draftVersion = forms.importDefinition("""
                {"key": "hearing-draft-questions-%d", "title": {"da": "Udkast", "en": "Draft"},
                 "sections": [{"key": "main", "title": {"da": "A", "en": "A"}, "fields": [
                   {"key": "view", "type": "SHORT_TEXT", "label": {"da": "V", "en": "V"}, "maxLength": 20}]}]}
                """.formatted(System.nanoTime()));
        assertThatThrownBy(() -> hearings.create(HearingTestData.nominationFormHearing(forms, "Høring med udkast")
                .withQuestionsForm(new QuestionsForm(draftVersion.formKey(), draftVersion.id()))))
                .isInstanceOf(Refusal.class).hasMessageContaining("hearing.error.questionsFormInvalid");
    }
}
