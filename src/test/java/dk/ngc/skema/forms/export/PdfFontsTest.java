package dk.ngc.skema.forms.export;

import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.demo.PilotDelimitation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A character no font of the PDFs has is shown as a box, not silently left out of the printout. */
class PdfFontsTest {

    private static final String MISSING = "\u25A1";

    @Test
    void anEmojiInAResponseTitleIsPrintedAsABoxAndTheRestAsTyped() throws IOException {
        var meta = new ResponsePdf.Meta("Afgrænsning 🧬", 1, "Børn med sjældne sygdomme 😀 og β-thalassæmi", "Indsendt",
                "Birgitte Sørensen", Instant.parse("2021-05-03T10:15:00Z"), "Ærø 👍🏽 Østergård");
        var out = new ByteArrayOutputStream();
        ResponsePdf.write(FormJson.loadDefinition(PilotDelimitation.FORM), PilotDelimitation.answers(), meta, Locale.of("da"), out);
        String text = ResponsePdfTest.words(ResponsePdfTest.text(out.toByteArray()));

        assertThat(text).contains("Afgrænsning " + MISSING, "Børn med sjældne sygdomme " + MISSING + " og β-thalassæmi",
                "Ærø " + MISSING + " Østergård");
    }

    @Test
    void anEmojiInATableDocumentIsPrintedAsABox() throws IOException {
        var report = new TablePdf.Report("Kvittering ✅ 🎉", List.of("Familien 👨‍👩‍👧 er med"), List.of("Titel", "Kontakt"),
                new float[]{1, 1}, List.of(List.of("Hjerte ❤️ sygdomme", "Anne 🙂")), "Ingen", List.of(), "Side", false);
        String text = ResponsePdfTest.words(ResponsePdfTest.text(TablePdf.bytes(report, Locale.of("da"))));

        assertThat(text).contains("Familien " + MISSING + " er med", "Anne " + MISSING);
        assertThat(text).containsPattern("Kvittering \\S \\S").containsPattern("Hjerte \\S sygdomme");
    }

    @Test
    void printableTextIsLeftAlone() {
        var font = new PdfFonts().body.getBaseFont();
        assertThat(PdfFonts.printable("Æble, øl og å – ≥ 18 år → β", font)).isEqualTo("Æble, øl og å – ≥ 18 år → β");
        assertThat(PdfFonts.printable("a😀\uFE0Fb👨\u200D👩\u200D👧c", font)).isEqualTo("a" + MISSING + "b" + MISSING + "c");
    }
}
