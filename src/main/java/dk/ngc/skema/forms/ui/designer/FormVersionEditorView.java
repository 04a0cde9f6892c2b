package dk.ngc.skema.forms.ui.designer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.forms.ConcurrentEditException;
import dk.ngc.skema.forms.DefinitionRefusedException;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.FormVersionDocument;
import dk.ngc.skema.forms.FormVersionInfo;
import dk.ngc.skema.forms.FormVersionStatus;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.DefinitionEditor;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldEdits;
import dk.ngc.skema.forms.definition.FieldPlace;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.NumberInput;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.Section;
import dk.ngc.skema.forms.ui.FormRenderer;
import dk.ngc.skema.forms.ui.FormRendererFactory;
import dk.ngc.skema.forms.ui.criteria.CriteriaTreeEditor;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import tools.jackson.core.JacksonException;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form version. A draft is edited as a working copy of its {@link FormDefinition}: each edit is one
 * of {@link DefinitionEditor}'s pure operations, which returns the new copy (or refuses, and the
 * session's error handler says why), after which the view re-renders. An outline of sections and
 * fields on the left, the selected part's settings on the right, a JSON tab for the whole document,
 * and buttons to save (validated by {@link FormService}; refusals list each problem with its place),
 * preview with the one {@link FormRenderer}, and publish. A published or retired version is shown read-only.
 */
