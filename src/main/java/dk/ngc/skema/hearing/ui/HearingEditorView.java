package dk.ngc.skema.hearing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.FormVersionInfo;
import dk.ngc.skema.forms.FormVersionStatus;
import dk.ngc.skema.forms.ui.UploadTexts;
import dk.ngc.skema.hearing.Body;
import dk.ngc.skema.hearing.DocumentRef;
import dk.ngc.skema.hearing.HearingDetail;
import dk.ngc.skema.hearing.HearingDraft;
import dk.ngc.skema.hearing.HearingInfo;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.hearing.HearingState;
import dk.ngc.skema.hearing.InviteeChoice;
import dk.ngc.skema.hearing.QuestionInfo;
import dk.ngc.skema.hearing.QuestionsForm;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.organisation.PersonSummary;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NGC makes a hearing, or changes one not yet sent: title, covering letter, the document (a form version or an
 * uploaded PDF/DOCX), whom to consult, the last day and optional questions. "Gem" keeps it as a draft; "Gem og send"
 * sends it at once. The service checks every value; a refusal is shown by the one error handler and changes nothing.
 */
@Route(value = "hoeringer/udkast", layout = MainLayout.class)
@RolesAllowed(Roles.NGC)
public class HearingEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The document choice: a version of a form, or a file uploaded here. */
    enum Source { FORM_VERSION, FILE }

    private final HearingService hearings;
    private final FormService forms;
    private final OrganisationService organisations;
    private final Clock clock;

    private final TextField title = new TextField();
    private final TextArea letterDa = new TextArea();
    private final TextArea letterEn = new TextArea();
    private final RadioButtonGroup<Source> source = new RadioButtonGroup<>();
    private final ComboBox<FormVersionInfo> version = new ComboBox<>();
    private final Upload upload;
    private final Span uploaded = new Span();
    private final CheckboxGroup<Body> bodies = new CheckboxGroup<>();
    private final com.vaadin.flow.component.combobox.MultiSelectComboBox<dk.ngc.skema.hearing.InviteeGroup> groups =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>();
    private final MultiSelectComboBox<OrganisationSummary> pickedOrganisations = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<PersonSummary> pickedPersons = new MultiSelectComboBox<>();
    private final DatePicker lastDay = new DatePicker();
    private final TextArea questions = new TextArea();
    /** Optional questions as a published form version, each invitee filling in a response of it. */
    private final ComboBox<FormVersionInfo> questionsForm = new ComboBox<>();
    private final Checkbox answersVisible = new Checkbox();
    private final VerticalLayout documentPart = new VerticalLayout();

    private @Nullable Long hearingId;
    private @Nullable DocumentRef uploadedFile;

    public HearingEditorView(HearingService hearings, FormService forms, OrganisationService organisations, Clock clock) {
        this.hearings = hearings;
        this.forms = forms;
        this.organisations = organisations;
        this.clock = clock;
        setMaxWidth("60rem");
        upload = new Upload((UploadHandler) event -> {
            UI ui = event.getUI();
            String name = event.getFileName();
            // Read as it streams in, no more than may be heard: a far larger file is refused, not held in memory.
            try (InputStream in = event.getInputStream()) {
                DocumentRef stored = hearings.uploadFile(name, in);
                ui.access(() -> {
                    uploadedFile = stored;
                    uploaded.setText(getTranslation("hearing.edit.uploaded", name));
                });
            } catch (Refusal refusal) {
                // The upload request runs outside the session lock: the widget must not show a refused file as uploaded.
                String message = ui.getTranslation(refusal.messageKey(), refusal.arguments());
                event.reject(message);
                ui.access(() -> uploaded.setText(message));
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long id) {
        removeAll();
        hearingId = id;
        HearingDetail existing = id == null ? null : hearings.hearing(id);
        if (existing != null && existing.info().state() != HearingState.DRAFT) {
            throw new Refusal("hearing.error.alreadySent");
        }
        add(new H1(getTranslation(existing == null ? "hearing.edit.newHeading" : "hearing.edit.editHeading")));

        title.setLabel(getTranslation("hearing.edit.title"));
        title.setId("hearing-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(500);
        title.setWidthFull();
        letterDa.setLabel(getTranslation("hearing.edit.letterDa"));
        letterDa.setId("hearing-letter-da");
        letterDa.setRequiredIndicatorVisible(true);
        letterDa.setWidthFull();
        letterDa.setMinRows(5);
        letterEn.setLabel(getTranslation("hearing.edit.letterEn"));
        letterEn.setId("hearing-letter-en");
        letterEn.setWidthFull();
        add(title, letterDa, letterEn);

        add(new H2(getTranslation("hearing.edit.documentHeading")));
        if (existing != null) {
            add(new Paragraph(getTranslation("hearing.edit.documentFixed", existing.document().title(getLocale()))));
        } else {
            source.setLabel(getTranslation("hearing.edit.source"));
            source.setItems(Source.values());
            source.setItemLabelGenerator(choice -> getTranslation("hearing.edit.source." + choice));
            source.setId("hearing-source");
            version.setLabel(getTranslation("hearing.edit.version"));
            version.setId("hearing-version");
            version.setItems(forms.allVersions().stream().filter(info -> info.status() != FormVersionStatus.DRAFT)
                    .sorted(Comparator.comparing(FormVersionInfo::createdAt).reversed()).toList());
            version.setItemLabelGenerator(info -> getTranslation("hearing.edit.versionLabel", info.title(getLocale()), info.number()));
            version.setWidthFull();
            upload.setI18n(UploadTexts.of(this));
            upload.setAcceptedFileTypes("application/pdf", ".pdf",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
            upload.setMaxFiles(1);
            upload.setMaxFileSize((int) HearingService.MAX_UPLOAD_BYTES);
            upload.setId("hearing-upload");
            uploaded.setId("hearing-uploaded");
            uploaded.getElement().setAttribute("role", "status");
            source.addValueChangeListener(change -> showSource(change.getValue()));
            source.setValue(Source.FORM_VERSION);
            add(source, documentPart);
        }

        add(new H2(getTranslation("hearing.edit.inviteesHeading")));
        bodies.setLabel(getTranslation("hearing.edit.bodies"));
        bodies.setItems(Body.values());
        bodies.setItemLabelGenerator(body -> getTranslation("hearing.body." + body));
        bodies.setId("hearing-bodies");
        groups.setLabel(getTranslation("hearing.edit.groups"));
        groups.setItems(hearings.inviteeGroups(getLocale()));
        groups.setItemLabelGenerator(group -> getTranslation("hearing.edit.groupLabel", group.name(getLocale()), group.members()));
        groups.setId("hearing-groups");
        groups.setWidthFull();
        pickedOrganisations.setLabel(getTranslation("hearing.edit.organisations"));
        pickedOrganisations.setItems(organisations.allOrganisations());
        pickedOrganisations.setItemLabelGenerator(organisation -> organisation.name(getLocale()));
        pickedOrganisations.setId("hearing-organisations");
        pickedOrganisations.setWidthFull();
        pickedPersons.setLabel(getTranslation("hearing.edit.persons"));
        pickedPersons.setItems(organisations.allPersons());
        pickedPersons.setItemLabelGenerator(PersonSummary::fullName);
        pickedPersons.setId("hearing-persons");
        pickedPersons.setWidthFull();
        add(bodies, groups, pickedOrganisations, pickedPersons);

        add(new H2(getTranslation("hearing.edit.deadlineHeading")));
        lastDay.setLabel(getTranslation("hearing.edit.lastDay"));
        lastDay.setHelperText(getTranslation("hearing.edit.lastDayHelp"));
        lastDay.setId("hearing-last-day");
        lastDay.setLocale(getLocale());
        lastDay.setMin(DanishTime.today(clock).plusDays(1));
        questions.setLabel(getTranslation("hearing.edit.questions"));
        questions.setHelperText(getTranslation("hearing.edit.questionsHelp"));
        questions.setId("hearing-questions");
        questions.setWidthFull();
        questionsForm.setLabel(getTranslation("hearing.edit.questionsForm"));
        questionsForm.setHelperText(getTranslation("hearing.edit.questionsFormHelp"));
        questionsForm.setId("hearing-questions-form");
        questionsForm.setItems(forms.allVersions().stream().filter(info -> info.status() == FormVersionStatus.PUBLISHED).toList());
        questionsForm.setItemLabelGenerator(info -> getTranslation("hearing.edit.versionLabel", info.title(getLocale()), info.number()));
        questionsForm.setClearButtonVisible(true);
        questionsForm.setWidthFull();
        answersVisible.setLabel(getTranslation("hearing.edit.answersVisible"));
        answersVisible.setValue(true);
        add(lastDay, questions, questionsForm, answersVisible);

        if (existing != null) {
            fill(existing);
        }
        var save = new Button(getTranslation("hearing.edit.save"), click -> save(click.getSource(), false));
        save.setId("hearing-save");
        save.setDisableOnClick(true);
        var send = new Button(getTranslation("hearing.edit.saveAndSend"), click -> save(click.getSource(), true));
        send.setId("hearing-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        add(new HorizontalLayout(send, save));
    }

    private void showSource(Source chosen) {
        documentPart.removeAll();
        documentPart.setPadding(false);
        if (chosen == Source.FORM_VERSION) {
            documentPart.add(version);
        } else {
            documentPart.add(new Paragraph(getTranslation("hearing.edit.fileHelp")), upload, uploaded);
        }
    }

    private void fill(HearingDetail existing) {
        title.setValue(existing.info().title());
        letterDa.setValue(existing.letterDa());
        letterEn.setValue(existing.letterEn() == null ? "" : existing.letterEn());
        Set<String> organisationCodes = new java.util.HashSet<>();
        Set<String> usernames = new java.util.HashSet<>();
        Set<Body> chosenBodies = new java.util.HashSet<>();
        Set<String> groupKeys = new java.util.HashSet<>();
        for (InviteeChoice choice : existing.choices()) {
            switch (choice) {
                case InviteeChoice.OfBody body -> chosenBodies.add(body.body());
                case InviteeChoice.OfGroup group -> groupKeys.add(group.key());
                case InviteeChoice.Organisation organisation -> organisationCodes.add(organisation.code());
                case InviteeChoice.Person person -> usernames.add(person.username());
            }
        }
        bodies.setValue(chosenBodies);
        groups.setValue(groups.getListDataView().getItems().filter(group -> groupKeys.contains(group.key())).collect(Collectors.toSet()));
        pickedOrganisations.setValue(organisations.allOrganisations().stream().filter(o -> organisationCodes.contains(o.code()))
                .collect(Collectors.toSet()));
        pickedPersons.setValue(organisations.allPersons().stream().filter(p -> usernames.contains(p.username())).collect(Collectors.toSet()));
        if (existing.info().deadline() != null) {
            lastDay.setValue(existing.info().deadline().atZone(DanishTime.ZONE).toLocalDate());
        }
        questions.setValue(existing.questions().stream().map(QuestionInfo::text).collect(Collectors.joining("\n")));
        answersVisible.setValue(existing.answersVisibleAfterDeadline());
        if (existing.questionsForm() != null) {
            long versionId = existing.questionsForm().versionId();
            forms.allVersions().stream().filter(info -> info.id() == versionId).findFirst().ifPresent(info -> {
                // A version retired since stays chosen: the hearing keeps what it was made with.
                if (questionsForm.getListDataView().getItems().noneMatch(item -> item.id() == versionId)) {
                    questionsForm.setItems(java.util.stream.Stream.concat(questionsForm.getListDataView().getItems(),
                            java.util.stream.Stream.of(info)).toList());
                }
                questionsForm.setValue(info);
            });
        }
    }

    /** Saves (and sends); a refusal leaves the clicked button usable again for the corrected values (else it would stay disabled). */
    private void save(Button clicked, boolean andSend) {
        try {
            save(andSend);
        } finally {
            clicked.setEnabled(true);
        }
    }

    private void save(boolean andSend) {
        HearingDraft draft = new HearingDraft(title.getValue(), letterDa.getValue(), letterEn.getValue().isBlank() ? null : letterEn.getValue(),
                document(), lastDay.getValue(), questionLines(), choices(), answersVisible.getValue(),
                questionsForm.getValue() == null ? null : new QuestionsForm(questionsForm.getValue().formKey(), questionsForm.getValue().id()));
        HearingInfo saved = hearingId == null ? hearings.create(draft) : hearings.update(hearingId, draft);
        if (hearingId == null) {
            // The draft is kept: should sending be refused (no invitees, say), the next click sends this one, not a copy.
            hearingId = saved.id();
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "hoeringer/udkast/" + saved.id()));
        }
        if (andSend) {
            hearings.send(saved.id());
        }
        getUI().ifPresent(ui -> ui.navigate(HearingView.class, saved.id()));
    }

    private DocumentRef document() {
        if (hearingId != null) {
            // The document of a hearing is fixed when it is made: update() keeps it and ignores this one.
            return DocumentRef.formVersion(0);
        }
        if (source.getValue() == Source.FILE) {
            if (uploadedFile == null) {
                throw new Refusal("hearing.edit.error.noFile");
            }
            return uploadedFile;
        }
        if (version.getValue() == null) {
            throw new Refusal("hearing.edit.error.noVersion");
        }
        return DocumentRef.formVersion(version.getValue().id());
    }

    private List<String> questionLines() {
        return Arrays.stream(questions.getValue().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private List<InviteeChoice> choices() {
        List<InviteeChoice> choices = new ArrayList<>();
        bodies.getValue().stream().sorted().forEach(body -> choices.add(InviteeChoice.body(body)));
        groups.getValue().stream().sorted(Comparator.comparing(dk.ngc.skema.hearing.InviteeGroup::key))
                .forEach(group -> choices.add(InviteeChoice.group(group.key())));
        pickedOrganisations.getValue().stream().sorted(Comparator.comparing(OrganisationSummary::code))
                .forEach(organisation -> choices.add(InviteeChoice.organisation(organisation.code())));
        pickedPersons.getValue().stream().sorted(Comparator.comparing(PersonSummary::username))
                .forEach(person -> choices.add(InviteeChoice.person(person.username())));
        return choices;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(hearingId == null ? "hearing.edit.newHeading" : "hearing.edit.editHeading") + " – " + getTranslation("base.app.name");
    }
}
