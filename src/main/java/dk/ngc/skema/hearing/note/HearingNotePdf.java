package dk.ngc.skema.hearing.note;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import dk.ngc.skema.forms.export.NonClosingOutputStream;
import dk.ngc.skema.forms.export.PdfFonts;
import dk.ngc.skema.hearing.note.HearingNote.Group;
import dk.ngc.skema.hearing.note.HearingNote.Invitee;
import dk.ngc.skema.hearing.note.HearingNote.Point;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dk.ngc.skema.forms.export.PdfFonts.phrase;

/**
 * The hearing note as an A4 PDF (OpenPDF), in Danish or English: headings with bookmarks, each change of the
 * revision a destination that the points link to ("Se ændring 3"), and a box for a character no font has (an emoji)
 * so the reader sees that something is there ({@link PdfFonts}).
 */
public final class HearingNotePdf {

    private static final float MARGIN_SIDE = 56;
    private static final float MARGIN_TOP = 56;
    private static final float MARGIN_BOTTOM = 60;
    private static final float INDENT = 14;

    private HearingNotePdf() {
    }

    /** Writes the PDF to {@code out}, which is flushed, not closed. */
    public static void write(HearingNote note, Locale locale, OutputStream out) {
        NoteLayout layout = new NoteLayout(note, locale);
        Fonts fonts = new Fonts();
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, new NonClosingOutputStream(out));
            Events events = new Events(layout, fonts);
            writer.setPageEvent(events);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(layout.locale.getLanguage()));
            document.addTitle(note.title());
            document.addSubject(note.documentTitle());
            document.addCreator("Skema");
            document.open();
            new Writer(document, layout, fonts, events).write();
            document.close();
            out.flush();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the hearing note", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts of the shared PDF look, plus the few the note needs besides. */
    private static final class Fonts {
        final PdfFonts shared = new PdfFonts();
        final Font heading = PdfFonts.font(BaseFont.HELVETICA_BOLD, 13, PdfFonts.ACCENT);
        final Font groupHeading = PdfFonts.font(BaseFont.HELVETICA_BOLD, 11, PdfFonts.LABEL);
        final Font bold = PdfFonts.font(BaseFont.HELVETICA_BOLD, 10, PdfFonts.INK);
        final Font answerLabel = PdfFonts.font(BaseFont.HELVETICA_BOLD, 9.5f, PdfFonts.ACCENT);
        final Font link = PdfFonts.font(BaseFont.HELVETICA, 9.5f, PdfFonts.ACCENT);
        final Font flag = PdfFonts.font(BaseFont.HELVETICA_OBLIQUE, 9.5f, new java.awt.Color(0x9A, 0x34, 0x12));
        final Font answer = PdfFonts.font(BaseFont.HELVETICA, 9.5f, PdfFonts.INK);
    }

    private static final class Writer {
        private final Document document;
        private final NoteLayout layout;
        private final Fonts fonts;
        private final Events events;
        private int headingNumber;

        Writer(Document document, NoteLayout layout, Fonts fonts, Events events) {
            this.document = document;
            this.layout = layout;
            this.fonts = fonts;
            this.events = events;
        }

        void write() throws DocumentException {
            HearingNote note = layout.note;
            Paragraph title = new Paragraph(phrase(note.title(), fonts.shared.title));
            title.setSpacingAfter(6);
            document.add(title);
            line(layout.text("hearing.note.document", note.documentTitle()), fonts.shared.body, 2);
            line(note.revisedDocumentTitle() == null ? layout.text("hearing.note.notRevised")
                    : layout.text("hearing.note.revised", note.revisedDocumentTitle()), fonts.shared.muted, 2);

            heading(layout.text("hearing.note.period"));
            line(layout.periodText(), fonts.shared.body, 0);

            heading(layout.text("hearing.note.invitees"));
            if (layout.invitees.isEmpty()) {
                line(layout.text("hearing.note.noInvitees"), fonts.shared.muted, 0);
            } else {
                line(layout.inviteesText(), fonts.shared.body, 8);
                invitees();
            }

            if (!layout.questionAnswers.isEmpty()) {
                heading(layout.text("hearing.note.questionAnswers"));
                for (HearingNote.QuestionAnswers answers : layout.questionAnswers) {
                    questionAnswers(answers);
                }
            }

            heading(layout.text("hearing.note.comments"));
            if (layout.pointCount() == 0) {
                line(layout.text("hearing.note.noPoints"), fonts.shared.muted, 0);
            } else {
                line(layout.commentsText(), fonts.shared.body, 2);
                for (Group group : layout.groups) {
                    group(group);
                }
            }

            heading(layout.text("hearing.note.changes"));
            if (note.changes().isEmpty()) {
                line(note.revisedDocumentTitle() == null ? layout.text("hearing.note.notRevised") : layout.text("hearing.note.noChanges"),
                        fonts.shared.muted, 0);
            }
            for (int i = 0; i < note.changes().size(); i++) {
                change(i + 1, note.changes().get(i));
            }
        }

        private void line(String text, Font font, float after) throws DocumentException {
            Paragraph paragraph = new Paragraph(phrase(text, font));
            paragraph.setSpacingAfter(after);
            document.add(paragraph);
        }

        private void heading(String text) throws DocumentException {
            headingNumber++;
            Paragraph paragraph = new Paragraph(tagged(phrase(headingNumber + ". " + text, fonts.heading),
                    events.heading(headingNumber + ". " + text, 0)));
            paragraph.setSpacingBefore(16);
            paragraph.setSpacingAfter(6);
            document.add(paragraph);
        }

        /** The phrase with its chunks tagged, so the page event learns where the heading landed (an empty chunk would not be laid out). */
        private static Phrase tagged(Phrase phrase, String tag) {
            for (Element element : phrase) {
                if (element instanceof Chunk chunk) {
                    chunk.setGenericTag(tag);
                }
            }
            return phrase;
        }

        /**
         * The invitees as rows of running text with tab stops rather than a PdfPTable: OpenPDF draws tables on a layer
         * of their own, after the page's running text, so a table's rows would be read (copied, extracted, spoken)
         * out of place. A name too long for its column pushes the mark to the next line.
         */
        private void invitees() throws DocumentException {
            row(layout.text("hearing.note.column.invitee"), layout.text("hearing.note.column.status"),
                    layout.text("hearing.note.column.answeredOn"), fonts.shared.tableHeader, 0);
            Paragraph rule = new Paragraph(new Chunk(new LineSeparator(0.5f, 100, PdfFonts.RULE, Element.ALIGN_CENTER, 0)));
            rule.setLeading(4);
            rule.setSpacingAfter(2);
            document.add(rule);
            for (Invitee invitee : layout.invitees) {
                row(invitee.name(), layout.status(invitee.status()),
                        invitee.answeredOn() == null ? "–" : layout.date(invitee.answeredOn()), fonts.shared.table, 2);
            }
        }

        private void row(String name, String status, String date, Font font, float after) throws DocumentException {
            float width = document.right() - document.left();
            Paragraph row = new Paragraph();
            row.add(phrase(name, font));
            row.add(new Chunk(new VerticalPositionMark(), width * 0.52f, true));
            row.add(phrase(status, font));
            row.add(new Chunk(new VerticalPositionMark(), width * 0.80f, true));
            row.add(phrase(date, font));
            row.setSpacingAfter(after);
            document.add(row);
        }

        private void questionAnswers(HearingNote.QuestionAnswers answers) throws DocumentException {
            String heading = answers.invitee();
            Paragraph paragraph = new Paragraph(tagged(phrase(heading, fonts.groupHeading), events.heading(heading, 1)));
            paragraph.setSpacingBefore(12);
            paragraph.setSpacingAfter(2);
            document.add(paragraph);
            for (HearingNote.AnswerLine line : answers.lines()) {
                if (line.answer().isEmpty()) {
                    Paragraph row = new Paragraph(phrase(line.label(), fonts.bold));
                    row.setIndentationLeft(14 * line.depth());
                    row.setSpacingBefore(6);
                    document.add(row);
                    continue;
                }
                Paragraph question = new Paragraph(phrase(line.label(), fonts.answerLabel));
                question.setIndentationLeft(14 * line.depth());
                question.setSpacingBefore(3);
                document.add(question);
                Paragraph answer = new Paragraph(phrase(line.answer(), fonts.answer));
                answer.setIndentationLeft(14 * line.depth());
                document.add(answer);
            }
        }

        private void group(Group group) throws DocumentException {
            String heading = layout.heading(group);
            Paragraph paragraph = new Paragraph(tagged(phrase(heading, fonts.groupHeading), events.heading(heading, 1)));
            paragraph.setSpacingBefore(12);
            paragraph.setSpacingAfter(2);
            document.add(paragraph);
            for (Point point : group.points()) {
                point(point);
            }
        }

        private void point(Point point) throws DocumentException {
            Paragraph who = new Paragraph(phrase(point.invitee(), fonts.bold));
            who.setSpacingBefore(8);
            document.add(who);
            Paragraph comment = new Paragraph(phrase(point.comment(), fonts.shared.body));
            comment.setLeading(0, 1.3f);
            document.add(comment);
            if (point.anchorRemoved()) {
                Paragraph flag = new Paragraph(phrase(layout.text("hearing.note.anchorRemoved"), fonts.flag));
                flag.setSpacingBefore(2);
                document.add(flag);
            }
            Paragraph answer = new Paragraph();
            answer.setIndentationLeft(INDENT);
            answer.setSpacingBefore(3);
            answer.setLeading(0, 1.3f);
            answer.add(phrase(layout.text("hearing.note.answer") + " – " + layout.verdict(point) + ": ", fonts.answerLabel));
            answer.add(point.answer() == null || point.answer().isBlank()
                    ? phrase(layout.text("hearing.note.unanswered"), fonts.shared.muted) : phrase(point.answer(), fonts.answer));
            document.add(answer);
            if (point.changeReference() != null && !point.changeReference().isBlank()) {
                Integer number = layout.changeNumber(point.changeReference());
                Paragraph reference = new Paragraph();
                reference.setIndentationLeft(INDENT);
                if (number != null) {
                    Chunk link = new Chunk(layout.text("hearing.note.seeChange", number.toString()), fonts.link);
                    link.setLocalGoto(NoteLayout.destination(number));
                    link.setUnderline(0.5f, -1.5f);
                    reference.add(link);
                } else {
                    reference.add(phrase(layout.text("hearing.note.reference", point.changeReference()), fonts.shared.muted));
                }
                document.add(reference);
            }
        }

        private void change(int number, HearingNote.Change change) throws DocumentException {
            Paragraph paragraph = new Paragraph();
            Chunk label = new Chunk(layout.text("hearing.note.changeNumber", Integer.toString(number)) + ". ", fonts.bold);
            label.setLocalDestination(NoteLayout.destination(number));
            paragraph.add(label);
            paragraph.add(phrase(change.text(), fonts.shared.body));
            paragraph.setSpacingAfter(4);
            paragraph.setLeading(0, 1.3f);
            document.add(paragraph);
        }
    }

    /**
     * Bookmarks at the headings (the generic tag tells where on the page each landed) and the footer: the note's
     * title and "Side x af y", the total known only at the end, so a template filled in when the document closes.
     */
    private static final class Events extends PdfPageEventHelper {
        private final NoteLayout layout;
        private final Fonts fonts;
        private final List<String> titles = new ArrayList<>();
        private final List<Integer> levels = new ArrayList<>();
        private final java.util.Set<Integer> placed = new java.util.HashSet<>();
        private PdfOutline chapter;
        private PdfTemplate total;

        Events(NoteLayout layout, Fonts fonts) {
            this.layout = layout;
            this.fonts = fonts;
        }

        String heading(String title, int level) {
            titles.add(title);
            levels.add(level);
            return Integer.toString(titles.size() - 1);
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
            int index = Integer.parseInt(tag);
            if (!placed.add(index)) {
                return; // the heading's second chunk or line
            }
            PdfOutline root = writer.getDirectContent().getRootOutline();
            PdfDestination destination = new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 14, 0);
            if (levels.get(index) == 0 || chapter == null) {
                chapter = new PdfOutline(root, destination, titles.get(index), false);
            } else {
                new PdfOutline(chapter, destination, titles.get(index), false);
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 28;
            canvas.saveState();
            canvas.setColorStroke(PdfFonts.RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.left(), y + 12);
            canvas.lineTo(document.right(), y + 12);
            canvas.stroke();
            canvas.restoreState();
            String title = layout.note.title();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    phrase(title.length() > 90 ? title.substring(0, 89) + "…" : title, fonts.shared.small), document.left(), y, 0);
            String text = layout.text("hearing.note.page", Integer.toString(writer.getPageNumber()), "");
            Font small = fonts.shared.small;
            float width = small.getBaseFont().getWidthPoint(text, small.getSize());
            float x = document.right() - width - 14;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase(text, small), x, y, 0);
            canvas.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    phrase(Integer.toString(writer.getPageNumber() - 1), fonts.shared.small), 0, 0, 0);
        }
    }
}
