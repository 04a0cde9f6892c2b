package dk.ngc.skema.forms.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfReader;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Many responses as one PDF, e.g. all nominations of a round as material for the working group: a cover
 * with a table of contents (the caller's columns plus the page each response starts on), then each
 * response's own PDF ({@link ResponsePdf}) from a new page. Every page gets "Samlet side x af y" at the
 * foot, centred, besides each response's own page number; the PDF's bookmarks lead to each response.
 */
public final class ResponseBook {

    /**
     * The cover page.
     *
     * @param title      e.g. "Indstillinger til vurdering"
     * @param lines      e.g. the round, how many, when and by whom the document was made
     * @param tocColumns the header of the table of contents, without the page column (added here)
     * @param tocWidths  one relative width per column of {@code tocColumns}
     * @param footer     left in the cover's footer; may be null
     */
    public record Cover(String title, List<String> lines, List<String> tocColumns, float[] tocWidths, @Nullable String footer) {
    }

    /**
     * One response in the book.
     *
     * @param tocCells the response's row in the table of contents, aligned with {@link Cover#tocColumns()}
     * @param bookmark the response's entry in the PDF's bookmarks
     * @param pdf      the response as a PDF document
     */
    public record Chapter(List<String> tocCells, String bookmark, byte[] pdf) {
    }

    private ResponseBook() {
    }

    public static byte[] bytes(Cover cover, List<Chapter> chapters, Locale locale) {
        var out = new ByteArrayOutputStream();
        write(cover, chapters, locale, out);
        return out.toByteArray();
    }

    /** Writes the book to {@code out}, which is flushed, not closed. */
    public static void write(Cover cover, List<Chapter> chapters, Locale locale, OutputStream out) {
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(chapters, "chapters");
        boolean english = locale != null && "en".equals(locale.getLanguage());
        try {
            List<PdfReader> readers = new ArrayList<>();
            for (Chapter chapter : chapters) {
                readers.add(new PdfReader(chapter.pdf()));
            }
            // The contents say where each response starts, which depends on how long the contents are.
            int coverPages = 1;
            byte[] coverPdf = null;
            for (int attempt = 0; attempt < 5; attempt++) {
                coverPdf = TablePdf.bytes(contents(cover, chapters, readers, coverPages, english), locale);
                int rendered = new PdfReader(coverPdf).getNumberOfPages();
                if (rendered == coverPages) {
                    break;
                }
                coverPages = rendered;
            }
            PdfReader coverReader = new PdfReader(coverPdf);
            int total = coverReader.getNumberOfPages() + readers.stream().mapToInt(PdfReader::getNumberOfPages).sum();

            Document document = new Document();
            PdfCopy copy = new PdfCopy(document, new NonClosingOutputStream(out));
            document.addTitle(cover.title());
            document.addCreator("Skema");
            document.open();
            PdfFonts fonts = new PdfFonts();
            int[] page = {0};
            List<Map<String, Object>> bookmarks = new ArrayList<>();
            bookmarks.add(bookmark(english ? "Contents" : "Indhold", 1));
            copyAll(copy, coverReader, page, total, fonts, english);
            for (int i = 0; i < chapters.size(); i++) {
                bookmarks.add(bookmark(chapters.get(i).bookmark(), page[0] + 1));
                copyAll(copy, readers.get(i), page, total, fonts, english);
            }
            copy.setOutlines(bookmarks);
            document.close();
            out.flush();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TablePdf.Report contents(Cover cover, List<Chapter> chapters, List<PdfReader> readers, int coverPages, boolean english) {
        List<String> columns = new ArrayList<>(cover.tocColumns());
        columns.add(english ? "Page" : "Side");
        float[] widths = new float[cover.tocWidths().length + 1];
        System.arraycopy(cover.tocWidths(), 0, widths, 0, cover.tocWidths().length);
        widths[widths.length - 1] = 0.6f;
        List<List<String>> rows = new ArrayList<>();
        int start = coverPages + 1;
        for (int i = 0; i < chapters.size(); i++) {
            List<String> cells = new ArrayList<>(chapters.get(i).tocCells());
            while (cells.size() < cover.tocColumns().size()) {
                cells.add("");
            }
            cells.add(String.valueOf(start));
            rows.add(cells);
            start += readers.get(i).getNumberOfPages();
        }
        return new TablePdf.Report(cover.title(), cover.lines(), columns, widths, rows,
                english ? "There is nothing to show." : "Der er intet at vise.", List.of(), cover.footer(), false);
    }

    private static void copyAll(PdfCopy copy, PdfReader reader, int[] page, int total, PdfFonts fonts, boolean english)
            throws IOException, DocumentException {
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            PdfImportedPage imported = copy.getImportedPage(reader, i);
            page[0]++;
            PdfCopy.PageStamp stamp = copy.createPageStamp(imported);
            Rectangle size = reader.getPageSizeWithRotation(i);
            String text = english ? "Collection page " + page[0] + " of " + total : "Samlet side " + page[0] + " af " + total;
            ColumnText.showTextAligned(stamp.getOverContent(), Element.ALIGN_CENTER, fonts.phrase(text, fonts.small),
                    (size.getLeft() + size.getRight()) / 2, size.getBottom() + 16, 0);
            stamp.alterContents();
            copy.addPage(imported);
        }
        copy.freeReader(reader);
    }

    private static Map<String, Object> bookmark(String title, int page) {
        Map<String, Object> bookmark = new HashMap<>();
        bookmark.put("Title", title == null ? "" : title);
        bookmark.put("Action", "GoTo");
        bookmark.put("Page", page + " Fit");
        return bookmark;
    }
}
