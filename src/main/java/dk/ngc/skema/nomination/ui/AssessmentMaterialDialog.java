package dk.ngc.skema.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import dk.ngc.skema.nomination.AssessmentMaterialService;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundState;

import java.util.List;

/**
 * NGC's material for the working group, for a chosen round: all submitted nominations as one PDF (cover,
 * contents, each nomination from a new page), and as CSV and XLSX with every answer.
 */
class AssessmentMaterialDialog extends Dialog {

    private final dk.ngc.skema.nomination.NominationService nominations;
    private final AssessmentMaterialService material;
    private final Div content = new Div();

    AssessmentMaterialDialog(dk.ngc.skema.nomination.NominationService nominations, RoundService rounds, AssessmentMaterialService material, RoundInfo preselected) {
        this.nominations = nominations;
        this.material = material;
        setHeaderTitle(getTranslation("inbox.material"));
        setWidth("40rem");
        var roundChoice = roundSelect(rounds, preselected, "material-round");
        content.setId("material-content");
        roundChoice.addValueChangeListener(change -> show(change.getValue()));
        show(roundChoice.getValue());
        var layout = new VerticalLayout(roundChoice, content);
        layout.setPadding(false);
        add(layout);
        getFooter().add(new Button(getTranslation("inbox.close"), click -> close()));
    }

    /** A round picker: the inbox's round filter, else the newest round that is not merely planned. */
    static Select<RoundInfo> roundSelect(RoundService nominations, RoundInfo preselected, String id) {
        var select = new Select<RoundInfo>();
        select.setId(id);
        select.setLabel(select.getTranslation("inbox.filter.round"));
        select.setWidthFull();
        List<RoundInfo> rounds = nominations.rounds();
        select.setItems(rounds);
        select.setItemLabelGenerator(r -> r.name() + " (" + select.getTranslation("rounds.state." + r.state().name()) + ")");
        rounds.stream().filter(r -> preselected == null ? r.state() != RoundState.PLANNED : r.id() == preselected.id()).findFirst()
                .or(() -> rounds.stream().findFirst()).ifPresent(select::setValue);
        return select;
    }

    private void show(RoundInfo round) {
        content.removeAll();
        if (round == null) {
            content.add(new Paragraph(getTranslation("inbox.noRounds")));
            return;
        }
        int count = nominations.submittedNominations(round.id(), getLocale()).size();
        content.add(new Paragraph(getTranslation("inbox.material.count", count)));
        if (count == 0) {
            return;
        }
        String base = "indstillinger-" + round.code();
        var links = new VerticalLayout(
                Downloads.link("material-pdf", getTranslation("inbox.material.pdf"), VaadinIcon.FILE_TEXT_O,
                        () -> material.combinedPdf(round.id(), getLocale()), base + ".pdf", Downloads.PDF),
                Downloads.link("material-csv", getTranslation("inbox.material.csv"), VaadinIcon.FILE_TABLE,
                        () -> material.nominationsCsv(round.id()), base + ".csv", Downloads.CSV),
                Downloads.link("material-xlsx", getTranslation("inbox.material.xlsx"), VaadinIcon.FILE_TABLE,
                        () -> material.nominationsXlsx(round.id()), base + ".xlsx", Downloads.XLSX));
        links.setPadding(false);
        links.setSpacing(false);
        var help = new Paragraph(getTranslation("inbox.material.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        content.add(links, help);
    }
}
