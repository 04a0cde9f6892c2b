package dk.ngc.skema.hearing;

import dk.ngc.skema.base.FileJob;
import dk.ngc.skema.base.FileJobs;
import dk.ngc.skema.base.Messages;
import dk.ngc.skema.base.OrganisationNames;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseDocument;
import dk.ngc.skema.forms.definition.ResponseText;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.definition.DefinitionDiff;
import dk.ngc.skema.hearing.note.HearingNote;
import dk.ngc.skema.hearing.note.HearingNoteDocx;
import dk.ngc.skema.hearing.note.HearingNotePdf;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The hearing note (høringsnotat): {@link #note} builds the {@link HearingNote} record of a hearing (period with its
 * dates and days; the invitees with answered / no comments / no answer / late; the comments grouped by section of the
 * document, general first, each with NGC's response and whether it was accommodated, flagged when the revised
 * version removed what it was about; and the revision's changes), and {@link #start} writes it as PDF or DOCX off the
 * request thread ({@link FileJobs}) for the view to poll. NGC only.
 */
@Service
public class HearingNotes {

    private final HearingService service;
    private final HearingRepository hearings;
    private final HearingInviteeRepository invitees;
    private final CurrentUser currentUser;
    private final FileJobs fileJobs;
    private final TransactionTemplate transaction;
    private final FormService forms;
    private final OrganisationNames organisationNames;

    HearingNotes(HearingService service, HearingRepository hearings, HearingInviteeRepository invitees, CurrentUser currentUser,
                 FileJobs fileJobs, PlatformTransactionManager transactions, FormService forms, OrganisationNames organisationNames) {
        this.service = service;
        this.forms = forms;
        this.organisationNames = organisationNames;
        this.hearings = hearings;
        this.invitees = invitees;
        this.currentUser = currentUser;
        this.fileJobs = fileJobs;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
    }

    /** The note's content, in the reader's language. */
    @Transactional(readOnly = true)
    public HearingNote note(long hearingId, Locale locale) {
        currentUser.require(Role.NGC);
        return build(service.find(hearingId), locale);
    }

    /**
     * The comments whose section or field the revised version no longer has, each with where its reader finds the
     * place now (the revision's own sentence): NGC sees them flagged on the hearing's page, as the note flags them.
     * Empty while no revised form version is linked.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> commentsOnRemovedParts(long hearingId, Locale locale) {
        currentUser.require(Role.NGC);
        Hearing hearing = service.find(hearingId);
        if (hearing.revisedDocumentId == null) {
            return Map.of();
        }
        DefinitionDiff diff = revision(service.document(hearing.documentId), revisedOf(hearing));
        if (diff == null) {
            return Map.of();
        }
        Map<Long, String> removed = new LinkedHashMap<>();
        Map<Long, HearingAnswer> answerByInvitee = service.answersOf(invitees.findByHearingIdOrderByName(hearing.id));
        service.commentsOf(answerByInvitee.values()).values().forEach(comments -> comments.stream()
                .filter(comment -> onRemovedPart(diff, comment))
                .forEach(comment -> removed.put(comment.id, diff.carry(comment.anchor).description().get(locale))));
        return removed;
    }

    /** Starts writing the note as a file, off the request thread; poll {@link #progress(UUID)} with the id returned. */
    public FileJob start(long hearingId, NoteFormat format, Locale locale) {
        SkemaUser user = currentUser.require(Role.NGC);
        Hearing hearing = service.find(hearingId);
        if (hearing.state == HearingState.DRAFT) {
            throw new Refusal("hearing.error.notSent");
        }
        return fileJobs.start(user.username(), "hearing.error.noteFailed", percent -> {
            HearingNote note = transaction.execute(status -> build(service.find(hearingId), locale));
            percent.accept(50);
            return new FileJobs.File("hoeringsnotat-" + hearingId + format.extension(), format.contentType(),
                    write(java.util.Objects.requireNonNull(note), format, locale));
        });
    }

    /** How far the job is; only its starter sees it. */
    public FileJob progress(UUID job) {
        return fileJobs.progress(job, currentUser.require(Role.NGC).username());
    }

    /** Writes the note to a file at once, on this thread (for tests and small hearings). */
    public byte[] render(long hearingId, NoteFormat format, Locale locale) {
        HearingNote note = note(hearingId, locale);
        return write(note, format, locale);
    }

    private static byte[] write(HearingNote note, NoteFormat format, Locale locale) {
        var out = new ByteArrayOutputStream();
        switch (format) {
            case PDF -> HearingNotePdf.write(note, locale, out);
            case DOCX -> HearingNoteDocx.write(note, locale, out);
        }
        return out.toByteArray();
    }

    /**
     * The note as a PDF for a case the steering group decides on (e.g. a specialist network's delimitation): NGC and the
     * steering group, once the hearing is sent. The steering group reads the note, not the hearing's workings.
     */
    @Transactional(readOnly = true)
    public byte[] casePdf(long hearingId, Locale locale) {
        SkemaUser user = currentUser.require();
        if (!user.hasRole(Role.NGC) && !user.hasRole(Role.STEERING_GROUP)) {
            throw new org.springframework.security.access.AccessDeniedException(user.username() + " may not read the note of hearing " + hearingId);
        }
        Hearing hearing = service.find(hearingId);
        if (hearing.state == HearingState.DRAFT) {
            throw new Refusal("hearing.error.notSent");
        }
        return write(build(hearing, locale), NoteFormat.PDF, locale);
    }

    /** The changes from the form heard to the revised form version linked to the hearing; null when there is none. */
    private static @Nullable DefinitionDiff revision(SourcedDocument document, @Nullable SourcedDocument revised) {
        return document.definition() != null && revised != null && revised.definition() != null
                ? DefinitionDiff.between(document.definition(), revised.definition()) : null;
    }

    private @Nullable SourcedDocument revisedOf(Hearing hearing) {
        return hearing.revisedDocumentId == null ? null : service.document(hearing.revisedDocumentId);
    }

    /** Whether a comment is on a section or field that the revision no longer has. */
    private static boolean onRemovedPart(DefinitionDiff diff, HearingComment comment) {
        return comment.anchor != null && (comment.anchorKind == AnchorKind.SECTION || comment.anchorKind == AnchorKind.FIELD)
                && !diff.carry(comment.anchor).survives();
    }

    /** The note of a hearing, without an access check (the caller has made it). */
    HearingNote build(Hearing hearing, Locale locale) {
        if (hearing.sentAt == null || hearing.deadline == null) {
            throw new Refusal("hearing.error.notSent");
        }
        SourcedDocument document = service.document(hearing.documentId);
        SourcedDocument revised = revisedOf(hearing);
        DefinitionDiff diff = revision(document, revised);
        List<HearingInvitee> all = invitees.findByHearingIdOrderByName(hearing.id);
        Map<Long, HearingAnswer> answerByInvitee = service.answersOf(all);
        Map<Long, List<HearingComment>> commentsByAnswer = service.commentsOf(answerByInvitee.values());

        List<HearingNote.Invitee> noted = new ArrayList<>();
        Map<String, GroupBuilder> groups = new LinkedHashMap<>();
        GroupBuilder general = new GroupBuilder(null, Messages.get(locale, "hearing.note.general"), -1);
        groups.put("", general);
        // Sections in document order, so the groups follow the document.
        List<DocumentAnchor> anchors = document.anchors();
        Map<String, DocumentAnchor> anchorById = anchors.stream().collect(Collectors.toMap(anchor -> anchor.kind() + ":" + anchor.id(),
                anchor -> anchor, (a, b) -> a));
        for (int i = 0; i < anchors.size(); i++) {
            DocumentAnchor anchor = anchors.get(i);
            if (anchor.kind() == AnchorKind.SECTION) {
                groups.put("S:" + anchor.id(), new GroupBuilder(anchor.id(), anchor.heading(locale), i));
            }
        }
        List<HearingNote.QuestionAnswers> questionAnswers = new ArrayList<>();
        Map<String, String> organisationName = hearing.questionsForm() == null ? Map.of() : organisationNames.namesByCode(locale);
        Map<String, String> questionText = service.questionsOf(hearing).stream()
                .collect(Collectors.toMap(question -> String.valueOf(question.id()), QuestionInfo::text));
        for (HearingInvitee invitee : all) {
            HearingAnswer answer = answerByInvitee.get(invitee.id);
            boolean submitted = invitee.answerState == AnswerState.RESPONDED && answer != null && answer.submittedAt != null;
            boolean counts = submitted && (!answer.late || Boolean.TRUE.equals(answer.lateCounts));
            HearingNote.InviteeStatus status = !counts ? HearingNote.InviteeStatus.NO_ANSWER
                    : answer.late ? HearingNote.InviteeStatus.LATE
                    : answer.noComments ? HearingNote.InviteeStatus.NO_COMMENTS : HearingNote.InviteeStatus.ANSWERED;
            noted.add(new HearingNote.Invitee(invitee.name, status,
                    counts ? HearingDeadlines.danishDay(answer.submittedAt) : null));
            if (!counts) {
                continue;
            }
            if (answer.questionsResponseId != null) {
                // The answers to the questions form (the kvalificeringsskema) as the invitee submitted them.
                ResponseDocument response = forms.response(answer.questionsResponseId);
                List<HearingNote.AnswerLine> lines = ResponseText.lines(response.definition(), response.answers(), locale, organisationName::get)
                        .stream().map(line -> new HearingNote.AnswerLine(line.depth(), line.label(), line.answer())).toList();
                if (!lines.isEmpty()) {
                    questionAnswers.add(new HearingNote.QuestionAnswers(invitee.name, lines));
                }
            }
            for (HearingComment comment : commentsByAnswer.getOrDefault(answer.id, List.of())) {
                String text = comment.text;
                GroupBuilder group;
                int order = comment.position;
                switch (comment.anchorKind) {
                    case SECTION -> group = groups.getOrDefault("S:" + comment.anchor, general);
                    case FIELD -> {
                        DocumentAnchor field = anchorById.get("FIELD:" + comment.anchor);
                        group = field == null || field.sectionId() == null ? general : groups.getOrDefault("S:" + field.sectionId(), general);
                        if (field != null) {
                            text = "»" + field.heading(locale) + "«: " + text;
                            order = anchors.indexOf(field);
                        }
                    }
                    case PLACE -> group = groups.computeIfAbsent("P:" + comment.anchor, key -> new GroupBuilder(comment.anchor,
                            Messages.get(locale, "hearing.note.place", comment.anchor), Integer.MAX_VALUE - 1));
                    case QUESTION -> group = groups.computeIfAbsent("Q:" + comment.anchor, key -> new GroupBuilder("question:" + comment.anchor,
                            questionText.getOrDefault(comment.anchor, "?"), Integer.MAX_VALUE));
                    default -> group = general;
                }
                boolean removed = diff != null && onRemovedPart(diff, comment);
                group.points.add(new Ranked(order, invitee.name, new HearingNote.Point(invitee.name, text, comment.response,
                        comment.accommodation == null ? null : comment.accommodation.toNote(), comment.changeReference, removed)));
            }
        }
        java.text.Collator danish = java.text.Collator.getInstance(Locale.of("da", "DK"));
        List<HearingNote.Group> noteGroups = groups.values().stream().filter(group -> !group.points.isEmpty())
                .sorted(Comparator.comparingInt(group -> group.order))
                .map(group -> new HearingNote.Group(group.anchor, group.heading, group.points.stream()
                        .sorted(Comparator.comparingInt(Ranked::order).thenComparing(Ranked::invitee, danish))
                        .map(Ranked::point).toList()))
                .toList();
        List<HearingNote.Change> changes = diff == null ? List.of()
                : diff.changes().stream().map(change -> new HearingNote.Change(change.id(), change.description().get(locale))).toList();
        return new HearingNote(Messages.get(locale, "hearing.note.title", hearing.title), document.title(locale),
                revised == null ? null : revised.title(locale), HearingDeadlines.danishDay(hearing.sentAt),
                HearingDeadlines.danishDay(hearing.deadline), noted, noteGroups, changes, questionAnswers);
    }

    private record Ranked(int order, String invitee, HearingNote.Point point) {
    }

    private static final class GroupBuilder {
        final @Nullable String anchor;
        final String heading;
        final int order;
        final List<Ranked> points = new ArrayList<>();

        GroupBuilder(@Nullable String anchor, String heading, int order) {
            this.anchor = anchor;
            this.heading = heading;
            this.order = order;
        }
    }
}
