package dk.ngc.skema.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.assessment.MyNomination;
import dk.ngc.skema.assessment.MyProgress;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * A working-group member's assessment of a round: the submitted nominations with their own status and
 * progress, and per nomination the declaration of impartiality, then A or B with comments per principle.
 */
@Route(value = "vurdering", layout = MainLayout.class)
@RolesAllowed(Roles.WORKING_GROUP)
@Menu(order = 20, title = "base.nav.assessment", icon = "vaadin:scale")
public class AssessmentView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final AssessmentService service;
    private final Div content = new Div();
    private final Span progressText = new Span();
    private final ProgressBar progressBar = new ProgressBar();

    public AssessmentView(AssessmentService service) {
        this.service = service;
        add(new H1(getTranslation("assessment.heading")));
        add(new Paragraph(getTranslation("assessment.intro")));
        content.setWidthFull();
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long roundId) {
        content.removeAll();
        List<RoundInfo> rounds = service.roundsInAssessment();
        if (rounds.isEmpty()) {
            content.add(new Paragraph(getTranslation("assessment.noRound")));
            return;
        }
        RoundInfo chosen = rounds.stream().filter(round -> roundId != null && round.id() == roundId).findFirst()
                .orElse(rounds.getFirst());
        if (rounds.size() > 1) {
            var select = new Select<RoundInfo>();
            select.setId("assessment-round");
            select.setLabel(getTranslation("assessment.round"));
            select.setItems(rounds);
            select.setItemLabelGenerator(RoundInfo::name);
            select.setValue(chosen);
            select.addValueChangeListener(change -> getUI().ifPresent(ui -> ui.navigate(AssessmentView.class, change.getValue().id())));
            content.add(select);
        }
        show(chosen.id());
    }

    private void show(long roundId) {
        MyProgress progress = service.myProgress(roundId);
        progressText.setId("assessment-progress");
        progressBar.setWidth("20rem");
        // Named by the sentence above it ("Du har vurderet x af y"), so screen readers say what progresses.
        progressBar.getElement().setAttribute("aria-labelledby", "assessment-progress");
        var progressBox = new Div(progressText, progressBar);
        progressBox.getStyle().set("margin", "var(--lumo-space-m) 0");
        content.add(progressBox);
        updateProgress(progress);
        var rule = new Paragraph(getTranslation("assessment.ruleIntro") + " "
                + ("en".equals(getLocale().getLanguage()) ? progress.assessment().rule().textEn() : progress.assessment().rule().textDa()));
        rule.addClassName("form-meta");
        content.add(rule);
        if (progress.nominations().isEmpty()) {
            content.add(new Paragraph(getTranslation("assessment.noNominations")));
        }
        boolean editable = progress.assessment().open();
        for (MyNomination nomination : progress.nominations()) {
            content.add(new NominationAssessmentCard(nomination, service, editable, () -> updateProgress(service.myProgress(roundId))));
        }
    }

    private void updateProgress(MyProgress progress) {
        progressText.setText(getTranslation("assessment.progress", progress.done(), progress.total()));
        progressBar.setMin(0);
        progressBar.setMax(Math.max(1, progress.total()));
        progressBar.setValue(progress.done());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.heading") + " – " + getTranslation("base.app.name");
    }
}
