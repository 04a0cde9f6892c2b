package dk.ngc.skema.forms.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.CriteriaRenderer;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.Option;
import dk.ngc.skema.forms.definition.Regions;
import dk.ngc.skema.forms.definition.Section;
import dk.ngc.skema.forms.definition.Values;
import dk.ngc.skema.forms.definition.Visibility;
import org.jspecify.annotations.Nullable;

import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import static dk.ngc.skema.forms.export.PdfFonts.ACCENT;
import static dk.ngc.skema.forms.export.PdfFonts.HEADER_TINT;
import static dk.ngc.skema.forms.export.PdfFonts.INK;
import static dk.ngc.skema.forms.export.PdfFonts.LABEL;
import static dk.ngc.skema.forms.export.PdfFonts.MUTED;
import static dk.ngc.skema.forms.export.PdfFonts.RULE;
import static dk.ngc.skema.forms.export.PdfFonts.font;
import static dk.ngc.skema.forms.export.PdfFonts.phrase;

/**
 * A filled-in response as a clean A4 PDF, for reading, printing, attaching to a hearing or a case
 * presentation: a heading with the form title and version, the response title, status and submission,
 * then every section with every field a respondent could see, as label and answer.
 *
 * <p>What is shown follows the same rule as validation: a section or field whose {@code visibleIf}
 * does not hold for the answers is left out (sub-fields of a repeating group are tested against
 * {@link Answers#inRow(Map) the row}); static texts carry no answer and are left out too. Answers are
 * rendered per {@link FieldType}: numbers in the locale's style ("1.234,5" in Danish), number ranges as
 * "4.000 – 6.000 (forventet 5.000)", yes/no as "Ja"/"Nej", choices by their option labels, organisations
 * by the name the caller's resolver gives (else the code), repeating groups as numbered blocks, region
 * matrices as a table, criteria trees as the indented sentences of {@link CriteriaRenderer}, checklists as
 * ticked/unticked boxes plus the respondent's own rows. A field marked not relevant reads "Ikke relevant
 * for denne gruppe"; an unanswered one "–". Times are shown in Europe/Copenhagen.
 *
 * <p>Text is set in the PDF standard font Helvetica (WinAnsi, so æ, ø, å, –, • print without embedding);
 * any character outside WinAnsi a respondent typed (≥, Greek letters ...) falls back to Liberation Sans,
 * which OpenPDF ships and which is embedded as a subset only when needed. Pure Java: no Spring, no Vaadin.
 */
public final class ResponsePdf {

    /** The time zone the platform's users live in; all times in the document are shown in it. */

    /**
     * What the document says about the response besides its answers.
     *
     * @param formTitle     the form's title in the reader's language
     * @param versionNumber the published version of the form the response answers
     * @param responseTitle e.g. the patient group or nomination title
     * @param status        the response status, already localised ("Indsendt")
     * @param submittedBy   the name of who submitted it; null when not submitted
     * @param submittedAt   when it was submitted; null when not submitted
     * @param generatedBy   the name of who asked for the document (shown in the footer); may be null
     */
    public record Meta(String formTitle, int versionNumber, @Nullable String responseTitle, String status, @Nullable String submittedBy,
                       @Nullable Instant submittedAt, @Nullable String generatedBy) {
    }

    private static final float MARGIN_SIDE = 56;
    private static final float MARGIN_TOP = 58;
    private static final float MARGIN_BOTTOM = 62;
    private static final float STEP = 14;

    /** The background of a repeating group's row heading; the other colours are {@link PdfFonts}'. */
    private static final Color TINT = new Color(0xEE, 0xF2, 0xF7);

    private ResponsePdf() {
    }

    /** As {@link #write(FormDefinition, Answers, Meta, Locale, Function, OutputStream)}, showing organisations by code. */
    public static void write(FormDefinition definition, Answers answers, Meta meta, Locale locale, OutputStream out) {
        write(definition, answers, meta, locale, code -> code, out);
    }

