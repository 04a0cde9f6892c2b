package dk.ngc.skema.hearing.note;

import java.io.OutputStream;
import java.util.Locale;

/**
 * The hearing note as a Word document (Apache POI, XWPF), in Danish or English, with the same content and order as
 * {@link HearingNotePdf}: real headings (Word's navigation pane and table of contents find them), each change of the
 * revision a bookmark that the points link to, so NGC can edit the note before it goes to the steering group.
 */
public final class HearingNoteDocx {

    private HearingNoteDocx() {
    }

    /** Writes the document to {@code out}, which is flushed, not closed. */
    public static void write(HearingNote note, Locale locale, OutputStream out) {
        throw new UnsupportedOperationException("coming");
    }
}
