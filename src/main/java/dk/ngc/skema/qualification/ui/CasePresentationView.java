package dk.ngc.skema.qualification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.qualification.CasePresentation;
import dk.ngc.skema.qualification.CasePresentationFiles;
import dk.ngc.skema.base.ui.FileJobButton;
import dk.ngc.skema.qualification.QualificationService;
import dk.ngc.skema.qualification.SocietyAnswer;
import dk.ngc.skema.base.ui.SubjectPicker;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The case presentation (sagsfremstilling) of a round for the steering group: the funnel, and each group with its
 * nominations and results, the estimate, the societies' qualification answers, what NGC took in and NGC's notes on
 * principles 3 and 4. NGC edits the notes, releases the presentation to the steering group and writes the PDF off the
 * request thread; the steering group reads the released version. The service decides who sees what.
 */
@Route(value = "sagsfremstilling", layout = MainLayout.class)
@RolesAllowed({Roles.NGC, Roles.STEERING_GROUP})
@Menu(order = 33, title = "base.nav.casePresentation", icon = "vaadin:book")
public class CasePresentationView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final QualificationService service;
    private final CasePresentationFiles files;
    private final Div content = new Div();
    private long roundId;

    public CasePresentationView(QualificationService service, CasePresentationFiles files) {
        this.service = service;
        this.files = files;
        setMaxWidth("72rem");
        add(new H1(getTranslation("qualification.case.heading")));
        content.setWidthFull();
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qualification.case.heading") + " – " + getTranslation("base.app.name");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long chosen) {
        content.removeAll();
        List<RoundInfo> rounds = service.caseRounds();
        if (rounds.isEmpty()) {
            var none = new Paragraph(getTranslation("qualification.case.noRounds"));
            none.setId("case-none");
            content.add(none);
            return;
        }
        RoundInfo round = rounds.stream().filter(r -> chosen != null && r.id() == chosen).findFirst().orElse(rounds.getFirst());
        roundId = round.id();
        content.add(SubjectPicker.of("case-round", getTranslation("qualification.round"), rounds, round, RoundInfo::name,
                picked -> getUI().ifPresent(ui -> ui.navigate(CasePresentationView.class, picked.id()))));
        show();
    }

    private void refresh() {
        content.getChildren().skip(1).toList().forEach(content::remove);
        show();
    }

    private void show() {
        CasePresentation presentation = service.casePresentation(roundId);
        var status = new Paragraph(presentation.releasedAt() == null ? getTranslation("qualification.case.draft")
                : getTranslation(presentation.draft() ? "qualification.case.draftReleased" : "qualification.case.released",
                DanishTime.dateTime(presentation.releasedAt(), getLocale()),
                presentation.releasedBy() == null ? DanishTime.NONE : presentation.releasedBy()));
        status.setId("case-status");
        content.add(status, actions(presentation));

        content.add(new H2(getTranslation("qualification.case.funnelHeading")));
        CasePresentation.Funnel funnel = presentation.funnel();
        var funnelLine = new Paragraph(getTranslation("qualification.case.funnel", funnel.nominations(), funnel.aNominations(), funnel.groups(),
                funnel.expansions()));
        funnelLine.setId("case-funnel");
        content.add(funnelLine);

        for (CasePresentation.CaseGroup group : presentation.groups()) {
            content.add(groupPart(group, presentation.draft()));
        }
        if (!presentation.expansions().isEmpty()) {
            content.add(new H2(getTranslation("qualification.case.expansions")));
            for (CasePresentation.CaseExpansion expansion : presentation.expansions()) {
                content.add(new H3(expansion.code() + " " + expansion.name()));
                content.add(nominationList(expansion.nominations()));
            }
        }
    }

    private Component actions(CasePresentation presentation) {
        var bar = new HorizontalLayout();
        bar.setId("case-actions");
        bar.setWrap(true);
        if (presentation.draft()) {
            var release = new Button(getTranslation("qualification.case.release"), VaadinIcon.PAPERPLANE.create(), click -> {
                service.release(roundId);
                Notification.show(getTranslation("qualification.case.releasedNotice"), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                refresh();
            });
            release.setId("case-release");
            release.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(release);
        }
        bar.add(pdfButton());
        return bar;
    }

    /** The PDF, written off the request thread; the page polls the job and offers the file when done. */
    private Component pdfButton() {
        return new FileJobButton("case-pdf", "case-pdf-download", getTranslation("qualification.case.pdf"),
                getTranslation("qualification.case.pdfProgress"), "qualification.case.pdfReady",
                () -> files.start(roundId, getLocale()).job(), files::progress);
    }

    private Component groupPart(CasePresentation.CaseGroup group, boolean editable) {
        var part = new VerticalLayout();
        part.setPadding(false);
        part.setId("case-group-" + group.groupId());
        part.add(new H2(group.name()));
        if (group.description() != null) {
            part.add(new Paragraph(group.description()));
        }
        part.add(new Paragraph(getTranslation("qualification.case.societies", String.join(", ", group.societies()))));
        var estimate = new Paragraph(getTranslation("qualification.case.estimate", WgsRange.text(group.estimate(), getLocale()), WgsRange.text(group.summed(), getLocale()))
                + (group.adjustedReason() == null ? "" : " " + getTranslation("qualification.case.adjusted", group.adjustedReason())));
        estimate.setId("case-estimate-" + group.groupId());
        part.add(estimate);
        part.add(new H3(getTranslation("qualification.case.nominations")), nominationList(group.nominations()));
        part.add(new H3(getTranslation("qualification.case.answers")));
        if (group.answers().isEmpty()) {
            part.add(new Paragraph(getTranslation("qualification.case.noAnswers")));
        } else {
            var answers = new UnorderedList();
            answers.setId("case-answers-" + group.groupId());
            for (SocietyAnswer answer : group.answers()) {
                answers.add(new ListItem(answer.summary(getLocale())));
            }
            part.add(answers);
        }
        if (group.takenIn() != null) {
            var taken = new Paragraph(getTranslation("qualification.case.takenIn", group.takenIn().note(),
                    group.takenIn().addedSpecialties() == null ? DanishTime.NONE : group.takenIn().addedSpecialties()));
            taken.setId("case-taken-" + group.groupId());
            part.add(taken);
        }
        part.add(notes(group, editable));
        return part;
    }

    /** NGC's notes on principles 3 and 4: editable in the working version, read in the released one. */
    private Component notes(CasePresentation.CaseGroup group, boolean editable) {
        var box = new VerticalLayout();
        box.setPadding(false);
        if (!editable) {
            var socio = new Paragraph(getTranslation("qualification.case.socioEconomic") + ": " + orNone(group.socioEconomic()));
            socio.setId("case-socio-" + group.groupId());
            var broad = new Paragraph(getTranslation("qualification.case.broadEffect") + ": " + orNone(group.broadEffect()));
            broad.setId("case-broad-" + group.groupId());
            box.add(socio, broad);
            return box;
        }
        var socio = new TextArea(getTranslation("qualification.case.socioEconomic"));
        socio.setId("case-socio-" + group.groupId());
        socio.setWidthFull();
        socio.setValue(group.socioEconomic() == null ? "" : group.socioEconomic());
        var broad = new TextArea(getTranslation("qualification.case.broadEffect"));
        broad.setId("case-broad-" + group.groupId());
        broad.setWidthFull();
        broad.setValue(group.broadEffect() == null ? "" : group.broadEffect());
        var save = new Button(getTranslation("qualification.case.saveNotes"), click -> {
            service.saveCaseNotes(group.groupId(), socio.getValue(), broad.getValue());
            Notification.show(getTranslation("qualification.case.notesSaved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        });
        save.setId("case-save-notes-" + group.groupId());
        box.add(socio, broad, save);
        return box;
    }

    private UnorderedList nominationList(List<CasePresentation.CaseNomination> nominations) {
        var list = new UnorderedList();
        for (CasePresentation.CaseNomination nomination : nominations) {
            list.add(new ListItem(getTranslation("qualification.case.nomination",
                    nomination.receiptNumber() == null ? nomination.title() : nomination.receiptNumber() + " " + nomination.title(),
                    String.join(", ", nomination.parties()), nomination.result(), WgsRange.text(nomination.wgsPerYear(), getLocale()))));
        }
        return list;
    }

    private static String orNone(@Nullable String text) {
        return text == null ? DanishTime.NONE : text;
    }
}
