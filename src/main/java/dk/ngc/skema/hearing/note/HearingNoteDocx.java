package dk.ngc.skema.hearing.note;

import dk.ngc.skema.hearing.note.HearingNote.Group;
import dk.ngc.skema.hearing.note.HearingNote.Invitee;
import dk.ngc.skema.hearing.note.HearingNote.Point;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * The hearing note as a Word document (Apache POI, XWPF), in Danish or English, with the same content and order as
 * {@link HearingNotePdf}: real headings (Word's navigation pane and table of contents find them), each change of the
 * revision a bookmark that the points link to, so NGC can edit the note before it goes to the steering group. Word
 * finds a font for every character itself (an emoji shows as typed), so nothing is replaced here.
 */
public final class HearingNoteDocx {

    private static final String INK = "222222";
    private static final String ACCENT = "1F4E79";
    private static final String LABEL = "1F2D3D";
    private static final String MUTED = "6B7280";
    private static final String FLAG = "9A3412";
    private static final String TINT = "E1E8F0";
    private static final String FONT = "Calibri";

    private HearingNoteDocx() {
    }

    /** Writes the document to {@code out}, which is flushed, not closed. */
    public static void write(HearingNote note, Locale locale, OutputStream out) {
        NoteLayout layout = new NoteLayout(note, locale);
        try (XWPFDocument document = new XWPFDocument()) {
            new Writer(document, layout).write();
            document.write(new dk.ngc.skema.forms.export.NonClosingOutputStream(out));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final XWPFDocument document;
        private final NoteLayout layout;
        private int headingNumber;
        private int bookmarkId;

        Writer(XWPFDocument document, NoteLayout layout) {
            this.document = document;
            this.layout = layout;
        }

        void write() {
            HearingNote note = layout.note;
            page();
            styles();
            var properties = document.getProperties().getCoreProperties();
            properties.setTitle(note.title());
            properties.setSubjectProperty(note.documentTitle());
            properties.setCreator("Skema");
            footer();

            XWPFParagraph title = document.createParagraph();
            title.setStyle("Title");
            title.setSpacingAfter(120);
            run(title, note.title(), 18, true, INK);
            line(layout.text("hearing.note.document", note.documentTitle()), INK);
            line(note.revisedDocumentTitle() == null ? layout.text("hearing.note.notRevised")
                    : layout.text("hearing.note.revised", note.revisedDocumentTitle()), MUTED);

            heading(layout.text("hearing.note.period"));
            line(layout.periodText(), INK);

            heading(layout.text("hearing.note.invitees"));
            if (layout.invitees.isEmpty()) {
                line(layout.text("hearing.note.noInvitees"), MUTED);
            } else {
                line(layout.inviteesText(), INK);
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
                line(layout.text("hearing.note.noPoints"), MUTED);
            } else {
                line(layout.commentsText(), INK);
                for (Group group : layout.groups) {
                    group(group);
                }
            }

            heading(layout.text("hearing.note.changes"));
            if (note.changes().isEmpty()) {
                line(note.revisedDocumentTitle() == null ? layout.text("hearing.note.notRevised") : layout.text("hearing.note.noChanges"), MUTED);
            }
            for (int i = 0; i < note.changes().size(); i++) {
                change(i + 1, note.changes().get(i));
            }
        }

        /** A4 with 2 cm margins. */
        private void page() {
            CTSectPr section = document.getDocument().getBody().isSetSectPr()
                    ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            BigInteger twoCm = BigInteger.valueOf(1134);
            margins.setTop(twoCm);
            margins.setBottom(twoCm);
            margins.setLeft(twoCm);
            margins.setRight(twoCm);
        }

        /**
         * Word's own style ids and names for the title and headings, with their outline level, so the navigation pane,
         * a table of contents and a screen reader see the structure; the look is set on the runs.
         */
        private void styles() {
            XWPFStyles styles = document.createStyles();
            styles.setSpellingLanguage("en".equals(layout.locale.getLanguage()) ? "en-GB" : "da-DK");
            style(styles, "Title", "Title", -1);
            style(styles, "Heading1", "heading 1", 0);
            style(styles, "Heading2", "heading 2", 1);
        }

        private static void style(XWPFStyles styles, String id, String name, int outlineLevel) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(name);
            style.addNewQFormat();
            if (outlineLevel >= 0) {
                style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            }
            styles.addStyle(new XWPFStyle(style));
        }

        private void footer() {
            XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph paragraph = footer.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
            String pattern = layout.text("hearing.note.page", "\u0000", "\u0001");
            int page = pattern.indexOf('\u0000');
            int pages = pattern.indexOf('\u0001');
            if (page < 0 || pages < page) {
                return;
            }
            run(paragraph, pattern.substring(0, page), 8, false, MUTED);
            field(paragraph, "PAGE");
            run(paragraph, pattern.substring(page + 1, pages), 8, false, MUTED);
            field(paragraph, "NUMPAGES");
            run(paragraph, pattern.substring(pages + 1), 8, false, MUTED);
        }

        private static void field(XWPFParagraph paragraph, String instruction) {
            var field = paragraph.getCTP().addNewFldSimple();
            field.setInstr(instruction);
            var run = field.addNewR();
            var properties = run.addNewRPr();
            properties.addNewSz().setVal(BigInteger.valueOf(16));
            properties.addNewColor().setVal(MUTED);
            run.addNewT().setStringValue("1");
        }

        private void line(String text, String color) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingAfter(80);
            run(paragraph, text, 10, false, color);
        }

        private void heading(String text) {
            headingNumber++;
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle("Heading1");
            paragraph.setSpacingBefore(320);
            paragraph.setSpacingAfter(120);
            paragraph.setKeepNext(true);
            run(paragraph, headingNumber + ". " + text, 13, true, ACCENT);
        }

        private void invitees() {
            XWPFTable table = document.createTable(layout.invitees.size() + 1, 3);
            table.setWidth("100%");
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            List<String> columns = List.of(layout.text("hearing.note.column.invitee"), layout.text("hearing.note.column.status"),
                    layout.text("hearing.note.column.answeredOn"));
            int[] widths = {55, 30, 15};
            for (int c = 0; c < 3; c++) {
                XWPFTableCell cell = header.getCell(c);
                cell.setColor(TINT);
                cell.setWidth(widths[c] + "%");
                cellText(cell, columns.get(c), true, LABEL);
            }
            for (int r = 0; r < layout.invitees.size(); r++) {
                Invitee invitee = layout.invitees.get(r);
                XWPFTableRow row = table.getRow(r + 1);
                row.setCantSplitRow(true);
                cellText(row.getCell(0), invitee.name(), false, INK);
                cellText(row.getCell(1), layout.status(invitee.status()), false, INK);
                cellText(row.getCell(2), invitee.answeredOn() == null ? "–" : layout.date(invitee.answeredOn()), false, INK);
            }
        }

        private static void cellText(XWPFTableCell cell, String text, boolean bold, String color) {
            XWPFParagraph paragraph = cell.getParagraphs().getFirst();
            paragraph.setSpacingAfter(0);
            run(paragraph, text, 9, bold, color);
        }

        private void questionAnswers(HearingNote.QuestionAnswers answers) {
            XWPFParagraph heading = document.createParagraph();
            heading.setStyle("Heading2");
            heading.setSpacingBefore(240);
            heading.setSpacingAfter(60);
            heading.setKeepNext(true);
            run(heading, answers.invitee(), 11, true, LABEL);
            for (HearingNote.AnswerLine line : answers.lines()) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setIndentationLeft(280 * line.depth());
                if (line.answer().isEmpty()) {
                    paragraph.setSpacingBefore(120);
                    paragraph.setKeepNext(true);
                    run(paragraph, line.label(), 10, true, INK);
                    continue;
                }
                paragraph.setSpacingAfter(60);
                run(paragraph, line.label() + ": ", 9.5, true, ACCENT);
                run(paragraph, line.answer(), 9.5, false, INK);
            }
        }

        private void group(Group group) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle("Heading2");
            paragraph.setSpacingBefore(240);
            paragraph.setSpacingAfter(60);
            paragraph.setKeepNext(true);
            run(paragraph, layout.heading(group), 11, true, LABEL);
            for (Point point : group.points()) {
                point(point);
            }
        }

        private void point(Point point) {
            XWPFParagraph who = document.createParagraph();
            who.setSpacingBefore(160);
            who.setSpacingAfter(20);
            who.setKeepNext(true);
            run(who, point.invitee(), 10, true, INK);

            XWPFParagraph comment = document.createParagraph();
            comment.setSpacingAfter(40);
            run(comment, point.comment(), 10, false, INK);

            if (point.anchorRemoved()) {
                XWPFParagraph flag = document.createParagraph();
                flag.setSpacingAfter(40);
                run(flag, layout.text("hearing.note.anchorRemoved"), 9.5, false, FLAG).setItalic(true);
            }

            XWPFParagraph answer = document.createParagraph();
            answer.setIndentationLeft(280);
            answer.setSpacingAfter(40);
            run(answer, layout.text("hearing.note.answer") + " – " + layout.verdict(point) + ": ", 9.5, true, ACCENT);
            if (point.answer() == null || point.answer().isBlank()) {
                run(answer, layout.text("hearing.note.unanswered"), 9.5, false, MUTED);
            } else {
                run(answer, point.answer(), 9.5, false, INK);
            }

            if (point.changeReference() != null && !point.changeReference().isBlank()) {
                XWPFParagraph reference = document.createParagraph();
                reference.setIndentationLeft(280);
                Integer number = layout.changeNumber(point.changeReference());
                if (number != null) {
                    CTHyperlink link = reference.getCTP().addNewHyperlink();
                    link.setAnchor(NoteLayout.destination(number));
                    XWPFHyperlinkRun run = new XWPFHyperlinkRun(link, link.addNewR(), reference);
                    style(run, 9.5, false, ACCENT);
                    run.setUnderline(UnderlinePatterns.SINGLE);
                    run.setText(layout.text("hearing.note.seeChange", number.toString()));
                } else {
                    run(reference, layout.text("hearing.note.reference", point.changeReference()), 9.5, false, MUTED);
                }
            }
        }

        private void change(int number, HearingNote.Change change) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingAfter(80);
            CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
            start.setName(NoteLayout.destination(number));
            start.setId(BigInteger.valueOf(bookmarkId));
            run(paragraph, layout.text("hearing.note.changeNumber", Integer.toString(number)) + ". ", 10, true, INK);
            paragraph.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmarkId++));
            run(paragraph, change.text(), 10, false, INK);
        }

        /** The text as runs, one per line ending in a Word line break, so the text's line breaks are kept; the last run. */
        private static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold, String color) {
            String[] lines = NoteLayout.xmlSafe(text).split("\r\n|\r|\n", -1);
            XWPFRun run = null;
            for (int i = 0; i < lines.length; i++) {
                run = paragraph.createRun();
                style(run, size, bold, color);
                run.setText(lines[i]);
                if (i < lines.length - 1) {
                    run.addBreak();
                }
            }
            return java.util.Objects.requireNonNull(run);
        }

        private static void style(XWPFRun run, double size, boolean bold, String color) {
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setBold(bold);
            run.setColor(color);
        }
    }
}
