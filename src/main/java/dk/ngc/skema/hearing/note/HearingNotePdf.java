package dk.ngc.skema.hearing.note;

import java.io.OutputStream;
import java.util.Locale;

/**
 * The hearing note as an A4 PDF (OpenPDF), in Danish or English: headings with bookmarks, each change of the
 * revision a destination that the points link to, and a box for a character no font has (an emoji) so the reader
 * sees that something is there.
 */
public final class HearingNotePdf {

    private HearingNotePdf() {
    }

    /** Writes the PDF to {@code out}, which is flushed, not closed. */
    public static void write(HearingNote note, Locale locale, OutputStream out) {
        throw new UnsupportedOperationException("coming");
    }
}
