package dk.ngc.skema.forms.ui.designer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.forms.DefinitionRefusedException;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.FormVersionInfo;
import dk.ngc.skema.forms.FormVersionStatus;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * NGC's list of every form version: open (edit a draft, read a published or retired one), start a new
 * version, export the definition as JSON, download the responses as CSV, and import a definition as a
 * new draft. All work is done by {@link FormService}; this view only shows and asks.
 */
@Route(value = "skemadesign", layout = MainLayout.class)
@RolesAllowed(Roles.NGC)
@Menu(order = 80, title = "forms.designer.nav", icon = "vaadin:tools")
public class FormDesignerView extends VerticalLayout implements HasDynamicTitle {

    private final FormService formService;
    private final Grid<FormVersionInfo> grid = new Grid<>();
    private final Div importMessages = new Div();
    private final Upload upload;

    public FormDesignerView(FormService formService) {
        this.formService = formService;
        add(new H1(getTranslation("forms.designer.heading")), new Paragraph(getTranslation("forms.designer.intro")));

        grid.setId("designer-grid");
        grid.addComponentColumn(info -> {
                    var title = new com.vaadin.flow.component.html.Span(info.title(getLocale()));
                    var key = new com.vaadin.flow.component.html.Span(info.formKey());
                    key.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s, 0.875rem)")
                            .set("color", "var(--lumo-secondary-text-color, #666)");
                    return new Div(title, key);
                }).setHeader(getTranslation("forms.designer.column.title") + " / " + getTranslation("forms.designer.column.key").toLowerCase(getLocale()))
                .setFlexGrow(2).setWidth("12rem").setKey("title");
        grid.addColumn(FormVersionInfo::number).setHeader(getTranslation("forms.designer.column.version")).setWidth("5.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setKey("version");
        grid.addComponentColumn(info -> DesignerTexts.statusBadge(info.status(), getTranslation("forms.designer.status." + info.status().name())))
                .setHeader(getTranslation("forms.designer.column.status")).setWidth("7rem").setFlexGrow(0).setKey("status");
        grid.addColumn(info -> getTranslation("forms.designer.createdBy", DanishTime.dateTime(info.createdAt(), getLocale()), info.createdBy()))
                .setHeader(getTranslation("forms.designer.column.created")).setWidth("10rem").setFlexGrow(0).setKey("created");
        grid.addColumn(info -> info.publishedAt() == null ? "" : DanishTime.dateTime(info.publishedAt(), getLocale()))
                .setHeader(getTranslation("forms.designer.column.published")).setWidth("8rem").setFlexGrow(0).setKey("published");
        grid.addColumn(FormVersionInfo::responseCount).setHeader(getTranslation("forms.designer.column.responses")).setWidth("7.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setKey("responses");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("forms.designer.column.actions")).setWidth("13rem")
                .setFlexGrow(0).setKey("actions");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("forms.designer.empty"));
        grid.addItemDoubleClickListener(event -> open(event.getItem()));
        refresh();
        add(grid);

        add(new H2(getTranslation("forms.designer.import")), new Paragraph(getTranslation("forms.designer.import.hint")));
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String json = new String(bytes, StandardCharsets.UTF_8);
            inUi(() -> importJson(json));
        }));
        upload.setId("designer-import");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("forms.designer.import.drop")));
        var uploadButton = new Button(getTranslation("forms.designer.import.button"), VaadinIcon.UPLOAD.create());
        upload.setUploadButton(uploadButton);
        importMessages.setId("designer-import-messages");
        importMessages.setWidthFull();
        add(upload, importMessages);
    }

    private void inUi(Runnable action) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.hasLock()) {
            action.run();
        } else {
            getUI().ifPresent(ui -> ui.access(action::run));
        }
    }

    private void refresh() {
        grid.setItems(formService.allVersions());
    }

    private HorizontalLayout actions(FormVersionInfo info) {
        boolean draft = info.status() == FormVersionStatus.DRAFT;
        var open = new Button(getTranslation(draft ? "forms.designer.open.edit" : "forms.designer.open.view"),
                (draft ? VaadinIcon.EDIT : VaadinIcon.EYE).create(), click -> open(info));
        open.addThemeVariants(ButtonVariant.SMALL, draft ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
        open.setId("open-" + info.id());
        open.addClassName("designer-open");

        var newVersion = new Button(getTranslation("forms.designer.newVersion"), VaadinIcon.COPY_O.create(), click -> newVersion(info));
        newVersion.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        newVersion.setId("new-version-" + info.id());
        newVersion.addClassName("designer-new-version");

        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = formService.exportDefinition(info.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), info.formKey() + "-v" + info.number() + ".json",
                    "application/json", json.length);
        }), getTranslation("forms.designer.exportJson"));
        export.getElement().setAttribute("download", true);
        export.setId("export-" + info.id());
        export.addClassName("designer-export");

        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = formService.responsesCsv(info.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), info.formKey() + "-v" + info.number() + "-besvarelser.csv",
                    "text/csv; charset=utf-8", bytes.length);
        }), getTranslation("forms.designer.responsesCsv"));
        csv.getElement().setAttribute("download", true);
        csv.setId("csv-" + info.id());
        csv.addClassName("designer-csv");

        var xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = formService.responsesXlsx(info.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), info.formKey() + "-v" + info.number() + "-besvarelser.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), getTranslation("forms.designer.responsesXlsx"));
        xlsx.getElement().setAttribute("download", true);
        xlsx.setId("xlsx-" + info.id());
        xlsx.addClassName("designer-csv");

        var layout = new HorizontalLayout(open, newVersion, export, csv, xlsx);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        layout.setWrap(true);
        layout.getStyle().set("gap", "0.25rem 1rem");
        return layout;
    }

    private void open(FormVersionInfo info) {
        getUI().ifPresent(ui -> ui.navigate(FormVersionEditorView.class, info.id()));
    }

    private void newVersion(FormVersionInfo info) {
        FormVersionInfo draft = formService.newDraftFrom(info.id());
        Notification.show(getTranslation("forms.designer.newVersion.done", draft.number()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(FormVersionEditorView.class, draft.id()));
    }

    /** Imports the JSON as a new draft; a refusal lists the problems, each naming its place, and saves nothing. */
    void importJson(String json) {
        importMessages.removeAll();
        try {
            FormVersionInfo draft = formService.importDefinition(json);
            upload.clearFileList();
            Notification.show(getTranslation("forms.designer.import.done", draft.number(), draft.formKey()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            UI.getCurrent().navigate(FormVersionEditorView.class, draft.id());
        } catch (DefinitionRefusedException e) {
            importMessages.add(DesignerTexts.problemList(getTranslation("forms.designer.import.refused", e.problems().size()),
                    e.problems(), getLocale(), null));
        } catch (Refusal e) {
            importMessages.add(DesignerTexts.message(getTranslation(e.messageKey(), e.arguments())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forms.designer.heading") + " – " + getTranslation("base.app.name");
    }
}
