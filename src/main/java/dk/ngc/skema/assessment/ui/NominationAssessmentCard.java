package dk.ngc.skema.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.assessment.Declaration;
import dk.ngc.skema.assessment.MyNomination;
import dk.ngc.skema.assessment.Rating;
import dk.ngc.skema.base.Refusal;

/**
 * One nomination in a member's assessment: read it, declare impartiality, rate A or B with comments, save. The
 * declaration and rating are built when the member opens them ({@code assess-<id>}).
 */
class NominationAssessmentCard extends Div {

    private final AssessmentService service;
    private final Runnable onSaved;
    private final Span status = new Span();
    private final RadioButtonGroup<Boolean> impartiality = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();
    private final RadioButtonGroup<Rating> rating = new RadioButtonGroup<>();
    private final TextArea professionalism = new TextArea();
    private final TextArea nationalAccess = new TextArea();
    private final Div ratingSection = new Div();
    private final Paragraph conflictStands = new Paragraph();
    private final Details assess = new Details();
    private final boolean editable;
    private MyNomination nomination;
    private boolean built;

    NominationAssessmentCard(MyNomination nomination, AssessmentService service, boolean editable, Runnable onSaved) {
        this.service = service;
        this.onSaved = onSaved;
        this.nomination = nomination;
        this.editable = editable;
        long id = nomination.nominationId();
        setId("assessment-" + id);
        addClassName("form-card");
        getStyle().set("margin-bottom", "var(--lumo-space-m)");

        String title = nomination.title() == null ? getTranslation("forms.untitled") : nomination.title();
        add(new H3(nomination.receiptNumber() + " – " + title));
        status.setId("status-" + id);
        status.getElement().getThemeList().add("badge");
        var read = new Anchor("besvarelse/" + nomination.responseId(), getTranslation("assessment.readNomination"));
        read.setTarget(AnchorTarget.BLANK);
        read.setId("read-" + id);
        var header = new Div(status, new Span(" "), read);
        add(header);
        showStatus(nomination);

        // A round has some 70 nominations: each card's declaration and rating are built when the member opens it, so
        // the page opens at once and holds what was opened.
        assess.setId("assess-" + id);
        assess.setSummaryText(getTranslation(editable ? "assessment.open" : "assessment.openReadOnly"));
        assess.setWidthFull();
        assess.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && !built) {
                build(id);
            }
        });
        add(assess);
    }

    private void build(long id) {
        built = true;
        impartiality.setId("impartiality-" + id);
        impartiality.setLabel(getTranslation("assessment.impartiality"));
        impartiality.setItems(Boolean.FALSE, Boolean.TRUE);
        impartiality.setItemLabelGenerator(conflicted -> getTranslation(conflicted ? "assessment.conflicted" : "assessment.impartial"));
        impartiality.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        reason.setId("reason-" + id);
        reason.setLabel(getTranslation("assessment.reason"));
        reason.setHelperText(getTranslation("assessment.reason.help"));
        reason.setWidthFull();
        reason.setMaxLength(2000);

        rating.setId("rating-" + id);
        rating.setLabel(getTranslation("assessment.rating"));
        rating.setItems(Rating.A, Rating.B);
        rating.setItemLabelGenerator(r -> getTranslation("assessment.rating." + r.name()));
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        professionalism.setId("professionalism-" + id);
        professionalism.setLabel(getTranslation("assessment.comment.professionalism"));
        professionalism.setWidthFull();
        professionalism.setMaxLength(4000);
        nationalAccess.setId("national-access-" + id);
        nationalAccess.setLabel(getTranslation("assessment.comment.nationalAccess"));
        nationalAccess.setWidthFull();
        nationalAccess.setMaxLength(4000);
        ratingSection.add(rating, professionalism, nationalAccess);
        ratingSection.setWidthFull();

        Declaration declaration = nomination.declaration();
        if (declaration != null) {
            impartiality.setValue(declaration.recused());
            if (declaration instanceof Declaration.Conflicted conflicted) {
                reason.setValue(conflicted.reason());
            }
        }
        if (nomination.rating() != null) {
            rating.setValue(nomination.rating());
        }
        professionalism.setValue(nomination.professionalismComment() == null ? "" : nomination.professionalismComment());
        nationalAccess.setValue(nomination.nationalAccessComment() == null ? "" : nomination.nationalAccessComment());
        impartiality.addValueChangeListener(change -> arrange());
        conflictStands.setId("conflict-stands-" + id);
        conflictStands.addClassName("form-meta");
        var content = new Div(impartiality, conflictStands, reason, ratingSection);
        content.setWidthFull();

        if (editable) {
            var save = new Button(getTranslation("assessment.save"), VaadinIcon.CHECK.create(), click -> save(id));
            save.setId("save-" + id);
            save.addThemeVariants(ButtonVariant.PRIMARY);
            content.add(save);
        } else {
            impartiality.setReadOnly(true);
            reason.setReadOnly(true);
            rating.setReadOnly(true);
            professionalism.setReadOnly(true);
            nationalAccess.setReadOnly(true);
        }
        assess.add(content);
        showConflict(nomination);
        arrange();
    }

    /**
     * While a declared conflict stands (until NGC lifts it) the impartial choice is disabled, with why. The
     * service refuses it anyway; this tells the member before they try.
     */
    private void showConflict(MyNomination nomination) {
        boolean standing = nomination.conflictStanding();
        impartiality.setItemEnabledProvider(conflicted -> conflicted || !standing);
        conflictStands.setText(standing ? getTranslation("assessment.conflictStands") : "");
        conflictStands.setVisible(standing);
    }

    /** The reason only with a conflict; A/B and comments only once impartial. */
    private void arrange() {
        Boolean conflicted = impartiality.getValue();
        reason.setVisible(Boolean.TRUE.equals(conflicted));
        ratingSection.setVisible(Boolean.FALSE.equals(conflicted));
    }

    private void save(long id) {
        Boolean conflicted = impartiality.getValue();
        if (conflicted == null) {
            error(getTranslation("assessment.error.declareFirst"));
            return;
        }
        try {
            // One transaction: a refused rating leaves the declaration as it was.
            MyNomination saved = service.assess(id, conflicted, reason.getValue(), conflicted ? null : rating.getValue(),
                    professionalism.getValue(), nationalAccess.getValue());
            if (conflicted) {
                rating.clear();
                professionalism.clear();
                nationalAccess.clear();
            }
            showStatus(saved);
            onSaved.run();
            Notification.show(getTranslation(saved.done() ? "assessment.saved" : "assessment.savedNotRated"), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (Refusal e) {
            error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void showStatus(MyNomination nomination) {
        this.nomination = nomination;
        if (built) {
            showConflict(nomination);
        }
        String key;
        String theme;
        if (nomination.declaration() == null) {
            key = "assessment.status.notStarted";
            theme = "contrast";
        } else if (nomination.recused()) {
            key = "assessment.status.recused";
            theme = "contrast";
        } else if (nomination.rating() == null) {
            key = "assessment.status.notRated";
            theme = "";
        } else {
            key = "assessment.status.rated." + nomination.rating().name();
            theme = "success";
        }
        status.setText(getTranslation(key));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge");
        if (!theme.isEmpty()) {
            status.getElement().getThemeList().add(theme);
        }
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
