package dk.ngc.skema.qualification;

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
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.forms.export.NonClosingOutputStream;
import dk.ngc.skema.forms.export.PdfFonts;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import static dk.ngc.skema.forms.export.PdfFonts.phrase;

/**
 * The case presentation as an A4 PDF (OpenPDF) in Danish or English, in the look of Skema's other PDFs: the round's
 * funnel, then each consolidated group with its nominations and results, the estimate, the societies' qualification
 * answers, what NGC took in, and NGC's notes on principles 3 and 4; last the expansions of selected groups.
 */
final class CasePresentationPdf {

    private static final float MARGIN = 56;

    private CasePresentationPdf() {
    }

    /** Writes the PDF to {@code out}, which is flushed, not closed. */
    static void write(CasePresentation presentation, Locale locale, OutputStream out) {
        PdfFonts fonts = new PdfFonts();
        Font heading = PdfFonts.font(BaseFont.HELVETICA_BOLD, 13, PdfFonts.ACCENT);
        Font label = PdfFonts.font(BaseFont.HELVETICA_BOLD, 10, PdfFonts.LABEL);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, new NonClosingOutputStream(out));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            String title = text(locale, "qualification.case.title", presentation.roundName());
            document.addTitle(title);
            document.addCreator("Skema");
            document.open();
            add(document, title, fonts.title, 6);
            add(document, presentation.draft() ? text(locale, "qualification.case.draft")
                    : text(locale, "qualification.case.released", DanishTime.dateTime(presentation.releasedAt(), locale),
                    presentation.releasedBy() == null ? DanishTime.NONE : presentation.releasedBy()), fonts.muted, 10);
            CasePresentation.Funnel funnel = presentation.funnel();
            add(document, text(locale, "qualification.case.funnelHeading"), heading, 4);
            add(document, text(locale, "qualification.case.funnel", funnel.nominations(), funnel.aNominations(), funnel.groups(),
                    funnel.expansions()), fonts.body, 8);
            for (CasePresentation.CaseGroup group : presentation.groups()) {
                add(document, group.name(), heading, 4);
                if (group.description() != null) {
                    add(document, group.description(), fonts.body, 4);
                }
                add(document, text(locale, "qualification.case.societies", String.join(", ", group.societies())), fonts.body, 4);
                add(document, text(locale, "qualification.case.estimate", WgsRange.text(group.estimate(), locale), WgsRange.text(group.summed(), locale))
                        + (group.adjustedReason() == null ? "" : " " + text(locale, "qualification.case.adjusted", group.adjustedReason())),
                        fonts.body, 6);
                add(document, text(locale, "qualification.case.nominations"), label, 2);
                for (CasePresentation.CaseNomination nomination : group.nominations()) {
                    add(document, "• " + text(locale, "qualification.case.nomination",
                            nomination.receiptNumber() == null ? nomination.title() : nomination.receiptNumber() + " " + nomination.title(),
                            String.join(", ", nomination.parties()), nomination.result(), WgsRange.text(nomination.wgsPerYear(), locale)), fonts.body, 2);
                }
                add(document, text(locale, "qualification.case.answers"), label, 2);
                if (group.answers().isEmpty()) {
                    add(document, text(locale, "qualification.case.noAnswers"), fonts.muted, 2);
                }
                for (SocietyAnswer answer : group.answers()) {
                    add(document, "• " + answer.summary(locale), fonts.body, 2);
                }
                if (group.takenIn() != null) {
                    add(document, text(locale, "qualification.case.takenIn", group.takenIn().note(),
                            group.takenIn().addedSpecialties() == null ? DanishTime.NONE : group.takenIn().addedSpecialties()), fonts.body, 4);
                }
                add(document, text(locale, "qualification.case.socioEconomic"), label, 2);
                add(document, orNone(group.socioEconomic()), fonts.body, 4);
                add(document, text(locale, "qualification.case.broadEffect"), label, 2);
                add(document, orNone(group.broadEffect()), fonts.body, 10);
            }
            if (!presentation.expansions().isEmpty()) {
                add(document, text(locale, "qualification.case.expansions"), heading, 4);
                for (CasePresentation.CaseExpansion expansion : presentation.expansions()) {
                    add(document, expansion.code() + " " + expansion.name(), label, 2);
                    for (CasePresentation.CaseNomination nomination : expansion.nominations()) {
                        add(document, "• " + text(locale, "qualification.case.nomination", nomination.title(),
                                String.join(", ", nomination.parties()), nomination.result(), WgsRange.text(nomination.wgsPerYear(), locale)), fonts.body, 2);
                    }
                }
            }
            document.close();
            out.flush();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the case presentation", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(Document document, String text, Font font, float after) throws DocumentException {
        Paragraph paragraph = new Paragraph(phrase(text, font));
        paragraph.setSpacingAfter(after);
        document.add(paragraph);
    }

    private static String orNone(@Nullable String text) {
        return text == null ? DanishTime.NONE : text;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }
}
