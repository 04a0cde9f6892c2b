package dk.ngc.skema.hearing;

import dk.ngc.skema.base.NotFound;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.AnswersRefusedException;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.FormVersionStatus;
import dk.ngc.skema.forms.ResponseDocument;
import dk.ngc.skema.forms.ResponseStatus;
import dk.ngc.skema.forms.SubmitResult;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.organisation.OrganisationType;
import dk.ngc.skema.organisation.PersonSummary;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Written hearings: NGC makes one (title, covering letter, a document from a {@link DocumentSource}, invitees,
 * deadline, optional questions), sends it (bodies resolved to organisations and persons then; {@link HearingSent}
 * published for the mails), extends one invitee's deadline, reminds, responds to every comment and closes it;
 * invitees read the document and write, save and submit their answer. Every method checks {@link HearingAccess}.
 * Access refusals are {@link AccessDeniedException}; what a rule refuses is a {@link Refusal} with a message key.
 */
@Service
public class HearingService {

    /** The longest title, comment and response: the columns' sizes. */
    static final int TITLE_MAX = 500;
    static final int ANCHOR_MAX = 255;
    /** The largest file that may be heard. */
    public static final long MAX_UPLOAD_BYTES = FileCheck.MAX_BYTES;

    private static final TypeReference<List<DocumentAnchor>> ANCHORS = new TypeReference<>() {
    };

    private final HearingRepository hearings;
    private final HearingDocumentRepository documents;
    private final HearingFileRepository files;
    private final HearingQuestionRepository questions;
    private final HearingRecipientRepository recipients;
    private final HearingInviteeRepository invitees;
    private final HearingAnswerRepository answers;
    private final HearingCommentRepository comments;
    private final HearingAccess access;
    private final Map<String, DocumentSource> sources;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FormService forms;
    private final org.springframework.beans.factory.ObjectProvider<InviteeGroupSource> groupSources;

    HearingService(HearingRepository hearings, HearingDocumentRepository documents, HearingFileRepository files,
                   HearingQuestionRepository questions, HearingRecipientRepository recipients, HearingInviteeRepository invitees,
                   HearingAnswerRepository answers, HearingCommentRepository comments, HearingAccess access,
                   List<DocumentSource> sources, OrganisationService organisations, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock, FormService forms,
                   org.springframework.beans.factory.ObjectProvider<InviteeGroupSource> groupSources) {
        this.groupSources = groupSources;
        this.hearings = hearings;
        this.documents = documents;
        this.files = files;
        this.questions = questions;
        this.recipients = recipients;
        this.invitees = invitees;
        this.answers = answers;
        this.comments = comments;
        this.access = access;
        this.sources = sources.stream().collect(Collectors.toMap(DocumentSource::name, Function.identity()));
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.forms = forms;
    }

    // ---------------------------------------------------------------- making and sending (NGC)

    /** The groups other features offer to consult (e.g. the members of each specialist network), by name (NGC). */
    @Transactional(readOnly = true)
    public List<InviteeGroup> inviteeGroups(Locale locale) {
        currentUser.require(Role.NGC);
        return InviteeGroup.sorted(groupSources.orderedStream().flatMap(source -> source.groups().stream()).toList(), locale);
    }

