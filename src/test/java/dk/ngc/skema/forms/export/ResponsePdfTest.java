package dk.ngc.skema.forms.export;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.forms.definition.Option;
import dk.ngc.skema.demo.PilotDelimitation;
import dk.ngc.skema.forms.definition.Section;
import dk.ngc.skema.forms.definition.Condition;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResponsePdfTest {

    private static final Locale DA = Locale.of("da");
    private static final ResponsePdf.Meta META = new ResponsePdf.Meta(
            "Skema til afgrænsning af patientgruppe i specialistnetværk", 1,
            "Børn og unge under 18 år med sjældne sygdomme", "Indsendt", "Birgitte Sørensen",
            Instant.parse("2021-05-03T10:15:00Z"), "Ærø Østergård");

    @Test
    void pilotDelimitationReadsBackWithItsAnswers() throws IOException {
        FormDefinition definition = FormJson.loadDefinition(PilotDelimitation.FORM);
        byte[] pdf = pdf(definition, PilotDelimitation.answers(), META, DA);

        Path file = Path.of("target", "screenshots", "pilot-delimitation.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);

        String text = text(pdf);
        assertThat(pdf).startsWith("%PDF".getBytes());
        assertThat(text)
                .contains("Skema til afgrænsning af patientgruppe i specialistnetværk")
                .contains("Version 1")
                .contains("Børn og unge under 18 år med sjældne sygdomme")
                .contains("Indsendt af", "Birgitte Sørensen")
                .contains("3. maj 2021 kl. 12:15") // 10:15 UTC is 12:15 summer time in Copenhagen
                .contains("Alle følgende skal være opfyldt")
                .contains("Mindst én af følgende")
                .contains("Region Nordjylland", "Aalborg UH", "MOMA")
                .contains("4.000 – 6.000 (forventet 5.000)")
                .contains("Patientperspektivet, fx via Den Landsdækkende")
                .contains("Side 1", "Side 2")
                .contains("Udskrevet af Ærø Østergård");
        // patientPerspective is not answered in the pilot
        assertThat(words(text)).contains("Patientperspektivet –");
        // static texts are not printed
        assertThat(text).doesNotContain("null");
    }

    @Test
    void rendersEveryTypeAndRespectsConditionsAndNotRelevant() throws IOException {
        FormDefinition definition = new FormDefinition("all-types", null, null, null, List.of(
                Section.of("basics", "Grundlæggende", "Basics",
                        Field.builder("amount", FieldType.DECIMAL).label("Beløb", "Amount").build(),
                        Field.builder("count", FieldType.INTEGER).label("Antal", "Count").build(),
                        Field.builder("agreed", FieldType.YES_NO).label("Enig", "Agreed").build(),
                        Field.builder("kind", FieldType.SINGLE_CHOICE).label("Type", "Kind")
                                .options(Option.of("new", "Ny gruppe", "New group"), Option.of("expansion", "Udvidelse", "Expansion")).build(),
                        Field.builder("expansionOf", FieldType.SHORT_TEXT).label("Udvidelse af", "Expansion of")
                                .visibleIf(Condition.equalTo("kind", "expansion")).build(),
                        Field.builder("areas", FieldType.MULTIPLE_CHOICE).label("Områder", "Areas")
                                .options(Option.of("a", "Børn", "Children"), Option.of("b", "Voksne", "Adults")).build(),
                        Field.builder("orgs", FieldType.ORGANISATIONS).label("Indstillere", "Nominators").orgTypes("region").build(),
                        Field.builder("contact", FieldType.CONTACT_PERSON).label("Kontaktperson", "Contact").build(),
                        Field.builder("start", FieldType.DATE).label("Start", "Start").build(),
                        Field.builder("skipped", FieldType.LONG_TEXT).label("Sprunget over", "Skipped").notRelevantAllowed().build(),
                        Field.builder("empty", FieldType.SHORT_TEXT).label("Tom", "Empty").build(),
                        Field.builder("note", FieldType.LONG_TEXT).label("Note", "Note").build(),
                        Field.builder("refs", FieldType.REFERENCES).label("Litteratur", "Literature").build(),
                        Field.builder("files", FieldType.FILE).label("Bilag", "Attachments").build()),
                Section.of("more", "Grupper og lister", "Groups and lists",
                        Field.builder("checks", FieldType.CHECKLIST).label("Tjekliste", "Checklist")
                                .options(Option.of("one", "Første punkt", "First item"), Option.of("two", "Andet punkt", "Second item"))
                                .allowExtraItems().build(),
                        Field.builder("items", FieldType.REPEATING_GROUP).label("Punkter", "Items").subFields(
                                Field.builder("title", FieldType.SHORT_TEXT).label("Titel", "Title").build(),
                                Field.builder("detail", FieldType.LONG_TEXT).label("Detaljer", "Details").notRelevantAllowed().build(),
                                Field.builder("why", FieldType.SHORT_TEXT).label("Hvorfor", "Why")
                                        .visibleIf(Condition.equalTo("title", "Anden")).build()).build()),
                Section.of("hidden", "Skjult afsnit", "Hidden section",
                        Field.builder("secret", FieldType.SHORT_TEXT).label("Hemmelig", "Secret").build())
                        .withVisibleIf(Condition.equalTo("agreed", false))));
        Answers answers = Answers.empty()
                .with("amount", new BigDecimal("1234.5"))
                .with("count", 60000)
                .with("agreed", true)
                .with("kind", "new")
                .with("expansionOf", "left behind")
                .with("areas", List.of("a", "b"))
                .with("orgs", List.of("region-nordjylland", "lvs-dsmg"))
                .with("contact", Map.of("name", "Anne Æbelø", "email", "anne@example.dk", "phone", "12345678"))
                .with("start", "2021-05-03")
                .markedNotRelevant("skipped", true)
                .with("refs", List.of(Map.of("citation", "Stranneheim H, et al. Genome Med 2021", "pubmed", "33726816")))
                .with("files", List.of(Map.of("id", "f1", "name", "bilag.pdf", "type", "application/pdf", "size", 2_500_000)))
                .with("note", "Alder ≥ 18 år → henvis til voksenklinik (β-thalassæmi)")
                .with("checks", Map.of("checked", List.of("two"), "extra", List.of("Eget punkt")))
                .with("items", List.of(Map.of("title", "Første", "why", "left behind"), Map.of("title", "Anden", "why", "Fordi")))
                .markedNotRelevant("items[1].detail", true)
                .with("secret", "hidden text");

        byte[] pdf = pdf(definition, answers, META, DA);
        Path file = Path.of("target", "screenshots", "all-types.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        String da = text(pdf);
        assertThat(words(da)).contains("Tom –", "1. Første", "2. Anden",
                "Titel Første Detaljer Ikke relevant for denne gruppe Titel Anden Detaljer – Hvorfor Fordi", "Første punkt Andet punkt Eget punkt (tilføjet)");
        assertThat(da)
                .contains("1.234,5", "60.000", "Ja", "Ny gruppe", "Børn", "Voksne")
                .contains("Region Nordjylland", "Dansk Selskab for Medicinsk Genetik")
                .contains("Anne Æbelø", "anne@example.dk", "tlf. 12345678")
                .contains("3. maj 2021")
                .contains("Ikke relevant for denne gruppe")
                .contains("Stranneheim H, et al. Genome Med 2021", "PubMed 33726816")
                .contains("bilag.pdf (2,4 MB)")
                .contains("Alder ≥ 18 år → henvis til voksenklinik (β-thalassæmi)") // outside WinAnsi: fallback font
                .doesNotContain("left behind", "Udvidelse af", "Skjult afsnit", "hidden text");

        String en = text(pdf(definition, answers, META, Locale.ENGLISH));
        assertThat(en).contains("1,234.5", "Yes", "New group", "Children", "Not relevant for this group", "3 May 2021", "Page 1");
    }

    private static byte[] pdf(FormDefinition definition, Answers answers, ResponsePdf.Meta meta, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> names = Map.of("region-nordjylland", "Region Nordjylland", "lvs-dsmg", "Dansk Selskab for Medicinsk Genetik");
        ResponsePdf.write(definition, answers, meta, locale, names::get, out);
        return out.toByteArray();
    }

    /** The text with every run of white space as one space: extraction breaks lines where the layout does. */
    static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static String text(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }
}
