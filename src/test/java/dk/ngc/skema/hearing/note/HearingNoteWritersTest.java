package dk.ngc.skema.hearing.note;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.ngc.skema.forms.definition.DefinitionDiff;
import dk.ngc.skema.forms.definition.FieldEdits;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.hearing.note.HearingNote.Accommodation;
import dk.ngc.skema.hearing.note.HearingNote.Group;
import dk.ngc.skema.hearing.note.HearingNote.Invitee;
import dk.ngc.skema.hearing.note.HearingNote.InviteeStatus;
import dk.ngc.skema.hearing.note.HearingNote.Point;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hearing note read back as a reader gets it: the text of the PDF (OpenPDF's extractor) and of the DOCX (POI's
 * XWPF), in Danish and English. The changes come from a real {@link DefinitionDiff} of the seeded nomination form.
 */
class HearingNoteWritersTest {

    static final Locale DA = Locale.of("da");
    static final Locale EN = Locale.of("en");

    /** The February 2021 hearing of the round-2 nomination form, with a revision made after it. */
    static HearingNote note(Locale locale) {
        FormDefinition heard = FormJson.loadDefinition("nomination-round-2.json");
        FormDefinition revised = heard.withSections(heard.sections().stream().map(section -> section.withFields(section.fields().stream()
                .filter(field -> !field.key().equals("addedValue"))
                .map(field -> field.key().equals("patientsPerYearPrevious")
                        ? FieldEdits.withLabel(field, LocalizedText.of("Antal uafklarede patienter", "Undiagnosed patients")) : field)
                .toList())).toList());
        DefinitionDiff diff = DefinitionDiff.between(heard, revised);
        List<HearingNote.Change> changes = diff.changes().stream()
                .map(change -> new HearingNote.Change(change.id(), change.description().get(locale))).toList();
        String removed = diff.changesOf("addedValue").getFirst().id();
        String relabelled = diff.changesOf("patientsPerYearPrevious").getFirst().id();

        List<Invitee> invitees = List.of(
                new Invitee("Region Syddanmark", InviteeStatus.NO_ANSWER, null),
                new Invitee("Aalborg Universitetshospital", InviteeStatus.ANSWERED, LocalDate.of(2021, 3, 8)),
                new Invitee("Østjysk Lægekreds", InviteeStatus.LATE, LocalDate.of(2021, 3, 12)),
                new Invitee("Danske Patienter", InviteeStatus.NO_COMMENTS, LocalDate.of(2021, 2, 25)),
                new Invitee("Ærø Sundhedscenter", InviteeStatus.ANSWERED, LocalDate.of(2021, 3, 1)),
                new Invitee("Dansk Selskab for Medicinsk Genetik", InviteeStatus.ANSWERED, LocalDate.of(2021, 3, 9)));
        List<Group> groups = List.of(
                new Group("scale", "Skalering", List.of(
                        new Point("Dansk Selskab for Medicinsk Genetik", "Fokus bør være på de mange uafklarede patienter.",
                                "Feltet er omdøbt, så de uafklarede står først.", Accommodation.ACCOMMODATED, relabelled, false),
                        new Point("Ærø Sundhedscenter", "Familieundersøgelser skal forstås som trioanalyser ved diagnosen.",
                                null, null, null, false))),
                new Group(null, "", List.of(
                        new Point("Aalborg Universitetshospital", "Skemaet er for langt. Fint 👍", "Vi har fjernet ét felt.",
                                Accommodation.PARTLY, "afsnit 2 forkortet", false))),
                new Group("addedValue", "Merværdi ved skifte fra nuværende diagnostik", List.of(
                        new Point("Østjysk Lægekreds", "Merværdien er svær at beskrive.", "Feltet er fjernet.",
                                Accommodation.NOTED, removed, true))));
        return new HearingNote("Høringsnotat: Indstillingsskema, indstillingsrunde 2",
                "Indstillingsskema – indstillingsrunde 2 (version 1)", "Indstillingsskema – indstillingsrunde 2 (version 2)",
                LocalDate.of(2021, 2, 19), LocalDate.of(2021, 3, 10), invitees, groups, changes);
    }

    static final List<String> DANISH_ORDER = List.of("Danske Patienter", "Dansk Selskab for Medicinsk Genetik", "Region Syddanmark",
            "Ærø Sundhedscenter", "Østjysk Lægekreds", "Aalborg Universitetshospital");

