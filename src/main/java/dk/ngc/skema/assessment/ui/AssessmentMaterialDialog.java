package dk.ngc.skema.assessment.ui;

import dk.ngc.skema.base.ui.Downloads;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dk.ngc.skema.assessment.AssessmentMaterialService;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.round.RoundInfo;

/**
 * NGC's material for the working group, for a chosen round: all submitted nominations as one PDF (cover,
 * contents, each nomination from a new page), and as CSV and XLSX with every answer.
 */
class AssessmentMaterialDialog extends Dialog {

    private final NominationService nominations;
    private final AssessmentMaterialService material;
    private final Div content = new Div();

    AssessmentMaterialDialog(NominationService nominations, AssessmentMaterialService material, RoundInfo round) {
        this.nominations = nominations;
        this.material = material;
        setHeaderTitle(getTranslation("nomination.inbox.material") + " – " + round.name());
        setWidth("40rem");
        content.setId("material-content");
        show(round);
        add(content);
        getFooter().add(new Button(getTranslation("nomination.inbox.close"), click -> close()));
    }

    private void show(RoundInfo round) {
        content.removeAll();
        int count = nominations.submittedNominations(round.id(), getLocale()).size();
        content.add(new Paragraph(getTranslation("nomination.inbox.material.count", count)));
        if (count == 0) {
            return;
        }
        String base = "indstillinger-" + round.code();
        var links = new VerticalLayout(
                Downloads.link("material-pdf", getTranslation("nomination.inbox.material.pdf"), VaadinIcon.FILE_TEXT_O,
                        () -> material.combinedPdf(round.id(), getLocale()), base + ".pdf", Downloads.PDF),
                Downloads.link("material-csv", getTranslation("nomination.inbox.material.csv"), VaadinIcon.FILE_TABLE,
                        () -> material.nominationsCsv(round.id()), base + ".csv", Downloads.CSV),
                Downloads.link("material-xlsx", getTranslation("nomination.inbox.material.xlsx"), VaadinIcon.FILE_TABLE,
                        () -> material.nominationsXlsx(round.id()), base + ".xlsx", Downloads.XLSX));
        links.setPadding(false);
        links.setSpacing(false);
        var help = new Paragraph(getTranslation("nomination.inbox.material.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        content.add(links, help);
    }
}
