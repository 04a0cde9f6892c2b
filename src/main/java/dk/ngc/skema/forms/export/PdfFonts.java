package dk.ngc.skema.forms.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import org.jspecify.annotations.Nullable;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The colours and fonts of the PDF documents ({@link ResponsePdf} sizes its own): Helvetica (WinAnsi, not embedded),
 * falling back to OpenPDF's Liberation Sans (embedded as a subset) for characters outside WinAnsi.
 */
final class PdfFonts {

    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color LABEL = new Color(0x1F, 0x2D, 0x3D);
    static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    static final Color RULE = new Color(0xC8, 0xD3, 0xE0);
    static final Color HEADER_TINT = new Color(0xE1, 0xE8, 0xF0);

    private static final BaseFont FALLBACK = fallback();
    final Font title = font(BaseFont.HELVETICA_BOLD, 18, INK);
    final Font subtitle = font(BaseFont.HELVETICA_BOLD, 12, ACCENT);
    final Font body = font(BaseFont.HELVETICA, 10, INK);
    final Font muted = font(BaseFont.HELVETICA, 9.5f, MUTED);
    final Font small = font(BaseFont.HELVETICA, 8, MUTED);
    final Font table = font(BaseFont.HELVETICA, 8.5f, INK);
    final Font tableHeader = font(BaseFont.HELVETICA_BOLD, 8.5f, LABEL);

    static Font font(String name, float size, Color color) {
        try {
            return new Font(BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED), size, Font.NORMAL, color);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable BaseFont fallback() {
        try {
            return BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | RuntimeException missing) {
            return null;
        }
    }

    /** The text in the font, switching to the fallback font for characters the font lacks. */
    static Phrase phrase(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return new Phrase(new Chunk("", font));
        }
        FontSelector selector = new FontSelector();
        selector.addFont(font);
        if (FALLBACK != null) {
            boolean bold = font.getBaseFont().getPostscriptFontName().contains("Bold");
            selector.addFont(new Font(FALLBACK, font.getSize(), bold ? Font.BOLD : Font.NORMAL, font.getColor()));
        }
        Phrase phrase = selector.process(text);
        return phrase.isEmpty() ? new Phrase(new Chunk("", font)) : phrase;
    }

}
