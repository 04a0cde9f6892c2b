package dk.ngc.skema.network;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.Messages;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.forms.export.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dk.ngc.skema.forms.export.PdfFonts.phrase;

/**
 * The delimitation case's PDF: a cover written here (the version, its indications with expected WGS per year and their
 * sum, the consistency warnings, what follows), then the recommendation and the hearing note as their own features
 * write them, joined page by page with a bookmark per part so the steering group can jump between them.
 */
final class DelimitationCasePdf {

    private static final float MARGIN = 56;

    private DelimitationCasePdf() {
    }

    static byte[] cover(DelimitationService.CaseParts parts, Locale locale) {
        PdfFonts fonts = new PdfFonts();
        Font heading = PdfFonts.font(BaseFont.HELVETICA_BOLD, 13, PdfFonts.ACCENT);
        DelimitationInfo version = parts.version();
        String network = "en".equals(locale.getLanguage()) ? parts.networkEn() : parts.networkDa();
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            add(document, text(locale, "delimitation.case.title", network, version.version()), fonts.title, 6);
            add(document, text(locale, "delimitation.case.intro"), fonts.body, 6);
            add(document, text(locale, "delimitation.case.state", text(locale, "delimitation.state." + version.state().name()),
                    version.submittedAt() == null ? DanishTime.NONE : DanishTime.dateTime(version.submittedAt(), locale)), fonts.muted, 12);

            add(document, text(locale, "delimitation.case.indications"), heading, 6);
            List<Map<String, Object>> rows = parts.answers().rows("indications");
            PdfPTable table = new PdfPTable(new float[]{1, 9, 4});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String title : List.of("#", text(locale, "delimitation.case.indication"), text(locale, "delimitation.case.wgs"))) {
                PdfPCell cell = new PdfPCell(phrase(title, fonts.tableHeader));
                cell.setBackgroundColor(PdfFonts.HEADER_TINT);
                table.addCell(cell);
            }
            List<WgsRange> ranges = new ArrayList<>();
            int number = 0;
            for (Map<String, Object> row : rows) {
                number++;
                WgsRange wgs = row.get("wgsPerYear") instanceof Map<?, ?> range
                        ? WgsRange.fromAnswer(DirectoryService.number(range.get("low")), DirectoryService.number(range.get("expected")),
                        DirectoryService.number(range.get("high"))).orElse(null) : null;
                if (wgs != null) {
                    ranges.add(wgs);
                }
                table.addCell(new PdfPCell(phrase(String.valueOf(number), fonts.table)));
                table.addCell(new PdfPCell(phrase(row.get("name") instanceof String name && !name.isBlank() ? name : DanishTime.NONE, fonts.table)));
                table.addCell(new PdfPCell(phrase(WgsRange.text(wgs, locale), fonts.table)));
            }
            table.addCell(new PdfPCell(phrase("", fonts.tableHeader)));
            table.addCell(new PdfPCell(phrase(text(locale, "delimitation.case.total", rows.size()), fonts.tableHeader)));
            table.addCell(new PdfPCell(phrase(WgsRange.text(WgsRange.sum(ranges), locale), fonts.tableHeader)));
            document.add(table);

            add(document, text(locale, "delimitation.case.warnings"), heading, 6);
            if (version.warnings().isEmpty()) {
                add(document, text(locale, "delimitation.case.noWarnings"), fonts.muted, 6);
            }
            for (DelimitationChecks.Warning warning : version.warnings()) {
                add(document, "• " + warning.message().get(locale), fonts.body, 3);
            }
            add(document, text(locale, "delimitation.case.contents"), heading, 6);
            add(document, text(locale, "delimitation.case.contentsText"), fonts.body, 6);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the delimitation case's cover", e);
        }
        return out.toByteArray();
    }

    /** The three parts page by page into one PDF, with a bookmark at the first page of each. */
    static byte[] joined(Locale locale, byte[] cover, byte[] recommendation, byte[] note) {
        var out = new ByteArrayOutputStream();
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            copy.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            document.addTitle(text(locale, "delimitation.case.bookmark.cover"));
            document.addCreator("Skema");
            document.open();
            List<Map<String, Object>> outline = new ArrayList<>();
            int page = 1;
            String[] titles = {text(locale, "delimitation.case.bookmark.cover"), text(locale, "delimitation.case.bookmark.recommendation"),
                    text(locale, "delimitation.case.bookmark.note")};
            byte[][] pdfs = {cover, recommendation, note};
            for (int part = 0; part < pdfs.length; part++) {
                PdfReader reader = new PdfReader(pdfs[part]);
                Map<String, Object> bookmark = new HashMap<>();
                bookmark.put("Title", titles[part]);
                bookmark.put("Action", "GoTo");
                bookmark.put("Page", page + " Fit");
                outline.add(bookmark);
                for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                    copy.addPage(copy.getImportedPage(reader, i));
                }
                page += reader.getNumberOfPages();
                copy.freeReader(reader);
                reader.close();
            }
            copy.setOutlines(outline);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not join the delimitation case", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void add(Document document, String text, Font font, float after) throws DocumentException {
        Paragraph paragraph = new Paragraph(phrase(text, font));
        paragraph.setSpacingAfter(after);
        document.add(paragraph);
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }
}
