package dk.ngc.skema.network;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.Messages;
import dk.ngc.skema.forms.export.NonClosingOutputStream;
import dk.ngc.skema.forms.export.PdfFonts;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static dk.ngc.skema.forms.export.PdfFonts.phrase;

/**
 * The appointment letter (udpegningsbrev) as an A4 PDF (OpenPDF) in Danish or English: who is appointed to which
 * network by which organisation, in which seat, from when; the network's patient groups and tasks; signed by NGC as
 * the network's chair.
 */
final class AppointmentLetterPdf {

    private static final float MARGIN = 64;

    record Letter(String networkDa, String networkEn, List<GroupRef> groups, SeatKind seat, String organisation, String person,
                  @Nullable String email, LocalDate startsOn, @Nullable LocalDate endedOn, String appointedBy, Instant appointedAt) {
    }

    private AppointmentLetterPdf() {
    }

    static byte[] bytes(Letter letter, Locale locale) {
        var out = new ByteArrayOutputStream();
        PdfFonts fonts = new PdfFonts();
        Font heading = PdfFonts.font(BaseFont.HELVETICA_BOLD, 12, PdfFonts.ACCENT);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, new NonClosingOutputStream(out));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            String network = "en".equals(locale.getLanguage()) ? letter.networkEn() : letter.networkDa();
            String title = text(locale, "network.letter.title", network);
            document.addTitle(title);
            document.addCreator("Skema");
            document.open();
            add(document, text(locale, "network.letter.sender"), fonts.muted, 18);
            add(document, DanishTime.date(letter.startsOn(), locale), fonts.muted, 18);
            add(document, title, fonts.title, 12);
            add(document, text(locale, "network.letter.to", letter.person()) + (letter.email() == null ? "" : " (" + letter.email() + ")"),
                    fonts.body, 10);
            add(document, text(locale, "network.letter.body", letter.organisation(), letter.person(), network,
                    text(locale, "network.seat." + letter.seat().name()), DanishTime.date(letter.startsOn(), locale)), fonts.body, 10);
            if (letter.endedOn() != null) {
                add(document, text(locale, "network.letter.ended", DanishTime.date(letter.endedOn(), locale)), fonts.body, 10);
            }
            add(document, text(locale, "network.letter.groups"), heading, 4);
            add(document, letter.groups().stream().map(group -> "• " + group.name(locale)).collect(Collectors.joining("\n")), fonts.body, 10);
            add(document, text(locale, "network.letter.tasksHeading"), heading, 4);
            add(document, text(locale, "network.letter.tasks"), fonts.body, 10);
            add(document, text(locale, "network.letter.membership"), fonts.body, 18);
            add(document, text(locale, "network.letter.closing"), fonts.body, 4);
            add(document, text(locale, "network.letter.signature"), fonts.body, 18);
            add(document, text(locale, "network.letter.recorded", letter.appointedBy(), DanishTime.dateTime(letter.appointedAt(), locale)),
                    fonts.small, 0);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The appointment letter could not be written", e);
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
