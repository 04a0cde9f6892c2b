package dk.ngc.skema.forms.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A short report as an A4 PDF: a title, a few lines about it, and one table whose header repeats on every
 * page; a footer with a text of the caller's and "Side x af y". Used for lists that go out of the platform,
 * such as NGC's acknowledgement of the nominations received and the contents of {@link ResponseBook}.
 * A cell may hold several lines (separated by "\n"). Pure Java (OpenPDF); the words are the caller's.
 */
public final class TablePdf {

    private static final float MARGIN_SIDE = 48;
    private static final float MARGIN_TOP = 52;
    private static final float MARGIN_BOTTOM = 58;

    /**
     * What the document says.
     *
     * @param title          the heading, also the document's title
     * @param lines          paragraphs under the heading (e.g. round, organisation, when it was made)
     * @param columns        the table header
     * @param relativeWidths one per column
     * @param rows           the table, each aligned with the header
     * @param emptyText      shown instead of the table when there are no rows
     * @param closingLines   paragraphs after the table; may be empty
     * @param footer         left in the footer of every page (e.g. who made the document); may be null
     * @param pageNumbers    whether the footer says "Side x af y"
     */
    public record Report(String title, List<String> lines, List<String> columns, float[] relativeWidths,
                         List<List<String>> rows, String emptyText, List<String> closingLines, @Nullable String footer,
                         boolean pageNumbers) {
        public Report {
            Objects.requireNonNull(columns, "columns");
            if (relativeWidths == null || relativeWidths.length != columns.size()) {
                throw new IllegalArgumentException("One width per column");
            }
            lines = lines == null ? List.of() : lines;
            rows = rows == null ? List.of() : rows;
            closingLines = closingLines == null ? List.of() : closingLines;
        }
    }

    private TablePdf() {
    }

    public static byte[] bytes(Report report, Locale locale) {
        var out = new ByteArrayOutputStream();
        write(report, locale, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out}, which is flushed, not closed. */
    public static void write(Report report, Locale locale, OutputStream out) {
        Objects.requireNonNull(report, "report");
        boolean english = locale != null && "en".equals(locale.getLanguage());
        PdfFonts fonts = new PdfFonts();
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, new NonClosingOutputStream(out));
            writer.setPageEvent(new Footer(report, fonts, english ? "Page" : "Side", english ? "of" : "af"));
            document.addTitle(report.title() == null ? "" : report.title());
            document.addCreator("Skema");
            document.open();
            var title = new Paragraph(fonts.phrase(report.title(), fonts.title));
            title.setSpacingAfter(8);
            document.add(title);
            for (String line : report.lines()) {
                var paragraph = new Paragraph(fonts.phrase(line, fonts.body));
                paragraph.setSpacingAfter(3);
                document.add(paragraph);
            }
            if (report.rows().isEmpty()) {
                var empty = new Paragraph(fonts.phrase(report.emptyText(), fonts.muted));
                empty.setSpacingBefore(12);
                document.add(empty);
            } else {
                document.add(table(report, fonts));
            }
            for (String line : report.closingLines()) {
                var paragraph = new Paragraph(fonts.phrase(line, fonts.muted));
                paragraph.setSpacingBefore(6);
                document.add(paragraph);
            }
            document.close();
            out.flush();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PdfPTable table(Report report, PdfFonts fonts) {
        var table = new PdfPTable(report.relativeWidths());
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        for (String column : report.columns()) {
            var cell = new PdfPCell(fonts.phrase(column, fonts.tableHeader));
            cell.setBackgroundColor(PdfFonts.HEADER_TINT);
            style(cell);
            table.addCell(cell);
        }
        for (List<String> row : report.rows()) {
            for (int i = 0; i < report.columns().size(); i++) {
                var cell = new PdfPCell(fonts.phrase(i < row.size() ? row.get(i) : "", fonts.table));
                style(cell);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static void style(PdfPCell cell) {
        cell.setBorderColor(PdfFonts.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(4);
        cell.setPaddingBottom(5);
    }

    /** "Side x af y" needs the total, known only at the end: a template filled in when the document closes. */
    private static final class Footer extends PdfPageEventHelper {
        private final Report report;
        private final PdfFonts fonts;
        private final String page;
        private final String of;
        private PdfTemplate total;

        Footer(Report report, PdfFonts fonts, String page, String of) {
            this.report = report;
            this.fonts = fonts;
            this.page = page;
            this.of = of;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
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
            if (report.footer() != null) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(report.footer(), fonts.small), document.left(), y, 0);
            }
            if (report.pageNumbers()) {
                String text = page + " " + writer.getPageNumber() + " " + of + " ";
                float width = fonts.small.getBaseFont().getWidthPoint(text, fonts.small.getSize());
                float x = document.right() - width - 14;
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(text, fonts.small), x, y, 0);
                canvas.addTemplate(total, x + width, y);
            }
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    fonts.phrase(String.valueOf(writer.getPageNumber() - 1), fonts.small), 0, 0, 0);
        }
    }
}
