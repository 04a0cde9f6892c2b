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
 *
 * <p>A character neither font has (an emoji in a title, a rare script) would otherwise vanish without trace, so
 * the reader could not tell that the printout differs from what was typed. {@link #phrase} shows it as
 * {@value #MISSING} instead (one box per emoji, including its variation selector, skin tone and joined parts).
 * Every text of the documents goes through {@link #phrase}, so this is the one place the rule lives; public for the
 * other features' documents (the hearing note), which keep to the same fonts and colours.
 */
public final class PdfFonts {

    public static final Color INK = new Color(0x22, 0x22, 0x22);
    public static final Color LABEL = new Color(0x1F, 0x2D, 0x3D);
    public static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    public static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    public static final Color RULE = new Color(0xC8, 0xD3, 0xE0);
    public static final Color HEADER_TINT = new Color(0xE1, 0xE8, 0xF0);

    private static final BaseFont FALLBACK = fallback();

    /** What a character that no font can print is shown as: a white square, which Liberation Sans has. */
    public static final String MISSING = "\u25A1";
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    public final Font title = font(BaseFont.HELVETICA_BOLD, 18, INK);
    public final Font subtitle = font(BaseFont.HELVETICA_BOLD, 12, ACCENT);
    public final Font body = font(BaseFont.HELVETICA, 10, INK);
    public final Font muted = font(BaseFont.HELVETICA, 9.5f, MUTED);
    public final Font small = font(BaseFont.HELVETICA, 8, MUTED);
    public final Font table = font(BaseFont.HELVETICA, 8.5f, INK);
    public final Font tableHeader = font(BaseFont.HELVETICA_BOLD, 8.5f, LABEL);

    public static Font font(String name, float size, Color color) {
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

    /**
     * The text with every character that neither {@code font} nor the fallback can print replaced by {@link #MISSING}.
     * Invisible companions of such a character (variation selectors, zero-width joiners, skin-tone modifiers and the
     * characters an emoji sequence joins on) add no further box.
     */
    public static String printable(String text, BaseFont font) {
        StringBuilder out = null;
        boolean lastMissing = false;
        boolean joining = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean companion = c == ZERO_WIDTH_JOINER || isVariationSelector(c) || (c >= 0x1F3FB && c <= 0x1F3FF)
                    || Character.getType(c) == Character.FORMAT;
            boolean keep = companion ? !lastMissing && printable(c, font) : printable(c, font);
            if (!keep && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (keep) {
                if (out != null) {
                    out.appendCodePoint(c);
                }
                lastMissing = false;
                joining = false;
            } else if (companion) {
                joining = lastMissing && c == ZERO_WIDTH_JOINER;
            } else {
                if (!(lastMissing && joining)) {
                    out.append(MISSING);
                }
                lastMissing = true;
                joining = false;
            }
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }

    private static boolean printable(int c, BaseFont font) {
        return c == '\n' || c == '\r' || c == '\t' || Character.isWhitespace(c) || font.charExists(c)
                || (FALLBACK != null && FALLBACK.charExists(c));
    }

    private static boolean isVariationSelector(int c) {
        return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
    }

    /** The text in the font, switching to the fallback font for characters the font lacks. */
    public static Phrase phrase(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return new Phrase(new Chunk("", font));
        }
        text = printable(text, font.getBaseFont());
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