    static byte[] pdf(HearingNote note, Locale locale) {
        var out = new ByteArrayOutputStream();
        HearingNotePdf.write(note, locale, out);
        return out.toByteArray();
    }

    static byte[] docx(HearingNote note, Locale locale) {
        var out = new ByteArrayOutputStream();
        HearingNoteDocx.write(note, locale, out);
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf) {
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String docxText(byte[] docx) {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each text appears, in this order, after {@code from}. */
    static void inOrder(String text, String... parts) {
        text = flat(text);
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertThat(next).as("\"%s\" after position %d in:%n%s", part, at, text).isGreaterThan(at);
            at = next;
        }
    }

    /** The text with line breaks and runs of spaces as one space: where a long line wrapped does not matter. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The line of the invitee table that names the invitee: its mark and date stand on the same line. */
    static String rowOf(String text, String name) {
        return text.lines().map(String::strip)
                .filter(line -> line.startsWith(name) && line.length() > name.length() && !line.contains(":"))
                .findFirst().orElseThrow(() -> new AssertionError(name + " has no row in:\n" + text));
    }

    @Test
    void theDanishPdfHasThePeriodTheInviteesInDanishOrderWithMarksAndTheCommentsUnderTheirHeadings() {
        String text = pdfText(pdf(note(DA), DA));

        inOrder(text, "Høringsnotat: Indstillingsskema, indstillingsrunde 2", "Dokument i høring: Indstillingsskema – indstillingsrunde 2 (version 1)",
                "Revideret udgave: Indstillingsskema – indstillingsrunde 2 (version 2)");
        assertThat(flat(text)).contains("Høringen blev sendt den 19. februar 2021 med frist for svar den 10. marts 2021, i alt 19 dage.");
        assertThat(flat(text)).contains("6 parter er hørt. 3 har svaret med bemærkninger, 1 uden bemærkninger, 1 efter fristen, og 1 har ikke svaret.");

        inOrder(text, "2. Hørte parter", "Part", "Svar", "Modtaget", DANISH_ORDER.get(0), DANISH_ORDER.get(1), DANISH_ORDER.get(2),
                DANISH_ORDER.get(3), DANISH_ORDER.get(4), DANISH_ORDER.get(5), "3. Høringssvarene og NGC’s bemærkninger");
        assertThat(rowOf(text, "Danske Patienter")).contains("Ingen bemærkninger", "25. februar 2021");
        assertThat(rowOf(text, "Region Syddanmark")).contains("Intet svar");
        assertThat(rowOf(text, "Østjysk Lægekreds")).contains("Svar efter fristen", "12. marts 2021");
        assertThat(rowOf(text, "Aalborg Universitetshospital")).contains("Svar med bemærkninger", "8. marts 2021");

        assertThat(flat(text)).contains("4 bemærkninger: 1 imødekommet, 1 delvist imødekommet, 0 ikke imødekommet, 1 taget til efterretning og 1 endnu ikke afgjort.");
        // general comments first, then the sections in the order given (the document's)
        inOrder(text, "Generelle bemærkninger", "Aalborg Universitetshospital", "Skemaet er for langt.",
                "NGC’s bemærkning – Delvist imødekommet: Vi har fjernet ét felt.", "Ændring: afsnit 2 forkortet",
                "Skalering", "Dansk Selskab for Medicinsk Genetik", "Fokus bør være på de mange uafklarede patienter.",
                "NGC’s bemærkning – Imødekommet: Feltet er omdøbt, så de uafklarede står først.", "Se ændring 2",
                "Ærø Sundhedscenter", "Familieundersøgelser skal forstås som trioanalyser ved diagnosen.",
                "NGC’s bemærkning – Ikke afgjort: NGC har endnu ikke svaret på bemærkningen.",
                "Merværdi ved skifte fra nuværende diagnostik", "Østjysk Lægekreds", "Merværdien er svær at beskrive.",
                "Det kommenterede punkt findes ikke i den reviderede udgave.", "NGC’s bemærkning – Taget til efterretning: Feltet er fjernet.",
                "Se ændring 1", "4. Ændringer i den reviderede udgave", "Ændring 1.", "er fjernet fra afsnittet", "Ændring 2.", "hedder nu »Antal uafklarede patienter«");
        assertThat(text).contains("Side 1 af");
    }

    @Test
    void aCharacterNoFontHasShowsAsABoxInThePdfAndAsTypedInTheDocx() {
        HearingNote note = note(DA);
        assertThat(flat(pdfText(pdf(note, DA)))).contains("Skemaet er for langt. Fint □").doesNotContain("👍");
        assertThat(docxText(docx(note, DA))).contains("Skemaet er for langt. Fint 👍");
    }

    @Test
    void theEnglishPdfHasTheSameStructureInEnglishAndTheInviteesStillInDanishOrder() {
        String text = pdfText(pdf(note(EN), EN));

        assertThat(flat(text)).contains("The hearing was sent on 19 February 2021 with answers due on 10 March 2021, 19 days in all.");
        inOrder(text, "2. Bodies consulted", "Body", "Answer", "Received", DANISH_ORDER.get(0), DANISH_ORDER.get(1), DANISH_ORDER.get(2),
                DANISH_ORDER.get(3), DANISH_ORDER.get(4), DANISH_ORDER.get(5), "3. The answers");
        assertThat(rowOf(text, "Danske Patienter")).contains("No comments", "25 February 2021");
        assertThat(rowOf(text, "Region Syddanmark")).contains("No answer");
        inOrder(text, "3. The answers and NGC’s comments", "General comments", "NGC’s comment – Partly accommodated: Vi har fjernet ét felt.",
                "Skalering", "NGC’s comment – Accommodated:", "See change 2", "NGC’s comment – Not decided: NGC has not answered this comment yet.",
                "The part commented on is not in the revised version.", "NGC’s comment – Noted:", "See change 1",
                "4. Changes in the revised version", "Change 1.", "removed from section", "Change 2.", "is now called “Undiagnosed patients”");
        assertThat(text).contains("Page 1 of");
    }

    @Test
    void thePdfHasBookmarksForTheHeadingsAndLinksFromThePointsToTheChanges() throws IOException {
        try (var reader = new PdfReader(pdf(note(DA), DA))) {
            var bookmarks = SimpleBookmark.getBookmarkList(reader);
            assertThat(bookmarks).extracting(b -> b.get("Title")).containsExactly("1. Høringsperiode", "2. Hørte parter",
                    "3. Høringssvarene og NGC’s bemærkninger", "4. Ændringer i den reviderede udgave");
            @SuppressWarnings("unchecked")
            var groups = (List<java.util.Map<String, Object>>) bookmarks.get(2).get("Kids");
            assertThat(groups).extracting(b -> b.get("Title"))
                    .containsExactly("Generelle bemærkninger", "Skalering", "Merværdi ved skifte fra nuværende diagnostik");
            assertThat(reader.getNamedDestination().keySet()).contains("change_1", "change_2");
        }
    }

    @Test
    void theDocxHasTheSameContentWithWordHeadingsAndBookmarkedChanges() throws IOException {
        byte[] bytes = docx(note(DA), DA);
        String text = docxText(bytes);

        assertThat(text).contains("Høringen blev sendt den 19. februar 2021 med frist for svar den 10. marts 2021, i alt 19 dage.");
        inOrder(text, "2. Hørte parter", DANISH_ORDER.get(0), DANISH_ORDER.get(1), DANISH_ORDER.get(2), DANISH_ORDER.get(3),
                DANISH_ORDER.get(4), DANISH_ORDER.get(5), "3. Høringssvarene og NGC’s bemærkninger");
        assertThat(rowOf(text.replace('\t', ' '), "Danske Patienter")).contains("Ingen bemærkninger", "25. februar 2021");
        assertThat(rowOf(text.replace('\t', ' '), "Østjysk Lægekreds")).contains("Svar efter fristen", "12. marts 2021");
        inOrder(text, "Generelle bemærkninger", "Skemaet er for langt.", "NGC’s bemærkning – Delvist imødekommet: Vi har fjernet ét felt.",
                "Skalering", "Fokus bør være på de mange uafklarede patienter.", "NGC’s bemærkning – Imødekommet:", "Se ændring 2",
                "Merværdi ved skifte fra nuværende diagnostik", "Det kommenterede punkt findes ikke i den reviderede udgave.",
                "NGC’s bemærkning – Taget til efterretning: Feltet er fjernet.", "Se ændring 1",
                "4. Ændringer i den reviderede udgave", "Ændring 1.", "Ændring 2.");

        try (var document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("1. Høringsperiode", "2. Hørte parter", "3. Høringssvarene og NGC’s bemærkninger",
                            "4. Ændringer i den reviderede udgave");
            assertThat(document.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("Generelle bemærkninger", "Skalering", "Merværdi ved skifte fra nuværende diagnostik");
            assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()).isZero();
            var bookmarks = document.getParagraphs().stream().flatMap(p -> p.getCTP().getBookmarkStartList().stream())
                    .map(b -> b.getName()).toList();
            var links = document.getParagraphs().stream().flatMap(p -> p.getCTP().getHyperlinkList().stream())
                    .map(l -> l.getAnchor()).toList();
            assertThat(bookmarks).containsExactly("change_1", "change_2");
            assertThat(links).containsExactly("change_2", "change_1");
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Høringsnotat: Indstillingsskema, indstillingsrunde 2");
        }
    }

    @Test
    void theEnglishDocx() {
        String text = docxText(docx(note(EN), EN));
        inOrder(text, "Document heard:", "1. Hearing period", "19 February 2021", "2. Bodies consulted", DANISH_ORDER.getFirst(),
                DANISH_ORDER.getLast(), "General comments", "NGC’s comment – Partly accommodated:", "See change 2", "Change 1.");
    }

    @Test
    void anEmptyNoteSaysSoInsteadOfShowingEmptyTables() {
        HearingNote empty = new HearingNote("Høringsnotat", "Afgrænsning (version 1)", null, LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 15), List.of(), List.of(), List.of());
        String pdf = flat(pdfText(pdf(empty, DA)));
        assertThat(pdf).contains("Dokumentet er endnu ikke revideret efter høringen.", "i alt 14 dage", "Ingen parter er hørt.",
                "Der er ikke modtaget bemærkninger.");
        assertThat(docxText(docx(empty, EN))).contains("No bodies were consulted.", "No comments were received.", "14 days in all");
    }

