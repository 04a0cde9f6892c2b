package dk.ngc.skema.forms.export;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.demo.PilotDelimitation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Many responses as one PDF: a cover with contents that point at the right pages, then each response from a new page. */
class ResponseBookTest {

    private static final Locale DA = Locale.of("da");

    private static byte[] response(String title) {
        FormDefinition definition = FormJson.loadDefinition(PilotDelimitation.FORM);
        var out = new ByteArrayOutputStream();
        ResponsePdf.write(definition, PilotDelimitation.answers(), new ResponsePdf.Meta("Afgrænsningsskema", 1, title, "Indsendt",
                "Birgitte Sørensen", Instant.parse("2021-05-03T10:15:00Z"), "Nina Nielsen"), DA, out);
        return out.toByteArray();
    }

    private static String text(PdfReader reader, int page) throws IOException {
        return new PdfTextExtractor(reader).getTextFromPage(page);
    }

    @Test
    void theCoverListsEachResponseWithThePageItStartsOnAndEveryResponseFollowsFromANewPage() throws IOException {
        byte[] first = response("Børn og unge med sjældne sygdomme");
        byte[] second = response("Voksne med arvelig hjertesygdom ≥ 40 år");
        int firstPages = new PdfReader(first).getNumberOfPages();
        int secondPages = new PdfReader(second).getNumberOfPages();
        var cover = new ResponseBook.Cover("Indstillinger til vurdering", List.of("Indstillingsrunde: Runde 2 (R2)", "2 indsendte indstillinger"),
                List.of("Kvitteringsnr.", "Patientgruppe", "På vegne af"), new float[]{1, 3, 3}, "Materiale til vurdering");
        byte[] book = ResponseBook.bytes(cover, List.of(
                new ResponseBook.Chapter(List.of("R2-001", "Børn og unge med sjældne sygdomme", "Region Hovedstaden"), "R2-001", first),
                new ResponseBook.Chapter(List.of("R2-002", "Voksne med arvelig hjertesygdom ≥ 40 år", "Region Midtjylland; DSMG"), "R2-002", second)),
                DA);

        var reader = new PdfReader(book);
        assertThat(reader.getNumberOfPages()).isEqualTo(1 + firstPages + secondPages);
        String contents = text(reader, 1);
        assertThat(contents).contains("Indstillinger til vurdering", "Indstillingsrunde: Runde 2 (R2)", "Kvitteringsnr.", "Side",
                "R2-001", "Børn og unge med sjældne sygdomme", "R2-002", "Region Midtjylland; DSMG",
                "Samlet side 1 af " + reader.getNumberOfPages());
        // Each response starts on the page the contents name, and every page is numbered in the collection.
        assertThat(text(reader, 2)).contains("Børn og unge med sjældne sygdomme", "Samlet side 2 af");
        assertThat(text(reader, 2 + firstPages)).contains("Voksne med arvelig hjertesygdom", "Samlet side " + (2 + firstPages) + " af");
        assertThat(contents).containsPattern("R2-002[\\s\\S]*" + (2 + firstPages));

        List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
        List<String> titles = new ArrayList<>();
        bookmarks.forEach(bookmark -> titles.add((String) bookmark.get("Title")));
        assertThat(titles).containsExactly("Indhold", "R2-001", "R2-002");
        assertThat((String) bookmarks.get(2).get("Page")).startsWith((2 + firstPages) + " ");
    }

    @Test
    void longContentsTakeMorePagesAndThePageNumbersFollow() throws IOException {
        byte[] one = response("En patientgruppe");
        int pages = new PdfReader(one).getNumberOfPages();
        List<ResponseBook.Chapter> chapters = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            chapters.add(new ResponseBook.Chapter(List.of("R9-%03d".formatted(i), "Patientgruppe nummer " + i, "Region Sjælland"),
                    "R9-%03d".formatted(i), one));
        }
        var cover = new ResponseBook.Cover("Indstillinger til vurdering", List.of("Runde 9"), List.of("Nr.", "Titel", "Parter"),
                new float[]{1, 3, 3}, null);
        var reader = new PdfReader(ResponseBook.bytes(cover, chapters, DA));
        int coverPages = reader.getNumberOfPages() - 60 * pages;
        assertThat(coverPages).isGreaterThan(1);
        // The last nomination starts where the contents say.
        int lastStart = coverPages + 59 * pages + 1;
        assertThat(text(reader, lastStart)).contains("Samlet side " + lastStart + " af");
        String lastContentsPage = text(reader, coverPages);
        assertThat(lastContentsPage).containsPattern("R9-060[\\s\\S]*" + lastStart);
    }
}