    /**
     * Writes the PDF to {@code out} (which is not closed).
     *
     * @param locale           the reader's language: labels, option texts, yes/no, number and date formats
     * @param organisationName the display name of an organisation code; may return null (then the code is shown)
     */
    public static void write(FormDefinition definition, Answers answers, Meta meta, Locale locale,
                             Function<String, @Nullable String> organisationName, OutputStream out) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(out, "out");
        Locale language = locale == null ? Locale.of("da") : locale;
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, new NonClosingOutputStream(out));
            Texts texts = new Texts(language);
            Fonts fonts = new Fonts();
            writer.setPageEvent(new Frame(meta, texts, fonts));
            document.addTitle(nonNull(meta.formTitle()) + " – " + nonNull(meta.responseTitle()));
            document.addCreator("Skema");
            if (meta.generatedBy() != null) {
                document.addAuthor(meta.generatedBy());
            }
            document.open();
            new Renderer(document, writer, answers == null ? Answers.empty() : answers, language, texts, fonts,
                    organisationName == null ? code -> code : organisationName).render(definition, meta);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the response PDF", e);
        }
    }

    /** The page furniture: a running head from page 2, a rule and "Side n" in the footer. */
    private static final class Frame extends PdfPageEventHelper {
        private final Meta meta;
        private final Texts texts;
        private final Fonts fonts;

        Frame(Meta meta, Texts texts, Fonts fonts) {
            this.meta = meta;
            this.texts = texts;
            this.fonts = fonts;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float left = document.left();
            float right = document.right();
            float footerY = document.bottom() - 30;
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(left, footerY + 12);
            canvas.lineTo(right, footerY + 12);
            canvas.stroke();
            canvas.restoreState();
            String generated = meta.generatedBy() == null || meta.generatedBy().isBlank() ? ""
                    : texts.generatedBy() + " " + meta.generatedBy();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase(generated, fonts.small), left, footerY, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    phrase(texts.page() + " " + writer.getPageNumber(), fonts.small), right, footerY, 0);
            if (writer.getPageNumber() > 1) {
                String head = nonNull(meta.formTitle()) + (isBlank(meta.responseTitle()) ? "" : " – " + meta.responseTitle());
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase(head, fonts.small), left,
                        document.top() + 22, 0);
            }
        }
    }

    /** Walks the form and adds its elements to the document. */
    private static final class Renderer {
        private final Document document;
        private final PdfWriter writer;
        private final Answers answers;
        private final Locale locale;
        private final Texts texts;
        private final Function<String, String> organisationName;
        private final Fonts fonts;
        private final float width;
        private Image ticked;
        private Image unticked;

        Renderer(Document document, PdfWriter writer, Answers answers, Locale locale, Texts texts, Fonts fonts,
                 Function<String, String> organisationName) {
            this.fonts = fonts;
            this.document = document;
            this.writer = writer;
            this.answers = answers;
            this.locale = locale;
            this.texts = texts;
            this.organisationName = organisationName;
            this.width = document.right() - document.left();
        }

        void render(FormDefinition definition, Meta meta) {
            heading(meta);
            for (Section section : definition.sections()) {
                if (Visibility.shown(section, answers)) {
                    section(section);
                }
            }
        }

        private void heading(Meta meta) {
            Paragraph title = paragraph(nonNull(meta.formTitle()), fonts.title, 0);
            title.setLeading(24);
            add(title);
            Paragraph version = paragraph(texts.version() + " " + meta.versionNumber(), fonts.muted, 0);
            version.setSpacingAfter(10);
            add(version);
            if (!isBlank(meta.responseTitle())) {
                Paragraph response = paragraph(meta.responseTitle(), fonts.subtitle, 0);
                response.setLeading(19);
                response.setSpacingAfter(8);
                add(response);
            }
            PdfPTable facts = new PdfPTable(new float[]{1, 3.2f});
            facts.setWidthPercentage(100);
            fact(facts, texts.status(), meta.status());
            if (meta.submittedAt() != null || !isBlank(meta.submittedBy())) {
                fact(facts, texts.submittedBy(), meta.submittedBy());
                fact(facts, texts.submittedAt(), meta.submittedAt() == null ? null : texts.dateTime(meta.submittedAt()));
            } else {
                fact(facts, texts.submittedAt(), texts.notSubmitted());
            }
            facts.setSpacingAfter(4);
            add(facts);
            rule(1.2f, ACCENT, 2);
        }

        private void fact(PdfPTable table, String label, String value) {
            PdfPCell key = cell(phrase(label, fonts.label), false);
            PdfPCell text = cell(phrase(isBlank(value) ? "–" : value, fonts.body), false);
            for (PdfPCell cell : List.of(key, text)) {
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setPaddingLeft(0);
                cell.setPaddingTop(1);
                cell.setPaddingBottom(3);
                table.addCell(cell);
            }
        }

        private void section(Section section) {
            List<Field> shown = section.fields().stream()
                    .filter(field -> field.type() != FieldType.STATIC_TEXT)
                    .filter(field -> Visibility.shown(field, answers))
                    .toList();
            List<Map<String, Object>> extra = section.allowExtraItems() ? answers.rows(section.extraItemsKey()) : List.of();
            if (shown.isEmpty() && extra.isEmpty()) {
                return;
            }
            Paragraph title = paragraph(text(section.title(), section.key()), fonts.section, 0);
            title.setSpacingBefore(16);
            title.setLeading(17);
            add(title);
            rule(0.6f, RULE, 3);
            for (Field field : shown) {
                field(field, answers.get(field.key()), answers.isNotRelevant(field.key()), answers, 0);
            }
            for (Map<String, Object> item : extra) {
                label(Objects.toString(item.get("title"), ""), 0);
                answerText(item.get("text"), 0);
            }
        }

        private void field(Field field, Object value, boolean notRelevant, Answers scope, float indent) {
            label(text(field.label(), field.key()), indent);
            if (notRelevant) {
                answer(phrase(texts.notRelevant(), fonts.mutedItalic), indent);
                return;
            }
            if (Values.blank(value)) {
                answer(phrase("–", fonts.muted), indent);
                return;
            }
            switch (field.type()) {
                case SHORT_TEXT, LONG_TEXT -> answerText(value, indent);
                case INTEGER, DECIMAL -> answerLine(value instanceof Number n ? texts.number(n) : String.valueOf(value), indent);
                case NUMBER_RANGE -> answerLine(range(value), indent);
                case DATE -> answerLine(texts.date(String.valueOf(value)), indent);
                case SINGLE_CHOICE -> answerLine(optionLabel(field, String.valueOf(value)), indent);
                case MULTIPLE_CHOICE -> bullets(strings(value).stream().map(v -> optionLabel(field, v)).toList(), indent);
                case YES_NO -> answerLine(value instanceof Boolean b ? (b ? texts.yes() : texts.no()) : String.valueOf(value), indent);
                case ORGANISATIONS -> bullets(strings(value).stream().map(this::organisation).toList(), indent);
                case CONTACT_PERSON -> contact(value, indent);
                case REFERENCES -> references(value, indent);
                case REPEATING_GROUP -> rows(field, value, scope, indent);
                case REGION_MATRIX -> matrix(field, value, indent);
                case FILE -> files(value, indent);
                case CRITERIA_TREE -> criteria(value, indent);
                case CHECKLIST -> checklist(field, value, indent);
                case STATIC_TEXT -> { }
                case null -> answerLine(String.valueOf(value), indent);
            }
        }

        // ---- per type -------------------------------------------------------------------------------

        private String range(Object value) {
            Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of();
            String low = part(map.get("low"));
            String expected = part(map.get("expected"));
            String high = part(map.get("high"));
            String span;
            if (low != null && high != null) {
                span = low + " – " + high;
            } else if (low != null) {
                span = texts.from() + " " + low;
            } else if (high != null) {
                span = texts.upTo() + " " + high;
            } else {
                return expected == null ? "–" : expected;
            }
            return expected == null ? span : span + " (" + texts.expected() + " " + expected + ")";
        }

        private String part(Object value) {
            if (value instanceof Number n) {
                return texts.number(n);
            }
            return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
        }

        private String optionLabel(Field field, String value) {
            return field.option(value).map(option -> text(option.label(), value)).orElse(value);
        }

        private String organisation(String code) {
            String name = organisationName.apply(code);
            return isBlank(name) ? code : name;
        }

        private void contact(Object value, float indent) {
            Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of();
            List<String> lines = new ArrayList<>();
            if (!Values.blank(map.get("name"))) {
                lines.add(String.valueOf(map.get("name")));
            }
            if (!Values.blank(map.get("organisation"))) {
                lines.add(organisation(String.valueOf(map.get("organisation"))));
            }
            List<String> reach = new ArrayList<>();
            if (!Values.blank(map.get("email"))) {
                reach.add(String.valueOf(map.get("email")));
            }
            if (!Values.blank(map.get("phone"))) {
                reach.add(texts.phone() + " " + map.get("phone"));
            }
            if (!reach.isEmpty()) {
                lines.add(String.join("  ·  ", reach));
            }
            answerLine(String.join("\n", lines), indent);
        }

        private void references(Object value, float indent) {
            List<?> list = value instanceof List<?> l ? l : List.of();
            int number = 0;
            for (Object element : list) {
                if (!(element instanceof Map<?, ?> row)) {
                    continue;
                }
                number++;
                List<String> ids = new ArrayList<>();
                if (!Values.blank(row.get("doi"))) {
                    ids.add("DOI " + row.get("doi"));
                }
                if (!Values.blank(row.get("pubmed"))) {
                    ids.add("PubMed " + row.get("pubmed"));
                }
                if (!Values.blank(row.get("url"))) {
                    ids.add(String.valueOf(row.get("url")));
                }
                Phrase phrase = new Phrase();
                phrase.add(phrase(number + ".  ", fonts.body));
                if (!Values.blank(row.get("citation"))) {
                    phrase.add(phrase(String.valueOf(row.get("citation")), fonts.body));
                    if (!ids.isEmpty()) {
                        phrase.add(phrase("\n" + String.join("  ·  ", ids), fonts.muted));
                    }
                } else {
                    phrase.add(phrase(String.join("  ·  ", ids), fonts.body));
                }
                hanging(phrase, indent, 14);
            }
        }

        private void rows(Field field, Object value, Answers scope, float indent) {
            List<?> list = value instanceof List<?> l ? l : List.of();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> raw)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> row = (Map<String, Object>) raw;
                Answers rowScope = scope.inRow(row);
                block(blockTitle(field, row, i + 1), indent);
                String path = field.key() + "[" + (i + 1) + "].";
                for (Field sub : field.subFields()) {
                    if (sub.type() == FieldType.STATIC_TEXT || !Visibility.shown(sub, rowScope)) {
                        continue;
                    }
                    field(sub, row.get(sub.key()), scope.isNotRelevant(path + sub.key()), rowScope, indent + STEP);
                }
            }
        }

        /** "1. Børn med mistanke om ..." from the row's first short text, else "Indikationer 1". */
        private String blockTitle(Field group, Map<String, Object> row, int number) {
            for (Field sub : group.subFields()) {
                if (sub.type() == FieldType.SHORT_TEXT && row.get(sub.key()) instanceof String s && !s.isBlank()) {
                    return number + ". " + s;
                }
            }
            return number + ". " + text(group.label(), group.key());
        }

        private void block(String title, float indent) {
            PdfPTable table = table(new float[]{1}, indent);
            PdfPCell cell = cell(phrase(title, fonts.blockTitle), false);
            cell.setBackgroundColor(TINT);
            cell.setBorder(Rectangle.LEFT);
            cell.setBorderColorLeft(ACCENT);
            cell.setBorderWidthLeft(2.5f);
            cell.setPaddingLeft(7);
            cell.setPaddingTop(4);
            cell.setPaddingBottom(6);
            table.addCell(cell);
            table.setSpacingBefore(10);
            table.setSpacingAfter(1);
            add(table);
        }

        private void matrix(Field field, Object value, float indent) {
            Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of();
            List<Option> columns = field.columns();
            float[] widths = new float[columns.size() + 1];
            widths[0] = 1.25f;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = 1;
            }
            PdfPTable table = table(widths, indent);
            table.setHeaderRows(1);
            table.setSpacingBefore(4);
            table.setSpacingAfter(2);
            table.addCell(headerCell(texts.region()));
            for (Option column : columns) {
                table.addCell(headerCell(text(column.label(), column.value())));
            }
            for (Option region : Regions.ALL) {
                Map<?, ?> cells = map.get(region.value()) instanceof Map<?, ?> c ? c : Map.of();
                PdfPCell name = cell(phrase(text(region.label(), region.value()), fonts.tableLabel), true);
                table.addCell(name);
                for (Option column : columns) {
                    Object cellValue = cells.get(column.value());
                    table.addCell(cell(Values.blank(cellValue) ? phrase("–", fonts.tableMuted)
                            : phrase(String.valueOf(cellValue), fonts.table), true));
                }
            }
            add(table);
        }

        private PdfPCell headerCell(String text) {
            PdfPCell cell = cell(phrase(text, fonts.tableHeader), true);
            cell.setBackgroundColor(HEADER_TINT);
            return cell;
        }

        private void files(Object value, float indent) {
            List<String> names = new ArrayList<>();
            for (Object element : value instanceof List<?> l ? l : List.of()) {
                if (element instanceof Map<?, ?> file) {
                    String name = Objects.toString(file.get("name"), "");
                    names.add(file.get("size") instanceof Number size ? name + " (" + texts.size(size) + ")" : name);
                }
            }
            bullets(names, indent);
        }

        private void criteria(Object value, float indent) {
            CriteriaNode tree;
            try {
                tree = value instanceof Map<?, ?> map ? CriteriaNode.fromMap(map) : null;
            } catch (RuntimeException notATree) {
                tree = null;
            }
            if (tree == null) {
                answerLine(String.valueOf(value), indent);
                return;
            }
            boolean first = true;
            for (CriteriaRenderer.Line line : CriteriaRenderer.render(tree, locale).lines()) {
                float at = indent + line.depth() * STEP;
                Phrase phrase = new Phrase();
                if (line.depth() > 0) {
                    phrase.add(phrase("•  ", line.group() ? fonts.bodyBold : fonts.body));
                }
                phrase.add(phrase(line.text(), line.group() ? fonts.bodyBold : fonts.body));
                Paragraph paragraph = hanging(phrase, at, line.depth() > 0 ? 9 : 0);
                paragraph.setSpacingBefore(first ? 1 : (line.group() ? 3 : 1));
                first = false;
            }
        }

        private void checklist(Field field, Object value, float indent) {
            Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of();
            List<String> checked = strings(map.get("checked"));
            for (Option option : field.options()) {
                box(checked.contains(option.value()), phrase(text(option.label(), option.value()), fonts.body), indent);
            }
            for (Object extra : map.get("extra") instanceof List<?> l ? l : List.of()) {
                if (!Values.blank(extra)) {
                    Phrase phrase = phrase(String.valueOf(extra), fonts.body);
                    phrase.add(phrase("  (" + texts.added() + ")", fonts.muted));
                    box(true, phrase, indent);
                }
            }
        }

        private void box(boolean on, Phrase text, float indent) {
            Phrase phrase = new Phrase();
            phrase.add(new Chunk(on ? ticked() : unticked(), 0, -1.5f));
            phrase.add(new Chunk("  ", fonts.body));
            phrase.add(text);
            Paragraph paragraph = hanging(phrase, indent, 14);
            paragraph.setSpacingBefore(1.5f);
        }

        private Image ticked() {
            if (ticked == null) {
                ticked = boxImage(true);
            }
            return ticked;
        }

        private Image unticked() {
            if (unticked == null) {
                unticked = boxImage(false);
            }
            return unticked;
        }

        private Image boxImage(boolean on) {
            float size = 8.5f;
            PdfTemplate template = writer.getDirectContent().createTemplate(size, size);
            template.setLineWidth(0.7f);
            template.setColorStroke(on ? ACCENT : MUTED);
            template.rectangle(0.5f, 0.5f, size - 1, size - 1);
            template.stroke();
            if (on) {
                template.setLineWidth(1.3f);
                template.setColorStroke(ACCENT);
                template.moveTo(1.9f, 4.4f);
                template.lineTo(3.6f, 2.3f);
                template.lineTo(6.8f, 6.8f);
                template.stroke();
            }
            try {
                return Image.getInstance(template);
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }

        // ---- building blocks ------------------------------------------------------------------------

        private void label(String text, float indent) {
            Paragraph label = paragraph(text, fonts.label, indent);
            label.setSpacingBefore(8);
            label.setLeading(12);
            add(label);
        }

        private void answer(Phrase phrase, float indent) {
            Paragraph paragraph = new Paragraph(phrase);
            paragraph.setLeading(13.5f);
            paragraph.setIndentationLeft(indent);
            paragraph.setSpacingBefore(1);
            add(paragraph);
        }

        private void answerText(Object value, float indent) {
            answerLine(value == null ? "–" : String.valueOf(value).strip(), indent);
        }

        private void answerLine(String text, float indent) {
            answer(phrase(text, fonts.body), indent);
        }

        private void bullets(List<String> items, float indent) {
            for (String item : items) {
                Phrase phrase = new Phrase();
                phrase.add(phrase("•  ", fonts.body));
                phrase.add(phrase(item, fonts.body));
                Paragraph paragraph = hanging(phrase, indent, 9);
                paragraph.setSpacingBefore(1);
            }
        }

        /** A paragraph whose wrapped lines start {@code hang} points in, under the text after a bullet. */
        private Paragraph hanging(Phrase phrase, float indent, float hang) {
            Paragraph paragraph = new Paragraph(phrase);
            paragraph.setLeading(13.5f);
            paragraph.setIndentationLeft(indent + hang);
            paragraph.setFirstLineIndent(-hang);
            add(paragraph);
            return paragraph;
        }

        private Paragraph paragraph(String text, Font font, float indent) {
            Paragraph paragraph = new Paragraph(phrase(text, font));
            paragraph.setIndentationLeft(indent);
            return paragraph;
        }

        /** A horizontal rule across the text column (a bordered empty table row: exact width, no font metrics). */
        private void rule(float thickness, Color color, float after) {
            PdfPTable line = new PdfPTable(1);
            line.setWidthPercentage(100);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColorBottom(color);
            cell.setBorderWidthBottom(thickness);
            cell.setFixedHeight(4);
            cell.setPadding(0);
            line.addCell(cell);
            line.setSpacingAfter(after);
            add(line);
        }

        /** A table as wide as the text column minus the indent, flush right. */
        private PdfPTable table(float[] widths, float indent) {
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100 * (width - indent) / width);
            table.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.setSplitLate(false);
            return table;
        }

        private PdfPCell cell(Phrase phrase, boolean bordered) {
            PdfPCell cell = new PdfPCell(phrase);
            cell.setPadding(4);
            cell.setPaddingTop(3);
            cell.setPaddingBottom(5);
            cell.setLeading(0, 1.2f);
            if (bordered) {
                cell.setBorderColor(RULE);
                cell.setBorderWidth(0.5f);
            } else {
                cell.setBorder(Rectangle.NO_BORDER);
            }
            return cell;
        }

        private String text(LocalizedText text, String fallback) {
            return LocalizedText.blank(text) ? fallback : text.get(locale);
        }

        private void add(Element element) {
            try {
                document.add(element);
            } catch (DocumentException e) {
                throw new IllegalStateException("Could not write the response PDF", e);
            }
        }
    }

    /**
     * The fonts in use, in the colours of {@link PdfFonts}: Helvetica in WinAnsi, with Liberation Sans for anything
     * WinAnsi cannot print ({@link PdfFonts#phrase}). Sizes differ from the table documents', hence its own set.
     */
    private static final class Fonts {
        final Font title = font(BaseFont.HELVETICA_BOLD, 18, INK);
        final Font subtitle = font(BaseFont.HELVETICA_BOLD, 13, ACCENT);
        final Font section = font(BaseFont.HELVETICA_BOLD, 13, ACCENT);
        final Font blockTitle = font(BaseFont.HELVETICA_BOLD, 10, LABEL);
        final Font label = font(BaseFont.HELVETICA_BOLD, 9.5f, LABEL);
        final Font body = font(BaseFont.HELVETICA, 10, INK);
        final Font bodyBold = font(BaseFont.HELVETICA_BOLD, 10, INK);
        final Font muted = font(BaseFont.HELVETICA, 9.5f, MUTED);
        final Font mutedItalic = font(BaseFont.HELVETICA_OBLIQUE, 10, MUTED);
        final Font small = font(BaseFont.HELVETICA, 8, MUTED);
        final Font table = font(BaseFont.HELVETICA, 8.5f, INK);
        final Font tableMuted = font(BaseFont.HELVETICA, 8.5f, MUTED);
        final Font tableLabel = font(BaseFont.HELVETICA_BOLD, 8.5f, INK);
        final Font tableHeader = font(BaseFont.HELVETICA_BOLD, 8.5f, LABEL);
    }

    /** The document's own words and formats in Danish or English. */
    private record Texts(Locale locale) {

        boolean english() {
            return "en".equals(locale.getLanguage());
        }

        private String t(String da, String en) {
            return english() ? en : da;
        }

        String version() { return "Version"; }
        String status() { return "Status"; }
        String submittedBy() { return t("Indsendt af", "Submitted by"); }
        String submittedAt() { return t("Indsendt", "Submitted"); }
        String notSubmitted() { return t("Ikke indsendt", "Not submitted"); }
        String generatedBy() { return t("Udskrevet af", "Printed by"); }
        String page() { return t("Side", "Page"); }
        String notRelevant() { return t("Ikke relevant for denne gruppe", "Not relevant for this group"); }
        String yes() { return t("Ja", "Yes"); }
        String no() { return t("Nej", "No"); }
        String expected() { return t("forventet", "expected"); }
        String from() { return t("fra", "from"); }
        String upTo() { return t("op til", "up to"); }
        String region() { return "Region"; }
        String phone() { return t("tlf.", "tel."); }
        String added() { return t("tilføjet", "added"); }

        private Locale formatLocale() {
            return english() ? Locale.UK : Locale.of("da", "DK");
        }

        String number(Number number) {
            NumberFormat format = NumberFormat.getInstance(formatLocale());
            format.setMaximumFractionDigits(10);
            return format.format(number instanceof BigDecimal ? number : new BigDecimal(number.toString()));
        }

        String size(Number bytes) {
            double value = bytes.doubleValue();
            NumberFormat format = NumberFormat.getInstance(formatLocale());
            format.setMaximumFractionDigits(1);
            if (value < 1024 * 1024) {
                return format.format(Math.max(1, Math.round(value / 1024))) + " kB";
            }
            return format.format(value / (1024 * 1024)) + " MB";
        }

        String date(String iso) {
            try {
                return DanishTime.date(LocalDate.parse(iso), locale);
            } catch (DateTimeParseException notADate) {
                return iso;
            }
        }

        String dateTime(Instant instant) {
            return DanishTime.written(instant, locale);
        }
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().filter(Objects::nonNull).map(String::valueOf).toList() : List.of();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

}