    @Test
    void theCallersStreamIsLeftOpen() {
        var closed = new java.util.concurrent.atomic.AtomicBoolean();
        var out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        HearingNotePdf.write(note(DA), DA, out);
        HearingNoteDocx.write(note(DA), DA, out);
        assertThat(closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    /**
     * A hearing with a questions form (the qualification): each society's answers stand in their own part, societies
     * in Danish order, each group's row headed by the group with its answers beneath, in PDF and DOCX alike.
     */
    @org.junit.jupiter.api.Test
    void theAnswersToTheQuestionsFormStandPerInviteeInBothFormats() {
        HearingNote base = note(DA);
        HearingNote note = new HearingNote(base.title(), base.documentTitle(), base.revisedDocumentTitle(), base.sentOn(), base.deadline(),
                base.invitees(), base.groups(), base.changes(), java.util.List.of(
                new HearingNote.QuestionAnswers("Dansk Pædiatrisk Selskab", java.util.List.of(
                        new HearingNote.AnswerLine(0, "Primær immundefekt", ""),
                        new HearingNote.AnswerLine(1, "Hvad er det forventede antal WGS/år?", "40 – 60 (forventet 50)"))),
                new HearingNote.QuestionAnswers("Dansk Cardiologisk Selskab", java.util.List.of(
                        new HearingNote.AnswerLine(0, "Arvelig hjertesygdom", ""),
                        new HearingNote.AnswerLine(1, "Hvad er det forventede antal WGS/år?", "1.200 – 1.800 (forventet 1.500)"),
                        new HearingNote.AnswerLine(1, "Er der lægefaglige specialer, der ikke er beskrevet?", "Klinisk fysiologi")))));

        for (String text : java.util.List.of(pdfText(pdf(note, DA)), docxText(docx(note, DA)))) {
            inOrder(text, "Svarene på høringens spørgsmål",
                    "Dansk Cardiologisk Selskab", "Arvelig hjertesygdom", "Hvad er det forventede antal WGS/år?", "1.200 – 1.800 (forventet 1.500)",
                    "Klinisk fysiologi",
                    "Dansk Pædiatrisk Selskab", "Primær immundefekt", "40 – 60 (forventet 50)",
                    "Høringssvarene og NGC’s bemærkninger");
        }
        // Without a questions form the part is not there at all.
        assertThat(pdfText(pdf(base, DA))).doesNotContain("Svarene på høringens spørgsmål");
    }
}