    /**
     * Stores an uploaded PDF or DOCX to hear as it streams in: at most {@link #MAX_UPLOAD_BYTES} are read, so a far
     * larger file (200 MB) is refused without being held in memory; otherwise as {@link #uploadFile(String, byte[])}.
     */
    @Transactional
    public DocumentRef uploadFile(String fileName, java.io.InputStream content) {
        currentUser.require(Role.NGC);
        try {
            return uploadFile(fileName, content.readNBytes((int) MAX_UPLOAD_BYTES + 1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Stores an uploaded PDF or DOCX to hear (type by content, at most 20 MB, SHA-256 kept); refused otherwise. */
    @Transactional
    public DocumentRef uploadFile(String fileName, byte[] content) {
        SkemaUser user = currentUser.require(Role.NGC);
        String type = FileCheck.check(fileName, content);
        HearingFile file = files.save(new HearingFile(fileName, type, content, user.username(), clock.instant()));
        return DocumentRef.file(file.id);
    }

    /** A new hearing in draft; the document is read now, through its source, and kept as it stands. */
    @Transactional
    public HearingInfo create(HearingDraft draft) {
        SkemaUser user = currentUser.require(Role.NGC);
        validate(draft);
        HearingDocumentSnapshot document = snapshot(draft.document());
        Hearing hearing = hearings.save(new Hearing(draft.title().strip(), draft.letterDa(), draft.letterEn(), document.id,
                draft.lastDay() == null ? null : HearingDeadlines.endOf(draft.lastDay()), draft.answersVisibleAfterDeadline(),
                user.username(), clock.instant()));
        setQuestionsForm(hearing, draft.questionsForm());
        storeChoices(hearing, draft);
        return info(hearing);
    }

    /** Changes a draft hearing: everything but its document, which a new hearing would hear. */
    @Transactional
    public HearingInfo update(long hearingId, HearingDraft draft) {
        currentUser.require(Role.NGC);
        Hearing hearing = find(hearingId);
        hearing.requireState(HearingState.DRAFT);
        validate(draft);
        hearing.title = draft.title().strip();
        hearing.letterDa = draft.letterDa();
        hearing.letterEn = draft.letterEn();
        hearing.deadline = draft.lastDay() == null ? null : HearingDeadlines.endOf(draft.lastDay());
        hearing.answersVisibleAfterDeadline = draft.answersVisibleAfterDeadline();
        setQuestionsForm(hearing, draft.questionsForm());
        questions.deleteByHearingId(hearing.id);
        recipients.deleteByHearingId(hearing.id);
        questions.flush();
        storeChoices(hearing, draft);
        return info(hearing);
    }

    /**
     * Sends the hearing: resolves its bodies to organisations and persons as they are now, sets the deadline (the one
     * chosen, or {@value HearingDeadlines#DEFAULT_DAYS} days at 23:59 Danish time) and publishes {@link HearingSent},
     * from which notification mails every invitee. Refused without invitees or with a deadline that has passed.
     */
    @Transactional
    public HearingInfo send(long hearingId) {
        currentUser.require(Role.NGC);
        Hearing hearing = find(hearingId);
        hearing.requireState(HearingState.DRAFT);
        Instant now = clock.instant();
        Instant deadline = hearing.deadline != null ? hearing.deadline : HearingDeadlines.defaultDeadline(now);
        if (!deadline.isAfter(now)) {
            throw new Refusal("hearing.error.deadlinePast");
        }
        List<PersonSummary> people = organisations.allPersons();
        List<HearingInvitee> resolved = resolve(hearing.id, recipients.findByHearingIdOrderById(hearing.id), people);
        if (resolved.isEmpty()) {
            throw new Refusal("hearing.error.noInvitees");
        }
        hearing.send(now, deadline);
        List<HearingInvitee> saved = invitees.saveAll(resolved);
        List<Invitation> invitations = saved.stream().map(invitee -> invitation(hearing, invitee, people)).toList();
        events.publishEvent(new HearingSent(hearing.id, hearing.title, document(hearing.documentId).title(Locale.of("da")),
                hearing.letterDa, now, invitations));
        return info(hearing);
    }

    /** Gives one invitee a later last day (until 23:59 Danish time); must be later than its deadline now. */
    @Transactional
    public InviteeInfo extendDeadline(long inviteeId, LocalDate lastDay) {
        currentUser.require(Role.NGC);
        HearingInvitee invitee = findInvitee(inviteeId);
        Hearing hearing = find(invitee.hearingId);
        hearing.requireState(HearingState.SENT);
        Instant until = HearingDeadlines.endOf(lastDay);
        if (!until.isAfter(invitee.deadline(hearing)) || !until.isAfter(clock.instant())) {
            throw new Refusal("hearing.error.extensionNotLater");
        }
        invitee.extendedUntil = until;
        return invitee.toInfo(hearing, answers.findByInviteeId(invitee.id).orElse(null));
    }

    /** Reminds every invitee that has not answered yet, now (NGC's manual reminder); returns how many. */
    @Transactional
    public int remind(long hearingId) {
        currentUser.require(Role.NGC);
        Hearing hearing = find(hearingId);
        hearing.requireState(HearingState.SENT);
        List<HearingInvitee> waiting = invitees.findByHearingIdOrderByName(hearing.id).stream()
                .filter(invitee -> invitee.answerState == AnswerState.AWAITING || invitee.answerState == AnswerState.DRAFT).toList();
        publishReminder(hearing, waiting);
        return waiting.size();
    }

    /** Closes the hearing for answers (NGC still responds to the comments and writes the note). */
    @Transactional
    public HearingInfo close(long hearingId) {
        currentUser.require(Role.NGC);
        Hearing hearing = find(hearingId);
        hearing.close(clock.instant());
        return info(hearing);
    }

    /** The revised document the hearing led to (e.g. the next form version), for the note's changes and carried anchors. */
    @Transactional
    public HearingInfo setRevisedDocument(long hearingId, DocumentRef revised) {
        currentUser.require(Role.NGC);
        Hearing hearing = find(hearingId);
        if (hearing.state == HearingState.DRAFT) {
            throw new Refusal("hearing.error.notSent");
        }
        hearing.revisedDocumentId = snapshot(revised).id;
        return info(hearing);
    }

    /** NGC's response to one comment, with whether it was accommodated and, optionally, the change it led to. */
    @Transactional
    public CommentInfo respond(long commentId, String response, Accommodation accommodation, @Nullable String changeReference) {
        SkemaUser user = currentUser.require(Role.NGC);
        HearingComment comment = comments.findById(commentId).orElseThrow(() -> new NotFound("hearing.error.noComment", commentId));
        HearingAnswer answer = answers.findById(comment.answerId).orElseThrow();
        if (response == null || response.isBlank()) {
            throw new Refusal("hearing.error.emptyResponse");
        }
        if (answer.submittedAt == null) {
            throw new Refusal("hearing.error.notSubmitted");
        }
        comment.response = response.strip();
        comment.accommodation = Objects.requireNonNull(accommodation, "accommodation");
        comment.changeReference = changeReference == null || changeReference.isBlank() ? null : cut(changeReference.strip(), ANCHOR_MAX);
        comment.respondedBy = user.username();
        comment.respondedAt = clock.instant();
        return comment.toInfo(answer.inviteeId);
    }

    /** NGC decides whether an answer submitted after its deadline counts (in the note and the overview). */
    @Transactional
    public InviteeInfo decideLateAnswer(long inviteeId, boolean counts) {
        currentUser.require(Role.NGC);
        HearingInvitee invitee = findInvitee(inviteeId);
        HearingAnswer answer = answers.findByInviteeId(inviteeId).filter(found -> found.late)
                .orElseThrow(() -> new Refusal("hearing.error.notLate"));
        answer.lateCounts = counts;
        return invitee.toInfo(find(invitee.hearingId), answer);
    }

    // ---------------------------------------------------------------- reading

    /** Every hearing, newest first (NGC). */
    @Transactional(readOnly = true)
    public List<HearingInfo> hearings() {
        currentUser.require(Role.NGC);
        return infos(hearings.findAllByOrderByCreatedAtDesc());
    }

    /** The hearings the user is invited to (as a person or through an organisation), newest first; NGC: every one. */
    @Transactional(readOnly = true)
    public List<HearingInfo> myHearings() {
        SkemaUser user = currentUser.require(Role.values());
        if (access.manages(user)) {
            return infos(hearings.findAllByOrderByCreatedAtDesc());
        }
        Set<Long> ids = access.actedFor(user).stream().map(invitee -> invitee.hearingId).collect(Collectors.toSet());
        return infos(hearings.findAllById(ids).stream().sorted(Comparator.comparing((Hearing hearing) -> hearing.createdAt).reversed()).toList());
    }

    /** The hearings waiting for the user's answer: sent, and not answered or declined by them. For "Mine opgaver". */
    @Transactional(readOnly = true)
    public List<OpenInvitation> myOpenInvitations() {
        SkemaUser user = currentUser.require(Role.values());
        List<HearingInvitee> mine = access.actedFor(user).stream()
                .filter(invitee -> invitee.answerState == AnswerState.AWAITING || invitee.answerState == AnswerState.DRAFT).toList();
        Map<Long, Hearing> byId = hearings.findAllById(mine.stream().map(invitee -> invitee.hearingId).collect(Collectors.toSet()))
                .stream().filter(hearing -> hearing.state == HearingState.SENT).collect(Collectors.toMap(hearing -> hearing.id, hearing -> hearing));
        Map<Long, HearingAnswer> answerByInvitee = answersOf(mine);
        return mine.stream().filter(invitee -> byId.containsKey(invitee.hearingId))
                .map(invitee -> new OpenInvitation(byId.get(invitee.hearingId).id, byId.get(invitee.hearingId).title,
                        invitee.toInfo(byId.get(invitee.hearingId), answerByInvitee.get(invitee.id))))
                .sorted(Comparator.comparing(open -> open.invitee().deadline()))
                .toList();
    }

    /** A hearing with its document, questions and the invitees the user may see; refused for anyone not invited. */
    @Transactional(readOnly = true)
    public HearingDetail hearing(long hearingId) {
        SkemaUser user = currentUser.require();
        Hearing hearing = readable(user, hearingId);
        boolean manages = access.manages(user);
        List<HearingInvitee> all = invitees.findByHearingIdOrderByName(hearing.id);
        Map<Long, HearingAnswer> answerByInvitee = answersOf(all);
        List<InviteeInfo> mine = all.stream().filter(invitee -> HearingAccess.actsFor(user, invitee))
                .map(invitee -> invitee.toInfo(hearing, answerByInvitee.get(invitee.id))).toList();
        List<InviteeInfo> shown = manages ? all.stream().map(invitee -> invitee.toInfo(hearing, answerByInvitee.get(invitee.id))).toList()
                : mine;
        return new HearingDetail(info(hearing), hearing.letterDa, hearing.letterEn, document(hearing.documentId),
                hearing.revisedDocumentId == null ? null : document(hearing.revisedDocumentId), questionsOf(hearing),
                recipients.findByHearingIdOrderById(hearing.id).stream().map(HearingRecipient::toChoice).toList(),
                shown, manages ? List.of() : mine, hearing.answersVisibleAfterDeadline, manages, hearing.questionsForm());
    }

    /**
     * Notes that the user opened the hearing, for the invitees they answer for (NGC's "opened"); the first opening
     * counts, later ones change nothing. NGC opening it marks nothing.
     */
    @Transactional
    public void opened(long hearingId) {
        SkemaUser user = currentUser.require();
        Hearing hearing = readable(user, hearingId);
        List<Long> mine = invitees.findByHearingIdOrderByName(hearing.id).stream()
                .filter(invitee -> invitee.openedAt == null && HearingAccess.actsFor(user, invitee)).map(invitee -> invitee.id).toList();
        if (!mine.isEmpty()) {
            invitees.markOpened(mine, clock.instant());
        }
    }

    /** The answers of a hearing the user may read: NGC all; an invitee its own, and the others' after the deadline. */
    @Transactional(readOnly = true)
    public List<AnswerInfo> answers(long hearingId) {
        SkemaUser user = currentUser.require();
        Hearing hearing = readable(user, hearingId);
        List<HearingInvitee> all = invitees.findByHearingIdOrderByName(hearing.id);
        List<HearingInvitee> own = all.stream().filter(invitee -> HearingAccess.actsFor(user, invitee)).toList();
        Instant now = clock.instant();
        List<HearingInvitee> visible = all.stream().filter(invitee -> HearingAccess.maySeeAnswer(user, hearing, invitee, own, now))
                // Another invitee's draft is theirs alone; only submitted answers are shown to the others.
                .filter(invitee -> access.manages(user) || HearingAccess.actsFor(user, invitee) || invitee.answerState == AnswerState.RESPONDED)
                .toList();
        Map<Long, HearingAnswer> answerByInvitee = answersOf(visible);
        Map<Long, List<HearingComment>> commentsByAnswer = commentsOf(answerByInvitee.values());
        return visible.stream().map(invitee -> answerInfo(user, hearing, invitee, answerByInvitee.get(invitee.id),
                commentsByAnswer)).toList();
    }

    /** One invitee's answer (empty while nothing is written), for the invitee's own page. */
    @Transactional(readOnly = true)
    public AnswerInfo answer(long inviteeId) {
        SkemaUser user = currentUser.require();
        HearingInvitee invitee = findInvitee(inviteeId);
        Hearing hearing = readable(user, invitee.hearingId);
        if (!HearingAccess.maySeeAnswer(user, hearing, invitee, access.actedFor(user, List.of(hearing.id)), clock.instant())) {
            throw new AccessDeniedException(user.username() + " may not read the answer of invitee " + inviteeId);
        }
        HearingAnswer answer = answers.findByInviteeId(inviteeId).orElse(null);
        return answerInfo(user, hearing, invitee, answer, commentsOf(answer == null ? List.of() : List.of(answer)));
    }

    /** The uploaded file heard, for download: whoever may read the hearing. */
    @Transactional(readOnly = true)
    public DocumentFile file(long hearingId) {
        SkemaUser user = currentUser.require();
        Hearing hearing = readable(user, hearingId);
        HearingDocumentSnapshot document = documents.findById(hearing.documentId).orElseThrow();
        if (document.fileId == null) {
            throw new NotFound("hearing.error.noDocument", hearingId);
        }
        return files.findById(document.fileId).orElseThrow().toDocumentFile();
    }

    // ---------------------------------------------------------------- answering (invitees)

    /**
     * Saves the invitee's draft answer (autosave). A submitted answer changed before its deadline becomes a draft
     * again, to be submitted anew; after its deadline a submitted answer stays as it is.
     */
    @Transactional
    public AnswerInfo saveDraft(long inviteeId, AnswerDraft draft) {
        SkemaUser user = currentUser.require();
        HearingInvitee invitee = findInvitee(inviteeId);
        Hearing hearing = answerable(user, invitee);
        HearingAnswer answer = write(user, hearing, invitee, draft, false);
        invitee.answerState = AnswerState.DRAFT;
        answer.submittedAt = null;
        answer.submittedBy = null;
        return answerInfo(user, hearing, invitee, answer, commentsOf(List.of(answer)));
    }

    /**
     * Submits the invitee's answer: comments, or "no comments". After the invitee's deadline the answer is taken and
     * marked late; NGC decides whether it counts. Submitting the same answer twice (a double click) changes nothing.
     */
    @Transactional
    public AnswerInfo submit(long inviteeId, AnswerDraft draft) {
        SkemaUser user = currentUser.require();
        HearingInvitee invitee = findInvitee(inviteeId);
        Hearing hearing = answerable(user, invitee);
        HearingAnswer existing = answers.findByInviteeId(invitee.id).orElse(null);
        boolean questionsAnswered = hearing.questionsForm() != null && existing != null && existing.questionsResponseId != null;
        if (!draft.noComments() && draft.comments().isEmpty() && !questionsAnswered) {
            throw new Refusal("hearing.error.emptyAnswer");
        }
        if (existing != null && existing.submittedAt != null && sameAs(existing, draft)) {
            return answerInfo(user, hearing, invitee, existing, commentsOf(List.of(existing)));
        }
        submitQuestions(hearing, existing);
        HearingAnswer answer = write(user, hearing, invitee, draft, true);
        // As the database keeps it (microseconds), so what is returned now equals what is read later.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        answer.submittedAt = now;
        answer.submittedBy = user.username();
        answer.late = now.isAfter(invitee.deadline(hearing));
        answer.lateCounts = null;
        invitee.answerState = AnswerState.RESPONDED;
        return answerInfo(user, hearing, invitee, answer, commentsOf(List.of(answer)));
    }

    // ---------------------------------------------------------------- the questions form (invitees, NGC reads)

    /**
     * The invitee's response to the hearing's questions form, started now when there is none yet (from what the
     * document's source gives the invitee to start with, e.g. a row per patient group it is asked about). For whoever
     * writes the invitee's answer, while the hearing is open.
     */
    @Transactional
    public ResponseDocument startQuestions(long inviteeId) {
        SkemaUser user = currentUser.require();
        HearingInvitee invitee = findInvitee(inviteeId);
        Hearing hearing = answerable(user, invitee);
        QuestionsForm form = requireQuestionsForm(hearing);
        HearingAnswer answer = answers.findByInviteeId(invitee.id).orElse(null);
        if (answer != null && answer.questionsResponseId != null) {
            return forms.response(answer.questionsResponseId);
        }
        if (answer == null) {
            answer = answers.save(new HearingAnswer(invitee.id, user.username(), clock.instant()));
        }
        HearingDocumentSnapshot snapshot = documents.findById(hearing.documentId).orElseThrow();
        DocumentSource source = sources.get(snapshot.source);
        Answers initial = source == null ? Answers.empty()
                : source.initialQuestionAnswers(snapshot.reference, invitee.toInfo(hearing, answer));
        answer.questionsResponseId = forms.startManagedResponse(form.versionId(), initial).id();
        answers.flush();
        return forms.response(answer.questionsResponseId);
    }

    /** The invitee's response to the questions form as the asking user may read it; empty while none was started. */
    @Transactional(readOnly = true)
    public java.util.Optional<ResponseDocument> questionsResponse(long inviteeId) {
        SkemaUser user = currentUser.require();
        HearingInvitee invitee = findInvitee(inviteeId);
        Hearing hearing = readable(user, invitee.hearingId);
        if (!HearingAccess.maySeeAnswer(user, hearing, invitee, access.actedFor(user, List.of(hearing.id)), clock.instant())) {
            throw new AccessDeniedException(user.username() + " may not read the answer of invitee " + inviteeId);
        }
        return answers.findByInviteeId(inviteeId).map(answer -> answer.questionsResponseId).map(forms::response);
    }

    /**
     * Autosave of the invitee's questions (a draft answer again, as {@link #saveDraft} makes it). A response already
     * submitted with the answer is frozen: changing it before the deadline starts a new response from these answers.
     * Returns the response as saved, with its new lock version.
     */
    @Transactional
    public ResponseDocument saveQuestions(long inviteeId, Answers given, long expectedLockVersion) {
        SkemaUser user = currentUser.require();
        HearingInvitee invitee = findInvitee(inviteeId);
        Hearing hearing = answerable(user, invitee);
        QuestionsForm form = requireQuestionsForm(hearing);
        ResponseDocument current = startQuestions(inviteeId);
        HearingAnswer answer = answers.findByInviteeId(invitee.id).orElseThrow();
        if (answer.submittedAt != null && clock.instant().isAfter(invitee.deadline(hearing))) {
            throw new Refusal("hearing.error.submittedAfterDeadline");
        }
        if (current.info().status() == ResponseStatus.DRAFT) {
            forms.saveDraft(current.info().id(), given, expectedLockVersion);
        } else {
            answer.questionsResponseId = forms.startManagedResponse(form.versionId(), given).id();
        }
        answer.updatedAt = clock.instant();
        answer.updatedBy = user.username();
        answer.submittedAt = null;
        answer.submittedBy = null;
        invitee.answerState = AnswerState.DRAFT;
        return forms.response(Objects.requireNonNull(answer.questionsResponseId));
    }

    private static QuestionsForm requireQuestionsForm(Hearing hearing) {
        QuestionsForm form = hearing.questionsForm();
        if (form == null) {
            throw new Refusal("hearing.error.noQuestionsForm");
        }
        return form;
    }

    /** Submits the invitee's questions response with the answer: refused with its problems when it is not complete. */
    private boolean submitQuestions(Hearing hearing, @Nullable HearingAnswer answer) {
        if (hearing.questionsForm() == null || answer == null || answer.questionsResponseId == null) {
            return false;
        }
        ResponseDocument response = forms.response(answer.questionsResponseId);
        if (response.info().status() == ResponseStatus.DRAFT) {
            SubmitResult result = forms.submit(response.info().id(), response.answers(), response.lockVersion());
            if (!result.submitted()) {
                throw new AnswersRefusedException(result.problems());
            }
        }
        return true;
    }

    private void setQuestionsForm(Hearing hearing, @Nullable QuestionsForm form) {
        hearing.questionsFormKey = form == null ? null : form.formKey();
        hearing.questionsVersionId = form == null ? null : form.versionId();
    }

    /** The invitee declines to take part (before the hearing closes); it shows as "no answer" in the note. */
    @Transactional
    public InviteeInfo decline(long inviteeId) {
        SkemaUser user = currentUser.require();
        HearingInvitee invitee = findInvitee(inviteeId);
        Hearing hearing = answerable(user, invitee);
        if (invitee.answerState == AnswerState.RESPONDED) {
            throw new Refusal("hearing.error.alreadyAnswered");
        }
        invitee.answerState = AnswerState.DECLINED;
        return invitee.toInfo(hearing, answers.findByInviteeId(invitee.id).orElse(null));
    }

    // ---------------------------------------------------------------- for HearingNotes, HearingReminders, HearingDeliveries

    Hearing find(long hearingId) {
        return hearings.findById(hearingId).orElseThrow(() -> new NotFound("hearing.error.notFound", hearingId));
    }

    SourcedDocument document(long documentId) {
        HearingDocumentSnapshot snapshot = documents.findById(documentId).orElseThrow();
        return new SourcedDocument(snapshot.kind, snapshot.titleDa, snapshot.titleEn, FormJson.mapper().readValue(snapshot.anchors, ANCHORS),
                snapshot.definition == null ? null : FormJson.readDefinition(snapshot.definition),
                snapshot.answers == null ? null : FormJson.readAnswers(snapshot.answers),
                snapshot.fileId == null ? null : files.findById(snapshot.fileId).map(HearingFile::toDocumentFile).orElse(null));
    }

    List<QuestionInfo> questionsOf(Hearing hearing) {
        return questions.findByHearingIdOrderByPosition(hearing.id).stream()
                .map(question -> new QuestionInfo(question.id, question.position, question.text)).toList();
    }

    Map<Long, HearingAnswer> answersOf(Collection<HearingInvitee> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return answers.findByInviteeIdIn(list.stream().map(invitee -> invitee.id).toList()).stream()
                .collect(Collectors.toMap(answer -> answer.inviteeId, Function.identity()));
    }

    Map<Long, List<HearingComment>> commentsOf(Collection<HearingAnswer> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return comments.findByAnswerIdInOrderByAnswerIdAscPositionAsc(list.stream().map(answer -> answer.id).toList()).stream()
                .collect(Collectors.groupingBy(comment -> comment.answerId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The invitation of one invitee: its deadline and whom to mail (the person, or the organisation's known users). */
    Invitation invitation(Hearing hearing, HearingInvitee invitee, List<PersonSummary> people) {
        List<MailRecipient> to = people.stream()
                .filter(person -> person.email() != null && !person.email().isBlank())
                .filter(person -> invitee.answerMode == AnswerMode.PERSONAL ? person.username().equals(invitee.username)
                        : person.organisations().stream().anyMatch(organisation -> organisation.code().equals(invitee.organisationCode))
                        && !person.roles().isEmpty())
                .map(person -> new MailRecipient(Objects.requireNonNull(person.email()), person.fullName()))
                .toList();
        return new Invitation(invitee.id, invitee.name, invitee.answerMode, invitee.deadline(hearing), to);
    }

    void publishReminder(Hearing hearing, List<HearingInvitee> reminded) {
        if (reminded.isEmpty()) {
            return;
        }
        List<PersonSummary> people = organisations.allPersons();
        events.publishEvent(new HearingReminded(hearing.id, hearing.title,
                reminded.stream().map(invitee -> invitation(hearing, invitee, people)).toList()));
    }

    // ---------------------------------------------------------------- inside

    private void validate(HearingDraft draft) {
        if (draft.title().isBlank()) {
            throw new Refusal("hearing.error.titleMissing");
        }
        if (draft.title().strip().length() > TITLE_MAX) {
            throw new Refusal("hearing.error.titleTooLong", TITLE_MAX);
        }
        if (draft.letterDa().isBlank()) {
            throw new Refusal("hearing.error.letterMissing");
        }
        if (draft.lastDay() != null && !HearingDeadlines.endOf(draft.lastDay()).isAfter(clock.instant())) {
            throw new Refusal("hearing.error.deadlinePast");
        }
        if (draft.questions().stream().anyMatch(question -> question == null || question.isBlank() || question.length() > 2000)) {
            throw new Refusal("hearing.error.questionInvalid");
        }
        if (draft.questionsForm() != null) {
            var version = forms.version(draft.questionsForm().versionId()).info();
            if (!version.formKey().equals(draft.questionsForm().formKey()) || version.status() == FormVersionStatus.DRAFT) {
                throw new Refusal("hearing.error.questionsFormInvalid");
            }
        }
    }

    private void storeChoices(Hearing hearing, HearingDraft draft) {
        int position = 0;
        for (String question : draft.questions()) {
            questions.save(new HearingQuestion(hearing.id, position++, question.strip()));
        }
        new java.util.LinkedHashSet<>(draft.invitees()).forEach(choice -> recipients.save(HearingRecipient.of(hearing.id, choice)));
    }

    private HearingDocumentSnapshot snapshot(DocumentRef ref) {
        DocumentSource source = sources.get(ref.source());
        if (source == null) {
            throw new NotFound("hearing.error.noDocument", ref.source());
        }
        SourcedDocument fetched = source.fetch(ref.reference());
        Long fileId = null;
        if (fetched.file() != null) {
            if (UploadedFileSource.NAME.equals(ref.source())) {
                fileId = Long.parseLong(ref.reference());
            } else {
                DocumentFile file = fetched.file();
                String type = FileCheck.check(file.fileName(), file.content());
                fileId = files.save(new HearingFile(file.fileName(), type, file.content(), currentUser.require().username(),
                        clock.instant())).id;
            }
        }
        return documents.save(new HearingDocumentSnapshot(ref, fetched.kind(), fetched.titleDa(), fetched.titleEn(),
                fetched.definition() == null ? null : FormJson.writeDefinition(fetched.definition()),
                fetched.answers() == null ? null : FormJson.writeAnswers(fetched.answers()),
                FormJson.mapper().writeValueAsString(fetched.anchors()), fileId, clock.instant()));
    }

    /** The invitees the choices name, as they are now: one per organisation and one per person, in the order chosen. */
    private List<HearingInvitee> resolve(Long hearingId, List<HearingRecipient> chosen, List<PersonSummary> people) {
        Map<String, HearingInvitee> byKey = new LinkedHashMap<>();
        Map<String, PersonSummary> personByUsername = people.stream().collect(Collectors.toMap(PersonSummary::username, Function.identity()));
        Locale da = Locale.of("da");
        for (HearingRecipient recipient : chosen) {
            switch (recipient.toChoice()) {
                case InviteeChoice.OfBody body -> {
                    switch (body.body()) {
                        case WORKING_GROUP -> organisations.personsWithRole(Role.WORKING_GROUP).forEach(person ->
                                byKey.putIfAbsent("p:" + person.username(), HearingInvitee.person(hearingId, person.username(), person.fullName())));
                        case STEERING_GROUP -> organisations.personsWithRole(Role.STEERING_GROUP).forEach(person ->
                                byKey.putIfAbsent("p:" + person.username(), HearingInvitee.person(hearingId, person.username(), person.fullName())));
                        case LVS_SOCIETIES -> organisations.allOrganisations().stream()
                                .filter(organisation -> organisation.type() == OrganisationType.LVS)
                                .forEach(organisation -> byKey.putIfAbsent("o:" + organisation.code(),
                                        HearingInvitee.organisation(hearingId, organisation.code(), organisation.name(da))));
                    }
                }
                case InviteeChoice.OfGroup group -> {
                    InviteeGroupSource source = groupSources.orderedStream()
                            .filter(candidate -> candidate.name().equals(InviteeGroup.sourceOf(group.key()))).findFirst()
                            .orElseThrow(() -> new Refusal("hearing.error.unknownGroup", group.key()));
                    source.members(group.key()).forEach(member -> byKey.putIfAbsent("p:" + member.username(),
                            HearingInvitee.person(hearingId, member.username(), member.fullName())));
                }
                case InviteeChoice.Organisation chosenOrganisation -> {
                    List<OrganisationSummary> found = organisations.organisations(List.of(chosenOrganisation.code()));
                    if (found.isEmpty()) {
                        throw new Refusal("hearing.error.unknownOrganisation", chosenOrganisation.code());
                    }
                    byKey.putIfAbsent("o:" + chosenOrganisation.code(),
                            HearingInvitee.organisation(hearingId, chosenOrganisation.code(), found.getFirst().name(da)));
                }
                case InviteeChoice.Person person -> {
                    PersonSummary found = personByUsername.get(person.username());
                    if (found == null) {
                        throw new Refusal("hearing.error.unknownPerson", person.username());
                    }
                    byKey.putIfAbsent("p:" + person.username(), HearingInvitee.person(hearingId, person.username(), found.fullName()));
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private Hearing readable(SkemaUser user, long hearingId) {
        Hearing hearing = find(hearingId);
        if (!access.mayRead(user, hearing.id)) {
            throw new AccessDeniedException(user.username() + " may not read hearing " + hearingId);
        }
        return hearing;
    }

    private HearingInvitee findInvitee(long inviteeId) {
        return invitees.findById(inviteeId).orElseThrow(() -> new NotFound("hearing.error.notFound", inviteeId));
    }

    /** The hearing of an invitee the user acts for; refused when they do not, or when the hearing is not open. */
    private Hearing answerable(SkemaUser user, HearingInvitee invitee) {
        Hearing hearing = find(invitee.hearingId);
        if (!HearingAccess.actsFor(user, invitee)) {
            throw new AccessDeniedException(user.username() + " does not answer for invitee " + invitee.id);
        }
        if (hearing.state != HearingState.SENT) {
            throw new Refusal("hearing.error.closed");
        }
        return hearing;
    }

    /** Writes the answer's comments: those with an id are changed, new ones added, the rest removed. */
    private HearingAnswer write(SkemaUser user, Hearing hearing, HearingInvitee invitee, AnswerDraft draft, boolean submitting) {
        Instant now = clock.instant();
        HearingAnswer answer = answers.findByInviteeId(invitee.id).orElse(null);
        if (answer != null && answer.submittedAt != null && now.isAfter(invitee.deadline(hearing))) {
            throw new Refusal("hearing.error.submittedAfterDeadline");
        }
        if (draft.noComments() && !draft.comments().isEmpty()) {
            throw new Refusal("hearing.error.noCommentsWithComments");
        }
        SourcedDocument document = document(hearing.documentId);
        Set<Long> questionIds = questionsOf(hearing).stream().map(QuestionInfo::id).collect(Collectors.toSet());
        draft.comments().forEach(comment -> checkAnchor(document, questionIds, comment));
        if (answer == null) {
            answer = answers.save(new HearingAnswer(invitee.id, user.username(), now));
        }
        answer.noComments = draft.noComments();
        answer.updatedAt = now;
        answer.updatedBy = user.username();
        Map<Long, HearingComment> existing = comments.findByAnswerIdOrderByPosition(answer.id).stream()
                .collect(Collectors.toMap(comment -> comment.id, Function.identity()));
        Set<Long> kept = new HashSet<>();
        int position = 0;
        for (CommentDraft written : draft.comments()) {
            String anchor = written.anchorKind() == AnchorKind.GENERAL ? null : Objects.requireNonNull(written.anchor()).strip();
            HearingComment comment = written.id() == null ? null : existing.get(written.id());
            if (comment == null) {
                comment = comments.save(new HearingComment(answer.id, position, written.anchorKind(), anchor, written.text().strip()));
            } else {
                comment.position = position;
                comment.anchorKind = written.anchorKind();
                comment.anchor = anchor;
                comment.text = written.text().strip();
            }
            kept.add(comment.id);
            position++;
        }
        existing.values().stream().filter(comment -> !kept.contains(comment.id)).forEach(comments::delete);
        return answer;
    }

    private static void checkAnchor(SourcedDocument document, Set<Long> questionIds, CommentDraft comment) {
        if (comment.text().isBlank()) {
            throw new Refusal("hearing.error.emptyComment");
        }
        String anchor = comment.anchor() == null ? null : comment.anchor().strip();
        boolean known = switch (comment.anchorKind()) {
            case GENERAL -> true;
            case SECTION, FIELD -> anchor != null && document.anchors().stream()
                    .anyMatch(candidate -> candidate.kind() == comment.anchorKind() && candidate.id().equals(anchor));
            case PLACE -> document.kind() == DocumentKind.FILE && anchor != null && !anchor.isBlank() && anchor.length() <= ANCHOR_MAX;
            case QUESTION -> anchor != null && questionIds.stream().anyMatch(id -> String.valueOf(id).equals(anchor));
        };
        if (!known) {
            throw new Refusal("hearing.error.unknownAnchor", anchor == null ? "" : anchor);
        }
    }

    private boolean sameAs(HearingAnswer answer, AnswerDraft draft) {
        if (answer.noComments != draft.noComments()) {
            return false;
        }
        List<HearingComment> saved = comments.findByAnswerIdOrderByPosition(answer.id);
        if (saved.size() != draft.comments().size()) {
            return false;
        }
        for (int i = 0; i < saved.size(); i++) {
            HearingComment comment = saved.get(i);
            CommentDraft written = draft.comments().get(i);
            if (comment.anchorKind != written.anchorKind() || !Objects.equals(comment.anchor, written.anchor() == null ? null : written.anchor().strip())
                    || !comment.text.equals(written.text().strip())) {
                return false;
            }
        }
        return true;
    }

    private AnswerInfo answerInfo(SkemaUser user, Hearing hearing, HearingInvitee invitee, @Nullable HearingAnswer answer,
                                  Map<Long, List<HearingComment>> commentsByAnswer) {
        boolean editable = HearingAccess.mayAnswer(user, hearing, invitee)
                && !(answer != null && answer.submittedAt != null && clock.instant().isAfter(invitee.deadline(hearing)));
        if (answer == null) {
            return new AnswerInfo(invitee.toInfo(hearing, null), false, List.of(), null, null, null, null, editable, null);
        }
        List<CommentInfo> list = commentsByAnswer.getOrDefault(answer.id, List.of()).stream()
                .map(comment -> comment.toInfo(invitee.id)).toList();
        return new AnswerInfo(invitee.toInfo(hearing, answer), answer.noComments, list, answer.updatedAt, answer.updatedBy,
                answer.submittedAt, answer.submittedBy, editable, answer.questionsResponseId);
    }

    private List<HearingInfo> infos(List<Hearing> list) {
        Map<Long, List<HearingInvitee>> byHearing = invitees.findByHearingIdIn(list.stream().map(hearing -> hearing.id).toList()).stream()
                .collect(Collectors.groupingBy(invitee -> invitee.hearingId));
        Map<Long, HearingDocumentSnapshot> docs = documents.findAllById(list.stream().map(hearing -> hearing.documentId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(document -> document.id, Function.identity()));
        return list.stream().map(hearing -> {
            List<HearingInvitee> of = byHearing.getOrDefault(hearing.id, List.of());
            HearingDocumentSnapshot document = docs.get(hearing.documentId);
            return new HearingInfo(hearing.id, hearing.title, hearing.state, document.kind, document.titleDa, hearing.deadline,
                    hearing.sentAt, hearing.closedAt, hearing.createdBy, hearing.createdAt, of.size(),
                    (int) of.stream().filter(invitee -> invitee.answerState == AnswerState.RESPONDED).count());
        }).toList();
    }

    private HearingInfo info(Hearing hearing) {
        return infos(List.of(hearing)).getFirst();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
