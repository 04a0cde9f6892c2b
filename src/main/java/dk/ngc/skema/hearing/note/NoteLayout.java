package dk.ngc.skema.hearing.note;

import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.Messages;
import dk.ngc.skema.hearing.note.HearingNote.Accommodation;
import dk.ngc.skema.hearing.note.HearingNote.Group;
import dk.ngc.skema.hearing.note.HearingNote.Invitee;
import dk.ngc.skema.hearing.note.HearingNote.InviteeStatus;
import dk.ngc.skema.hearing.note.HearingNote.Point;
import org.jspecify.annotations.Nullable;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What both writers of the note agree on: the order (invitees by Danish collation, general groups first), the
 * numbering of the changes and every word, so the PDF and the DOCX say the same thing.
 */
final class NoteLayout {

    private static final Locale DANISH = Locale.of("da", "DK");

    final HearingNote note;
    final Locale locale;
    final List<Invitee> invitees;
    final List<Group> groups;
    /** The invitees' answers to the questions form, in the invitees' order. */
    final List<HearingNote.QuestionAnswers> questionAnswers;
    /** Change id to its 1-based number in {@link HearingNote#changes()}. */
    private final Map<String, Integer> changeNumbers = new HashMap<>();

    NoteLayout(HearingNote note, @Nullable Locale locale) {
        this.note = Objects.requireNonNull(note, "note");
        this.locale = locale != null && "en".equals(locale.getLanguage()) ? Locale.of("en") : Locale.of("da");
        // The bodies are Danish: Danish order in either language (Æ, Ø, Å after Z; "Aa" as Å).
        Collator collator = Collator.getInstance(DANISH);
        this.invitees = note.invitees().stream()
                .sorted(Comparator.comparing(Invitee::name, collator).thenComparing(Invitee::name)).toList();
        this.questionAnswers = note.questionAnswers().stream()
                .sorted(Comparator.comparing(HearingNote.QuestionAnswers::invitee, collator).thenComparing(HearingNote.QuestionAnswers::invitee))
                .toList();
        List<Group> general = new ArrayList<>();
        List<Group> anchored = new ArrayList<>();
        note.groups().forEach(group -> (group.anchor() == null ? general : anchored).add(group));
        general.addAll(anchored);
        this.groups = List.copyOf(general);
        for (int i = 0; i < note.changes().size(); i++) {
            String id = note.changes().get(i).id();
            if (id != null) {
                changeNumbers.putIfAbsent(id, i + 1);
            }
        }
    }

    String text(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    String date(@Nullable LocalDate date) {
        return date == null ? DanishTime.NONE : DanishTime.date(date, locale);
    }

    /** The written-out keys, so the check for unused texts finds each of them. */
    String status(InviteeStatus status) {
        return text(switch (status) {
            case ANSWERED -> "hearing.note.status.ANSWERED";
            case NO_COMMENTS -> "hearing.note.status.NO_COMMENTS";
            case NO_ANSWER -> "hearing.note.status.NO_ANSWER";
            case LATE -> "hearing.note.status.LATE";
        });
    }

    String accommodation(@Nullable Accommodation accommodation) {
        return text(accommodation == null ? "hearing.note.undecided" : switch (accommodation) {
            case ACCOMMODATED -> "hearing.note.accommodation.ACCOMMODATED";
            case PARTLY -> "hearing.note.accommodation.PARTLY";
            case NOT_ACCOMMODATED -> "hearing.note.accommodation.NOT_ACCOMMODATED";
            case NOTED -> "hearing.note.accommodation.NOTED";
        });
    }

    String heading(Group group) {
        return group.anchor() == null && group.heading().isBlank() ? text("hearing.note.general") : group.heading();
    }

    /** The number of the change a point refers to; null when the reference is no change's id. */
    @Nullable Integer changeNumber(@Nullable String reference) {
        return reference == null ? null : changeNumbers.get(reference);
    }

    /** The name of the destination (PDF) or bookmark (DOCX) of change number n: short and valid in both. */
    static String destination(int number) {
        return "change_" + number;
    }

    String periodText() {
        return text("hearing.note.periodText", date(note.sentOn()), date(note.deadline()), Long.toString(note.days()));
    }

    String inviteesText() {
        long[] count = new long[InviteeStatus.values().length];
        invitees.forEach(invitee -> count[invitee.status().ordinal()]++);
        return text("hearing.note.inviteesText", str(invitees.size()), str(count[InviteeStatus.ANSWERED.ordinal()]),
                str(count[InviteeStatus.NO_COMMENTS.ordinal()]), str(count[InviteeStatus.LATE.ordinal()]),
                str(count[InviteeStatus.NO_ANSWER.ordinal()]));
    }

    int pointCount() {
        return groups.stream().mapToInt(group -> group.points().size()).sum();
    }

    String commentsText() {
        long[] count = new long[Accommodation.values().length + 1];
        groups.forEach(group -> group.points().forEach(point -> count[point.accommodation() == null
                ? Accommodation.values().length : point.accommodation().ordinal()]++));
        return text("hearing.note.commentsText", str(pointCount()), str(count[Accommodation.ACCOMMODATED.ordinal()]),
                str(count[Accommodation.PARTLY.ordinal()]), str(count[Accommodation.NOT_ACCOMMODATED.ordinal()]),
                str(count[Accommodation.NOTED.ordinal()]), str(count[Accommodation.values().length]));
    }

    /** "Imødekommet" or "Ikke afgjort", the label before NGC's answer. */
    String verdict(Point point) {
        return accommodation(point.accommodation());
    }

    private static String str(long n) {
        return Long.toString(n);
    }

    /**
     * A text safe for XML: characters XML 1.0 cannot hold (control characters other than tab and line breaks) are
     * dropped, as they could never be typed visibly anyway.
     */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