@Route(value = "skemadesign/version", layout = MainLayout.class)
@RolesAllowed(Roles.NGC)
public class FormVersionEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** Which part of the form the settings panel shows. */
    sealed interface Selection permits FormPart, SectionPart, FieldPart {
    }

    record FormPart() implements Selection {
    }

    record SectionPart(int section) implements Selection {
    }

    record FieldPart(FieldPlace at) implements Selection {
    }

    private static final List<String> ORG_TYPES = List.of("region", "lvs", "patients", "rkkp", "ngc", "other");
    private static final Pattern PLACE = Pattern.compile("^sections\\[(\\d+)](?:\\.fields\\[(\\d+)](?:\\.subFields\\[(\\d+)])?)?");

    private final FormService formService;
    private final FormRendererFactory rendererFactory;
    private final Div outline = new Div();
    private final Div detail = new Div();
    private final Div messages = new Div();
    private final TextArea json = new TextArea();
    private long versionId;
    private FormVersionDocument document;
    private FormDefinition working;
    private long lockVersion;
    private Selection selection = new FormPart();
    private String pageTitle = "";

    public FormVersionEditorView(FormService formService, FormRendererFactory rendererFactory) {
        this.formService = formService;
        this.rendererFactory = rendererFactory;
        addClassName("designer-editor");
        messages.setId("designer-messages");
        messages.setWidthFull();
        outline.setId("designer-outline");
        detail.setId("designer-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        versionId = id;
        load(formService.version(id));
    }

    private void load(FormVersionDocument loaded) {
        document = loaded;
        working = loaded.definition();
        lockVersion = loaded.lockVersion();
        selection = new FormPart();
        removeAll();
        messages.removeAll();
        FormVersionInfo info = loaded.info();
        pageTitle = info.title(getLocale()) + " (" + getTranslation("forms.version", info.number()) + ")";

        var back = new Anchor("skemadesign", getTranslation("forms.designer.editor.back"));
        back.setId("designer-back");
        var heading = new H1(info.title(getLocale()));
        heading.getStyle().set("margin-bottom", "0");
        var meta = new HorizontalLayout();
        meta.setAlignItems(FlexComponent.Alignment.CENTER);
        meta.add(new Span(getTranslation("forms.designer.editor.meta", info.formKey(), info.number(),
                getTranslation("forms.designer.createdBy", DanishTime.dateTime(info.createdAt(), getLocale()), info.createdBy()))),
                DesignerTexts.statusBadge(info.status(), getTranslation("forms.designer.status." + info.status().name())));
        add(back, heading, meta);
        if (info.status() == FormVersionStatus.DRAFT) {
            buildEditor();
        } else {
            buildReadOnly(info);
        }
    }

    // ------------------------------------------------------------------ draft: the editor

    private void buildEditor() {
        var save = new Button(getTranslation("forms.designer.save"), VaadinIcon.CHECK.create(), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("designer-save");
        var preview = new Button(getTranslation("forms.designer.preview"), VaadinIcon.EYE.create(), click -> preview());
        preview.setId("designer-preview");
        var publish = new Button(getTranslation("forms.designer.publish"), VaadinIcon.UPLOAD_ALT.create(), click -> confirmPublish());
        publish.addThemeVariants(ButtonVariant.SUCCESS);
        publish.setId("designer-publish");
        var actions = new HorizontalLayout(save, preview, publish);
        actions.addClassName("designer-actions");
        add(actions, messages);

        var content = new Div(outline, detail);
        content.getStyle().set("display", "grid").set("grid-template-columns", "minmax(15rem, 22rem) minmax(0, 1fr)")
                .set("gap", "var(--lumo-space-l, 1.5rem)").set("align-items", "start").set("width", "100%");
        outline.getStyle().set("position", "sticky").set("top", "0").set("max-height", "calc(100vh - 8rem)")
                .set("overflow", "auto").set("border-right", "1px solid var(--lumo-contrast-10pct, #ddd)")
                .set("padding-right", "var(--lumo-space-s, 0.5rem)");
        detail.getStyle().set("min-width", "0");

        json.setId("designer-json");
        json.setWidthFull();
        json.setMinHeight("30rem");
        json.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)").set("font-size", "0.85em");
        var apply = new Button(getTranslation("forms.designer.json.apply"), VaadinIcon.CHECK.create(), click -> applyJson());
        apply.setId("designer-json-apply");
        var jsonTab = new Div(new Paragraph(getTranslation("forms.designer.json.hint")), apply, json);
        jsonTab.setWidthFull();

        var tabs = new TabSheet();
        tabs.setId("designer-tabs");
        tabs.setWidthFull();
        var contentTab = tabs.add(getTranslation("forms.designer.tab.content"), content);
        contentTab.setId("designer-tab-content");
        var jsonTabTab = tabs.add(getTranslation("forms.designer.tab.json"), jsonTab);
        jsonTabTab.setId("designer-tab-json");
        tabs.addSelectedChangeListener(event -> {
            if (event.getSelectedTab() == jsonTabTab) {
                json.setValue(FormJson.writeDefinition(working));
                json.setInvalid(false);
            }
        });
        add(tabs);
        renderOutline();
        renderDetail();
    }

    private void renderOutline() {
        outline.removeAll();
        var heading = new Span(getTranslation("forms.designer.outline"));
        heading.getStyle().set("font-weight", "600").set("display", "block").set("margin-bottom", "0.25em");
        outline.add(heading);
        outline.add(outlineItem(getTranslation("forms.designer.outline.form"), new FormPart(), 0, null));
        for (int s = 0; s < working.sections().size(); s++) {
            Section section = working.sections().get(s);
            outline.add(outlineItem((s + 1) + ". " + orKey(section.title(), section.key()), new SectionPart(s), 0, null));
            for (int f = 0; f < section.fields().size(); f++) {
                Field field = section.fields().get(f);
                outline.add(outlineItem(fieldLabel(field), new FieldPart(FieldPlace.of(s, f)), 1, field.type()));
                for (int k = 0; k < field.subFields().size(); k++) {
                    Field sub = field.subFields().get(k);
                    outline.add(outlineItem(fieldLabel(sub), new FieldPart(FieldPlace.sub(s, f, k)), 2, sub.type()));
                }
            }
        }
        var addSection = new Button(getTranslation("forms.designer.addSection"), VaadinIcon.PLUS.create(), click -> addSection());
        addSection.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        addSection.setId("designer-add-section");
        outline.add(addSection);
    }

    private Button outlineItem(String text, Selection target, int indent, FieldType type) {
        var item = new Button(text, click -> select(target));
        item.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        item.addClassName("designer-outline-item");
        item.getElement().setAttribute("data-target", targetId(target));
        item.getStyle().set("display", "flex").set("justify-content", "flex-start").set("text-align", "left")
                .set("width", "100%").set("margin", "0").set("padding-left", (0.5 + indent * 1.25) + "em")
                .set("white-space", "normal").set("height", "auto").set("min-height", "var(--lumo-size-s, 1.875rem)");
        if (type != null) {
            item.setTooltipText(getTranslation("forms.designer.fieldType." + type.name()));
        }
        if (target instanceof SectionPart || target instanceof FormPart) {
            item.getStyle().set("font-weight", "600");
        }
        if (target.equals(selection)) {
            item.getStyle().set("background", "var(--lumo-primary-color-10pct, #e8f0fe)");
            item.getElement().setAttribute("aria-current", "true");
        }
        return item;
    }

    static String targetId(Selection target) {
        return switch (target) {
            case FormPart ignored -> "form";
            case SectionPart s -> "section-" + s.section();
            case FieldPart f -> "field-" + f.at().section() + "-" + f.at().field() + (f.at().isSub() ? "-" + f.at().sub() : "");
        };
    }

    private String fieldLabel(Field field) {
        LocalizedText text = field.type() == FieldType.STATIC_TEXT && LocalizedText.blank(field.label()) ? field.text() : field.label();
        String label = orKey(text, field.key());
        return label.length() > 60 ? label.substring(0, 57) + "…" : label;
    }

    private String orKey(LocalizedText text, String key) {
        return LocalizedText.blank(text) ? (key == null || key.isBlank() ? "?" : key) : text.get(getLocale());
    }

    void select(Selection target) {
        selection = target;
        renderOutline();
        renderDetail();
    }

    private void renderDetail() {
        detail.removeAll();
        switch (selection) {
            case FormPart ignored -> detail.add(formSettings());
            case SectionPart s -> detail.add(sectionSettings(s.section()));
            case FieldPart f -> detail.add(fieldSettings(f.at()));
        }
    }

    private void changed(FormDefinition next) {
        working = next;
    }

    /** Applies a setting to the selected field; the tree edit itself is {@link DefinitionEditor}'s. */
    private void editField(FieldPlace at, UnaryOperator<Field> change) {
        changed(DefinitionEditor.updateField(working, at, change));
    }

    private Section section(int s) {
        return DefinitionEditor.section(working, s);
    }

    private Field field(FieldPlace at) {
        return DefinitionEditor.field(working, at);
    }

    // --- the form itself

    private Component formSettings() {
        var panel = panel(getTranslation("forms.designer.outline.form"));
        var key = new TextField(getTranslation("forms.designer.form.key"), working.key(), "");
        key.setReadOnly(true);
        key.setHelperText(getTranslation("forms.designer.form.keyHelp"));
        var titleDa = text("forms.designer.form.titleDa", DesignerTexts.da(working.title()), "form-title-da",
                v -> changed(DefinitionEditor.withTitle(working, DesignerTexts.withDa(working.title(), v))));
        var titleEn = text("forms.designer.form.titleEn", DesignerTexts.en(working.title()), "form-title-en",
                v -> changed(DefinitionEditor.withTitle(working, DesignerTexts.withEn(working.title(), v))));
        var descriptionDa = area("forms.designer.form.descriptionDa", DesignerTexts.da(working.description()), "form-description-da",
                v -> changed(DefinitionEditor.withDescription(working, DesignerTexts.withDa(working.description(), v))));
        var descriptionEn = area("forms.designer.form.descriptionEn", DesignerTexts.en(working.description()), "form-description-en",
                v -> changed(DefinitionEditor.withDescription(working, DesignerTexts.withEn(working.description(), v))));
        panel.add(key, pair(titleDa, titleEn), pair(descriptionDa, descriptionEn));
        return panel;
    }

    // --- sections

    private Component sectionSettings(int s) {
        Section section = section(s);
        var panel = panel(getTranslation("forms.designer.section.heading", orKey(section.title(), section.key())));
        panel.add(moveButtons(s, working.sections().size(), delta -> {
            changed(DefinitionEditor.moveSection(working, s, delta));
            select(new SectionPart(s + delta));
        }, () -> {
            changed(DefinitionEditor.removeSection(working, s));
            select(new FormPart());
        }));
        var key = text("forms.designer.section.key", nullToEmpty(section.key()), "section-key", v -> {
            changed(DefinitionEditor.withSectionKey(working, s, DesignerTexts.blankToNull(v)));
            renderOutline();
        });
        key.setHelperText(getTranslation("forms.designer.field.keyHelp"));
        var titleDa = text("forms.designer.section.titleDa", DesignerTexts.da(section.title()), "section-title-da", v -> {
            changed(DefinitionEditor.withSectionTitle(working, s, DesignerTexts.withDa(section(s).title(), v)));
            renderOutline();
        });
        var titleEn = text("forms.designer.section.titleEn", DesignerTexts.en(section.title()), "section-title-en",
                v -> changed(DefinitionEditor.withSectionTitle(working, s, DesignerTexts.withEn(section(s).title(), v))));
        var helpDa = area("forms.designer.section.helpDa", DesignerTexts.da(section.help()), "section-help-da",
                v -> changed(DefinitionEditor.withSectionHelp(working, s, DesignerTexts.withDa(section(s).help(), v))));
        var helpEn = area("forms.designer.section.helpEn", DesignerTexts.en(section.help()), "section-help-en",
                v -> changed(DefinitionEditor.withSectionHelp(working, s, DesignerTexts.withEn(section(s).help(), v))));
        var extra = checkbox("forms.designer.section.allowExtraItems", section.allowExtraItems(), "section-allow-extra",
                v -> changed(DefinitionEditor.withSectionAllowExtraItems(working, s, v)));
        var condition = new ConditionEditor(getTranslation("forms.designer.condition.label"), topLevelChoices(), section.visibleIf(),
                c -> changed(DefinitionEditor.withSectionVisibleIf(working, s, c)));
        condition.setId("section-condition");
        panel.add(key, pair(titleDa, titleEn), pair(helpDa, helpEn), extra, condition);

        panel.add(new H3(getTranslation("forms.designer.section.fields")));
        var list = new UnorderedList();
        for (int f = 0; f < section.fields().size(); f++) {
            list.add(fieldLink(section.fields().get(f), FieldPlace.of(s, f)));
        }
        var addField = new Button(getTranslation("forms.designer.addField"), VaadinIcon.PLUS.create(), click -> {
            changed(DefinitionEditor.addField(working, s, DefinitionEditor.newField(working, LocalizedText.da(getTranslation("forms.designer.field.new")))));
            select(new FieldPart(FieldPlace.of(s, section(s).fields().size() - 1)));
        });
        addField.setId("designer-add-field");
        panel.add(list, addField);
        return panel;
    }

    private void addSection() {
        changed(DefinitionEditor.addSection(working, DefinitionEditor.newSection(working, LocalizedText.da(getTranslation("forms.designer.section.new")))));
        select(new SectionPart(working.sections().size() - 1));
    }

    /** A field in a list of the section's fields or the group's sub-fields: its label opens it. */
    private ListItem fieldLink(Field field, FieldPlace at) {
        var open = new Button(fieldLabel(field), click -> select(new FieldPart(at)));
        open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return new ListItem(open, new Span(" " + field.key() + " · " + getTranslation("forms.designer.fieldType." + field.type())));
    }

    // --- fields

    private Component fieldSettings(FieldPlace at) {
        Field field = field(at);
        var panel = panel(at.isSub()
                ? getTranslation("forms.designer.field.subHeading", orKey(field(at.group()).label(), field(at.group()).key()), fieldLabel(field))
                : getTranslation("forms.designer.field.heading", fieldLabel(field)));
        var moves = moveButtons(at.index(), DefinitionEditor.siblings(working, at).size(), delta -> {
            changed(DefinitionEditor.moveField(working, at, delta));
            select(new FieldPart(at.withIndex(at.index() + delta)));
        }, () -> {
            changed(DefinitionEditor.removeField(working, at));
            select(at.isSub() ? new FieldPart(at.group()) : new SectionPart(at.section()));
        });
        if (at.isSub()) {
            var back = new Button(getTranslation("forms.designer.field.backToGroup", orKey(field(at.group()).label(), field(at.group()).key())),
                    VaadinIcon.ARROW_BACKWARD.create(), click -> select(new FieldPart(at.group())));
            back.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            moves.addComponentAsFirst(back);
        }
        panel.add(moves);

        var key = text("forms.designer.field.key", nullToEmpty(field.key()), "field-key", v -> {
            editField(at, f -> FieldEdits.withKey(f, DesignerTexts.blankToNull(v)));
            renderOutline();
        });
        key.setHelperText(getTranslation("forms.designer.field.keyHelp"));
        var type = new Select<FieldType>();
        type.setLabel(getTranslation("forms.designer.field.type"));
        type.setItems(Arrays.stream(FieldType.values()).filter(t -> !at.isSub() || t != FieldType.REPEATING_GROUP).toList());
        type.setItemLabelGenerator(t -> getTranslation("forms.designer.fieldType." + t.name()));
        type.setValue(field.type());
        type.setId("field-type");
        type.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                changed(DefinitionEditor.withFieldType(working, at, event.getValue()));
                renderOutline();
                renderDetail();
            }
        });
        panel.add(pair(key, type));

        var labelDa = text("forms.designer.field.labelDa", DesignerTexts.da(field.label()), "field-label-da", v -> {
            editField(at, f -> FieldEdits.withLabel(f, DesignerTexts.withDa(f.label(), v)));
            renderOutline();
        });
        var labelEn = text("forms.designer.field.labelEn", DesignerTexts.en(field.label()), "field-label-en",
                v -> editField(at, f -> FieldEdits.withLabel(f, DesignerTexts.withEn(f.label(), v))));
        var helpDa = area("forms.designer.field.helpDa", DesignerTexts.da(field.help()), "field-help-da",
                v -> editField(at, f -> FieldEdits.withHelp(f, DesignerTexts.withDa(f.help(), v))));
        var helpEn = area("forms.designer.field.helpEn", DesignerTexts.en(field.help()), "field-help-en",
                v -> editField(at, f -> FieldEdits.withHelp(f, DesignerTexts.withEn(f.help(), v))));
        panel.add(pair(labelDa, labelEn), pair(helpDa, helpEn));

        if (field.type() != FieldType.STATIC_TEXT) {
            var required = checkbox("forms.designer.field.required", field.required(), "field-required",
                    v -> editField(at, f -> FieldEdits.withRequired(f, v)));
            var notRelevant = checkbox("forms.designer.field.notRelevantAllowed", field.notRelevantAllowed(), "field-not-relevant",
                    v -> editField(at, f -> FieldEdits.withNotRelevantAllowed(f, v)));
            var checks = new HorizontalLayout(required, notRelevant);
            checks.setWrap(true);
            panel.add(checks);
        }
        panel.add(typeSettings(at, field));

        var condition = new ConditionEditor(getTranslation("forms.designer.condition.label"), conditionChoices(at), field.visibleIf(),
                c -> editField(at, f -> FieldEdits.withVisibleIf(f, c)));
        condition.setId("field-condition");
        panel.add(condition);
        return panel;
    }

    private Component typeSettings(FieldPlace at, Field field) {
        var settings = new Div();
        settings.setWidthFull();
        switch (field.type()) {
            case SHORT_TEXT, LONG_TEXT -> settings.add(integer("forms.designer.field.maxLength", field.maxLength(), "field-max-length",
                    v -> editField(at, f -> FieldEdits.withMaxLength(f, v))));
            case INTEGER, DECIMAL, NUMBER_RANGE -> settings.add(pair(
                    decimal("forms.designer.field.min", field.min(), "field-min", v -> editField(at, f -> FieldEdits.withMin(f, v))),
                    decimal("forms.designer.field.max", field.max(), "field-max", v -> editField(at, f -> FieldEdits.withMax(f, v)))));
            case SINGLE_CHOICE, MULTIPLE_CHOICE, CHECKLIST -> {
                settings.add(new OptionsEditor(getTranslation("forms.designer.field.options"), getTranslation("forms.designer.option.add"),
                        field.options(), options -> editField(at, f -> FieldEdits.withOptions(f, options))));
                if (field.type() == FieldType.MULTIPLE_CHOICE) {
                    settings.add(integer("forms.designer.field.minCount", field.minCount(), "field-min-count",
                            v -> editField(at, f -> FieldEdits.withMinCount(f, v))));
                }
                if (field.type() == FieldType.CHECKLIST) {
                    settings.add(checkbox("forms.designer.field.allowExtraItems", field.allowExtraItems(), "field-allow-extra",
                            v -> editField(at, f -> FieldEdits.withAllowExtraItems(f, v))));
                }
            }
            case ORGANISATIONS -> {
                var orgTypes = new MultiSelectComboBox<String>(getTranslation("forms.designer.field.orgTypes"));
                List<String> items = new ArrayList<>(ORG_TYPES);
                field.orgTypes().stream().filter(t -> !items.contains(t)).forEach(items::add);
                orgTypes.setItems(items);
                orgTypes.setItemLabelGenerator(t -> ORG_TYPES.contains(t) ? getTranslation("organisation.type." + t.toUpperCase(Locale.ROOT)) + " (" + t + ")" : t);
                orgTypes.setValue(new LinkedHashSet<>(field.orgTypes()));
                orgTypes.setWidth("28rem");
                orgTypes.setId("field-org-types");
                orgTypes.addValueChangeListener(event -> {
                    List<String> chosen = ORG_TYPES.stream().filter(event.getValue()::contains).toList();
                    editField(at, f -> FieldEdits.withOrgTypes(f, chosen));
                });
                settings.add(pair(orgTypes, integer("forms.designer.field.minCount", field.minCount(), "field-min-count",
                        v -> editField(at, f -> FieldEdits.withMinCount(f, v)))));
            }
            case REGION_MATRIX -> settings.add(new OptionsEditor(getTranslation("forms.designer.field.columns"), getTranslation("forms.designer.option.addColumn"),
                    field.columns(), columns -> editField(at, f -> FieldEdits.withColumns(f, columns))));
            case REPEATING_GROUP -> {
                settings.add(pair(
                        integer("forms.designer.field.minRows", field.minRows(), "field-min-rows", v -> editField(at, f -> FieldEdits.withMinRows(f, v))),
                        integer("forms.designer.field.maxRows", field.maxRows(), "field-max-rows", v -> editField(at, f -> FieldEdits.withMaxRows(f, v)))));
                settings.add(new H3(getTranslation("forms.designer.field.subFields")));
                var list = new UnorderedList();
                for (int k = 0; k < field.subFields().size(); k++) {
                    list.add(fieldLink(field.subFields().get(k), at.subField(k)));
                }
                var addSub = new Button(getTranslation("forms.designer.addSubField"), VaadinIcon.PLUS.create(), click -> {
                    changed(DefinitionEditor.addSubField(working, at,
                            DefinitionEditor.newSubField(working, at, LocalizedText.da(getTranslation("forms.designer.field.newSub")))));
                    select(new FieldPart(at.subField(field(at).subFields().size() - 1)));
                });
                addSub.setId("designer-add-sub-field");
                settings.add(list, addSub);
            }
            case FILE -> {
                var types = text("forms.designer.field.allowedTypes", String.join(", ", field.allowedTypes()), "field-allowed-types", v -> {
                    List<String> parsed = Arrays.stream(v.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
                    editField(at, f -> FieldEdits.withAllowedTypes(f, parsed));
                });
                var maxBytes = integer("forms.designer.field.maxMegabytes",
                        field.maxBytes() == null ? null : (int) Math.max(1, field.maxBytes() / (1024 * 1024)), "field-max-bytes",
                        v -> editField(at, f -> FieldEdits.withMaxBytes(f, v == null ? null : v * 1024L * 1024L)));
                settings.add(pair(types, maxBytes));
            }
            case CRITERIA_TREE -> {
                var criteria = new CriteriaTreeEditor(getTranslation("forms.designer.field.defaultCriteria"));
                criteria.setId("field-default-criteria");
                criteria.setWidthFull();
                criteria.setValue(field.defaultCriteria());
                criteria.addValueChangeListener(event -> editField(at, f -> FieldEdits.withDefaultCriteria(f, event.getValue())));
                settings.add(criteria);
            }
            case STATIC_TEXT -> settings.add(pair(
                    area("forms.designer.field.textDa", DesignerTexts.da(field.text()), "field-text-da", v -> {
                        editField(at, f -> FieldEdits.withText(f, DesignerTexts.withDa(f.text(), v)));
                        renderOutline();
                    }),
                    area("forms.designer.field.textEn", DesignerTexts.en(field.text()), "field-text-en",
                            v -> editField(at, f -> FieldEdits.withText(f, DesignerTexts.withEn(f.text(), v))))));
            default -> {
            }
        }
        return settings;
    }

    private List<ConditionEditor.FieldChoice> topLevelChoices() {
        return working.sections().stream().flatMap(section -> section.fields().stream())
                .filter(field -> field.key() != null && field.type() != FieldType.STATIC_TEXT)
                .map(this::choice).toList();
    }

    /** A sub-field may ask about its row's other fields and about the form's fields; a field about the other fields. */
    private List<ConditionEditor.FieldChoice> conditionChoices(FieldPlace at) {
        List<ConditionEditor.FieldChoice> choices = new ArrayList<>();
        String own = field(at).key();
        if (at.isSub()) {
            field(at.group()).subFields().stream().filter(sub -> sub.key() != null && !sub.key().equals(own))
                    .map(this::choice).forEach(choices::add);
        }
        topLevelChoices().stream().filter(choice -> at.isSub() || !choice.key().equals(own)).forEach(choices::add);
        return choices;
    }

    private ConditionEditor.FieldChoice choice(Field field) {
        return new ConditionEditor.FieldChoice(field.key(), LocalizedText.blank(field.label()) ? null : field.label().get(getLocale()),
                field.type(), field.type() == FieldType.REGION_MATRIX ? List.of() : field.options());
    }

    // --- small builders

    private VerticalLayout panel(String heading) {
        var panel = new VerticalLayout();
        panel.setPadding(false);
        panel.addClassName("designer-panel");
        var title = new H2(heading);
        title.getStyle().set("margin-top", "0").set("font-size", "var(--lumo-font-size-xl, 1.375rem)");
        panel.add(title);
        return panel;
    }

    private HorizontalLayout moveButtons(int index, int count, Consumer<Integer> move, Runnable remove) {
        var up = new Button(getTranslation("forms.designer.moveUp"), VaadinIcon.ARROW_UP.create(), click -> move.accept(-1));
        up.setEnabled(index > 0);
        up.addClassName("designer-move-up");
        var down = new Button(getTranslation("forms.designer.moveDown"), VaadinIcon.ARROW_DOWN.create(), click -> move.accept(1));
        down.setEnabled(index < count - 1);
        down.addClassName("designer-move-down");
        var delete = new Button(getTranslation("forms.designer.remove"), VaadinIcon.TRASH.create(), click -> remove.run());
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClassName("designer-remove");
        for (Button button : List.of(up, down, delete)) {
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        }
        var layout = new HorizontalLayout(up, down, delete);
        layout.setSpacing(false);
        return layout;
    }

    private HorizontalLayout pair(Component first, Component second) {
        var layout = new HorizontalLayout(first, second);
        layout.setWidthFull();
        layout.setWrap(true);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        for (Component component : List.of(first, second)) {
            component.getElement().getStyle().set("flex", "1 1 18rem");
        }
        return layout;
    }

    private TextField text(String labelKey, String value, String className, Consumer<String> onChange) {
        var field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.addClassName(className);
        field.addValueChangeListener(event -> onChange.accept(event.getValue()));
        return field;
    }

    private TextArea area(String labelKey, String value, String className, Consumer<String> onChange) {
        var field = new TextArea(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.addClassName(className);
        field.setMaxHeight("12rem");
        field.addValueChangeListener(event -> onChange.accept(event.getValue()));
        return field;
    }

    private Checkbox checkbox(String labelKey, boolean value, String className, Consumer<Boolean> onChange) {
        var box = new Checkbox(getTranslation(labelKey), value);
        box.addClassName(className);
        box.addValueChangeListener(event -> onChange.accept(Boolean.TRUE.equals(event.getValue())));
        return box;
    }

    /** A whole-number setting, read exactly: an input that cannot be read is refused on the field and changes nothing. */
    private TextField integer(String labelKey, Integer value, String className, Consumer<Integer> onChange) {
        return number(labelKey, value == null ? null : BigDecimal.valueOf(value), className, true, number -> {
            if (number != null && (number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                    || number.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0)) {
                return NumberInput.Reason.TOO_LARGE;
            }
            onChange.accept(number == null ? null : number.intValueExact());
            return null;
        });
    }

    private TextField decimal(String labelKey, BigDecimal value, String className, Consumer<BigDecimal> onChange) {
        return number(labelKey, value, className, false, number -> {
            onChange.accept(number);
            return null;
        });
    }

    /**
     * A text field read by {@link NumberInput}, not the browser's number field, which silently dropped what it could
     * not read ("1e9" became 19). {@code accept} takes the number, or returns why it cannot be used.
     */
    private TextField number(String labelKey, BigDecimal value, String className, boolean whole,
                             java.util.function.Function<BigDecimal, NumberInput.Reason> accept) {
        var field = new TextField(getTranslation(labelKey));
        field.setValue(NumberInput.format(value, getLocale()));
        field.addClassName(className);
        field.setWidth("14rem");
        field.getElement().setAttribute("inputmode", whole ? "numeric" : "decimal");
        field.addValueChangeListener(event -> {
            NumberInput.Result result = NumberInput.parse(event.getValue(), whole, getLocale());
            NumberInput.Reason refused = result.ok() ? accept.apply(result.value()) : result.refused();
            field.setErrorMessage(refused == null ? null : getTranslation("forms.number." + refused.name(), event.getValue().strip()));
            field.setInvalid(refused != null);
        });
        return field;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    // --- save, preview, publish, JSON

    /** Saves the working copy; true when saved. A refusal lists the problems and saves nothing. */
    boolean save() {
        messages.removeAll();
        try {
            FormVersionDocument saved = formService.saveDraftVersion(versionId, working, lockVersion);
            document = saved;
            lockVersion = saved.lockVersion();
            working = saved.definition();
            Notification.show(getTranslation("forms.designer.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            return true;
        } catch (DefinitionRefusedException e) {
            messages.add(DesignerTexts.problemList(getTranslation("forms.designer.problems.heading", e.problems().size()), e.problems(),
                    getLocale(), this::goToPlace));
        } catch (ConcurrentEditException e) {
            showConflict(e.arguments().length > 0 ? String.valueOf(e.arguments()[0]) : "?");
        } catch (ObjectOptimisticLockingFailureException e) {
            showConflict("?");
        } catch (Refusal e) {
            messages.add(DesignerTexts.message(getTranslation(e.messageKey(), e.arguments())));
        }
        return false;
    }

    private void showConflict(String who) {
        var box = DesignerTexts.message(getTranslation("forms.designer.conflict", who));
        box.addClassName("designer-conflict");
        var reload = new Button(getTranslation("forms.designer.reload"), VaadinIcon.REFRESH.create(), click -> load(formService.version(versionId)));
        reload.setId("designer-reload");
        box.add(reload);
        messages.add(box);
    }

    /** Selects the part of the form a problem's place names, e.g. {@code sections[2].fields[4].options[1]}. */
    private void goToPlace(String place) {
        Matcher matcher = PLACE.matcher(place == null ? "" : place);
        if (!matcher.find()) {
            select(new FormPart());
            return;
        }
        int s = Integer.parseInt(matcher.group(1));
        if (s >= working.sections().size()) {
            return;
        }
        if (matcher.group(2) == null) {
            select(new SectionPart(s));
            return;
        }
        int f = Integer.parseInt(matcher.group(2));
        if (f >= working.sections().get(s).fields().size()) {
            return;
        }
        int k = matcher.group(3) == null ? -1 : Integer.parseInt(matcher.group(3));
        if (k >= working.sections().get(s).fields().get(f).subFields().size()) {
            k = -1;
        }
        select(new FieldPart(new FieldPlace(s, f, k)));
    }

    private void preview() {
        var dialog = new Dialog();
        dialog.setId("designer-preview-dialog");
        dialog.setHeaderTitle(getTranslation("forms.designer.preview.heading", working.title() == null ? "" : working.title().get(getLocale())));
        dialog.setWidth("min(64rem, 96vw)");
        dialog.setHeight("90vh");
        dialog.add(new Paragraph(getTranslation("forms.designer.preview.note")));
        try {
            FormRenderer renderer = rendererFactory.create(formService.withCurrentOptions(working), Answers.empty(), null, getLocale(), answers -> {
            });
            dialog.add(renderer);
        } catch (RuntimeException e) {
            dialog.add(DesignerTexts.message(getTranslation("forms.designer.preview.failed", FormJson.firstLine(e.getMessage()))));
        }
        var close = new Button(getTranslation("forms.designer.close"), click -> dialog.close());
        close.setId("designer-preview-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void confirmPublish() {
        var dialog = new Dialog();
        dialog.setId("designer-publish-dialog");
        dialog.setHeaderTitle(getTranslation("forms.designer.publish.heading", document.info().number()));
        dialog.setMaxWidth("36rem");
        dialog.add(new Paragraph(getTranslation("forms.designer.publish.text")));
        var cancel = new Button(getTranslation("forms.designer.cancel"), click -> dialog.close());
        var confirm = new Button(getTranslation("forms.designer.publish.confirm"), click -> {
            dialog.close();
            publish();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        confirm.setId("designer-publish-confirm");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** Saves, then publishes; shows the version read-only afterwards. */
    void publish() {
        if (!save()) {
            return;
        }
        try {
            FormVersionInfo published = formService.publish(versionId);
            Notification.show(getTranslation("forms.designer.published", published.number()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            load(formService.version(versionId));
        } catch (DefinitionRefusedException e) {
            messages.add(DesignerTexts.problemList(getTranslation("forms.designer.problems.heading", e.problems().size()), e.problems(),
                    getLocale(), this::goToPlace));
        } catch (Refusal e) {
            messages.add(DesignerTexts.message(getTranslation(e.messageKey(), e.arguments())));
        }
    }

    /** Replaces the working copy with the JSON tab's document; reports unreadable JSON in the user's language. */
    void applyJson() {
        messages.removeAll();
        try {
            FormDefinition parsed = FormJson.readDefinition(json.getValue());
            working = parsed;
            json.setInvalid(false);
            selection = new FormPart();
            renderOutline();
            renderDetail();
            Notification.show(getTranslation("forms.designer.json.applied"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (JacksonException e) {
            String error = e.getLocation() != null && e.getLocation().getLineNr() > 0
                    ? getTranslation("forms.designer.json.errorAt", e.getLocation().getLineNr(), e.getLocation().getColumnNr(),
                    FormJson.firstLine(e.getOriginalMessage()))
                    : getTranslation("forms.designer.json.error", FormJson.firstLine(e.getOriginalMessage()));
            showJsonError(error);
        } catch (RuntimeException e) {
            showJsonError(getTranslation("forms.designer.json.error", FormJson.firstLine(e.getMessage())));
        }
    }

    private void showJsonError(String error) {
        json.setErrorMessage(error);
        json.setInvalid(true);
        messages.add(DesignerTexts.message(error));
    }

    // ------------------------------------------------------------------ published or retired: read-only

    private void buildReadOnly(FormVersionInfo info) {
        add(new Paragraph(getTranslation("forms.designer.readOnly", getTranslation("forms.designer.status." + info.status().name()).toLowerCase(getLocale()))));
        var newVersion = new Button(getTranslation("forms.designer.newVersion"), VaadinIcon.COPY_O.create(), click -> {
            try {
                FormVersionInfo draft = formService.newDraftFrom(versionId);
                getUI().ifPresent(ui -> ui.navigate(FormVersionEditorView.class, draft.id()));
            } catch (Refusal e) {
                messages.add(DesignerTexts.message(getTranslation(e.messageKey(), e.arguments())));
            }
        });
        newVersion.addThemeVariants(ButtonVariant.PRIMARY);
        newVersion.setId("designer-new-version");
        var preview = new Button(getTranslation("forms.designer.preview"), VaadinIcon.EYE.create(), click -> preview());
        preview.setId("designer-preview");
        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = formService.exportDefinition(info.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), info.formKey() + "-v" + info.number() + ".json", "application/json", bytes.length);
        }), getTranslation("forms.designer.exportJson"));
        export.getElement().setAttribute("download", true);
        var actions = new HorizontalLayout(newVersion, preview, export);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(actions, messages);

        var summary = new Div();
        summary.setId("designer-summary");
        summary.setWidthFull();
        if (working.description() != null) {
            summary.add(new Paragraph(working.description().get(getLocale())));
        }
        for (int s = 0; s < working.sections().size(); s++) {
            Section section = working.sections().get(s);
            summary.add(new H2((s + 1) + ". " + orKey(section.title(), section.key())));
            if (section.visibleIf() != null) {
                summary.add(new Paragraph(getTranslation("forms.designer.summary.showIf", DesignerTexts.describe(section.visibleIf(), this::getTranslation))));
            }
            var list = new UnorderedList();
            for (Field field : section.fields()) {
                list.add(summaryItem(field));
            }
            summary.add(list);
        }
        add(summary);
    }

    private ListItem summaryItem(Field field) {
        var item = new ListItem();
        var label = new Span(fieldLabel(field));
        label.getStyle().set("font-weight", "500");
        List<String> facts = new ArrayList<>();
        facts.add(field.key());
        facts.add(getTranslation("forms.designer.fieldType." + field.type().name()));
        if (field.required()) {
            facts.add(getTranslation("forms.designer.summary.required"));
        }
        if (field.visibleIf() != null) {
            facts.add(getTranslation("forms.designer.summary.showIf", DesignerTexts.describe(field.visibleIf(), this::getTranslation)));
        }
        var meta = new Span(" — " + String.join(" · ", facts));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color, #666)");
        item.add(label, meta);
        if (!field.subFields().isEmpty()) {
            var subs = new UnorderedList();
            field.subFields().forEach(sub -> subs.add(summaryItem(sub)));
            item.add(subs);
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " – " + getTranslation("forms.designer.heading") + " – " + getTranslation("base.app.name");
    }

}
