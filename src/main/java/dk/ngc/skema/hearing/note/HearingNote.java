package dk.ngc.skema.hearing.note;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The content of a hearing note. The writers put the invitees in Danish alphabetical order and the general groups
 * ({@code anchor} null) first; everything else stands in the order given (groups in document order, points as the
 * service ranks them). Texts are the caller's, already in the reader's language where they have one (a section's
 * title); the writers add the headings and marks.
 *
 * @param title                e.g. "Høringsnotat: Indstillingsskema, indstillingsrunde 2"
 * @param documentTitle        the document heard, with its version, e.g. "Indstillingsskema, runde 2 (version 3)"
 * @param revisedDocumentTitle the revised document the hearing led to, with its version; null when not revised (yet)
 * @param sentOn               the day the hearing was sent (Danish date)
 * @param deadline             the last day to answer (Danish date)
 * @param invitees             everyone consulted, in any order
 * @param groups               the points, grouped by section of the document
 * @param changes              the changes made in the revision, in document order (e.g. from
 *                             {@code DefinitionDiff.changes()}: id and description); may be empty
 * @param questionAnswers      for a hearing with a questions form (the kvalificeringsskema), each counted invitee's
 *                             answers to it, in any order; empty for a hearing without one
 */
public record HearingNote(String title, String documentTitle, @Nullable String revisedDocumentTitle,
                          LocalDate sentOn, LocalDate deadline, List<Invitee> invitees, List<Group> groups,
                          List<Change> changes, List<QuestionAnswers> questionAnswers) {

    /** A note of a hearing without a questions form. */
    public HearingNote(String title, String documentTitle, @Nullable String revisedDocumentTitle, LocalDate sentOn, LocalDate deadline,
                       List<Invitee> invitees, List<Group> groups, List<Change> changes) {
        this(title, documentTitle, revisedDocumentTitle, sentOn, deadline, invitees, groups, changes, List.of());
    }

    public HearingNote {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentTitle, "documentTitle");
        Objects.requireNonNull(sentOn, "sentOn");
        Objects.requireNonNull(deadline, "deadline");
        invitees = invitees == null ? List.of() : List.copyOf(invitees);
        groups = groups == null ? List.of() : List.copyOf(groups);
        changes = changes == null ? List.of() : List.copyOf(changes);
        questionAnswers = questionAnswers == null ? List.of() : List.copyOf(questionAnswers);
    }

    /**
     * One invitee's answers to the hearing's questions form, as lines of label and answer.
     *
     * @param invitee the invitee's name, as in {@link Invitee#name()}
     * @param lines   in form order; a line with an empty answer heads the lines one level deeper (a group's row)
     */
    public record QuestionAnswers(String invitee, List<AnswerLine> lines) {
        public QuestionAnswers {
            Objects.requireNonNull(invitee, "invitee");
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    /** One answered question: its label and the answer in words; depth 1 inside a row of a repeating group. */
    public record AnswerLine(int depth, String label, String answer) {
        public AnswerLine {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** What became of an invitee's answer. */
    public enum InviteeStatus {
        /** Answered with comments in time. */
        ANSWERED,
        /** Answered "no comments" (Ingen bemærkninger): a real answer. */
        NO_COMMENTS,
        /** Did not answer. */
        NO_ANSWER,
        /** Answered after the deadline, and NGC let it count ({@code answeredOn} says when). */
        LATE
    }

    /**
     * One body or person consulted.
     *
     * @param name       the organisation's or person's name as the reader knows it
     * @param answeredOn when the answer was submitted (Danish date); null when there is none
     */
    public record Invitee(String name, InviteeStatus status, @Nullable LocalDate answeredOn) {
        public Invitee {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * The points about one part of the document.
     *
     * @param anchor  the section or field key commented on (of the version heard); null for general comments
     * @param heading e.g. the section's title ("Faglighed og værdi for patienten")
     */
    public record Group(@Nullable String anchor, String heading, List<Point> points) {
        public Group {
            Objects.requireNonNull(heading, "heading");
            points = points == null ? List.of() : List.copyOf(points);
        }
    }

    /** NGC's verdict on a point. */
    public enum Accommodation { ACCOMMODATED, PARTLY, NOT_ACCOMMODATED, NOTED }

    /**
     * One comment and NGC's answer to it.
     *
     * @param invitee         who commented (the invitee's name)
     * @param comment         the comment as written
     * @param answer          NGC's answer; null while unanswered (shown as such)
     * @param accommodation   NGC's verdict; null while undecided
     * @param changeReference the {@link Change#id()} of the change made for it, shown as a link to that change; a
     *                        text that is no change's id is shown as it stands (e.g. "afsnit 3 omskrevet"); null for none
     * @param anchorRemoved   the section or field commented on is gone from the revised version (flagged)
     */
    public record Point(String invitee, String comment, @Nullable String answer, @Nullable Accommodation accommodation,
                        @Nullable String changeReference, boolean anchorRemoved) {
        public Point {
            Objects.requireNonNull(invitee, "invitee");
            Objects.requireNonNull(comment, "comment");
        }
    }

    /**
     * One change made in the revision.
     *
     * @param id   what {@link Point#changeReference()} refers to (e.g. {@code DefinitionDiff.Change.id()}); null when
     *             nothing refers to it
     * @param text the change described, in the reader's language
     */
    public record Change(@Nullable String id, String text) {
        public Change {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Calendar days from sending to the deadline (19 February to 10 March 2021: 19 days). */
    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(sentOn, deadline);
    }
}
