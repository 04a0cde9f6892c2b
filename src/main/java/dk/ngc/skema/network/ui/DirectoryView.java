package dk.ngc.skema.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.Downloads;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.network.DirectoryDiff;
import dk.ngc.skema.network.DirectoryService;
import dk.ngc.skema.network.IndicationRecord;
import dk.ngc.skema.network.ReleaseInfo;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The approved-indications directory for everyone with a role: search, each indication with its code, group, network,
 * criteria in readable Danish, who may requisition and how, expected WGS per year, version and approval date; the whole
 * directory as CSV and PDF; the releases with each one's change log, and a diff between two with the effect on expected
 * WGS per year. NGC signs a new release off.
 */
@Route(value = "indikationer", layout = MainLayout.class)
@RolesAllowed({Roles.REGION, Roles.LVS, Roles.PATIENTS, Roles.RKKP, Roles.NGC, Roles.WORKING_GROUP, Roles.STEERING_GROUP,
        Roles.NETWORK_MEMBER})
@Menu(order = 37, title = "base.nav.directory", icon = "vaadin:open-book")
public class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final DirectoryService directory;
    final TextField search = new TextField();
    final Grid<IndicationRecord> grid = new Grid<>();
    private final Span total = new Span();
    private final Div releasesBox = new Div();
    final Div diffBox = new Div();

    public DirectoryView(DirectoryService directory, CurrentUser currentUser) {
        this.directory = directory;
        add(new H1(getTranslation("directory.heading")), new Paragraph(getTranslation("directory.intro")));
        search.setId("directory-search");
        search.setLabel(getTranslation("directory.search"));
        search.setWidth("30em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        add(new HorizontalLayout(search,
                Downloads.link("directory-csv", getTranslation("directory.csv"), VaadinIcon.TABLE, () -> directory.csv(getLocale()),
                        "indikationer.csv", Downloads.CSV),
                Downloads.link("directory-pdf", getTranslation("directory.pdf"), VaadinIcon.FILE_TEXT_O, () -> directory.pdf(getLocale()),
                        "indikationer.pdf", Downloads.PDF)));
        grid.setId("directory");
        grid.addColumn(IndicationRecord::code).setHeader(getTranslation("directory.column.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(record -> record.name(getLocale())).setHeader(getTranslation("directory.column.name")).setFlexGrow(3);
        grid.addColumn(record -> record.groupName(getLocale()) + (record.networkNameDa() == null ? "" : " · " + record.networkNameDa()))
                .setHeader(getTranslation("directory.column.group")).setFlexGrow(2);
        grid.addColumn(record -> record.wgsPerYear().text(getLocale())).setHeader(getTranslation("directory.column.wgs")).setAutoWidth(true);
        grid.addColumn(record -> record.version() + " · " + DanishTime.date(record.approvedOn(), getLocale()))
                .setHeader(getTranslation("directory.column.versionApproved")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("directory.empty"));
        total.setId("directory-total");
        add(grid, total);

        add(new H2(getTranslation("directory.releases")));
        releasesBox.setId("directory-releases");
        add(releasesBox);
        if (currentUser.require().hasRole(Role.NGC)) {
            add(releaseForm());
        }
        diffBox.setId("directory-diff");
        add(diffBox);
        refresh();
    }

    VerticalLayout details(IndicationRecord record) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.addClassName("directory-details");
        if (record.description() != null) {
            box.add(new Paragraph(record.description()));
        }
        box.add(new Span(getTranslation("directory.column.criteria")));
        Pre criteria = new Pre(record.criteriaText(getLocale()));
        criteria.getStyle().set("white-space", "pre-wrap");
        box.add(criteria, new Span(getTranslation("directory.column.requisition")));
        Pre requisition = new Pre(record.requisitionText());
        requisition.getStyle().set("white-space", "pre-wrap");
        box.add(requisition);
        if (record.changeNote() != null) {
            box.add(new Span(getTranslation("directory.changeNote", record.changeNote())));
        }
        return box;
    }

    private void refresh() {
        List<IndicationRecord> found = directory.search(search.getValue());
        grid.setItems(found);
        total.setText(getTranslation("directory.total", found.size(),
                WgsRange.sum(found.stream().map(IndicationRecord::wgsPerYear).toList()).text(getLocale())));
        showReleases();
    }

    private void showReleases() {
        releasesBox.removeAll();
        List<ReleaseInfo> releases = directory.releases();
        if (releases.isEmpty()) {
            releasesBox.add(new Paragraph(getTranslation("directory.noReleases")));
            return;
        }
        var list = new UnorderedList();
        for (ReleaseInfo release : releases) {
            Button log = new Button(getTranslation("directory.changeLog"), click -> showDiff(
                    getTranslation("directory.changeLogOf", release.number(), release.title()), directory.changeLog(release.number())));
            log.addClassName("directory-change-log");
            log.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            list.add(new ListItem(new Span(getTranslation("directory.release", release.number(), release.title(), release.signedOffBy(),
                    DanishTime.dateTime(release.signedOffAt(), getLocale()), release.indications(), release.wgsPerYear().text(getLocale()))
                    + (release.note() == null ? "" : " – " + release.note()) + " "), log));
        }
        releasesBox.add(list);
        if (releases.size() > 1) {
            ComboBox<ReleaseInfo> from = new ComboBox<>(getTranslation("directory.diff.from"));
            ComboBox<ReleaseInfo> to = new ComboBox<>(getTranslation("directory.diff.to"));
            from.setId("directory-diff-from");
            to.setId("directory-diff-to");
            for (ComboBox<ReleaseInfo> box : List.of(from, to)) {
                box.setItems(releases);
                box.setItemLabelGenerator(release -> release.number() + " " + release.title());
            }
            from.setValue(releases.get(1));
            to.setValue(releases.getFirst());
            Button compare = new Button(getTranslation("directory.diff.compare"), click -> {
                if (from.getValue() != null && to.getValue() != null) {
                    showDiff(getTranslation("directory.diff.heading", from.getValue().number(), to.getValue().number()),
                            directory.diff(from.getValue().number(), to.getValue().number()));
                }
            });
            compare.setId("directory-diff-compare");
            releasesBox.add(new HorizontalLayout(from, to, compare));
        }
    }

    private VerticalLayout releaseForm() {
        var form = new VerticalLayout();
        form.setPadding(false);
        form.setId("directory-release-form");
        DirectoryDiff.Result pending = directory.unreleased();
        Button pendingButton = new Button(getTranslation("directory.unreleased", pending.changes().size()),
                click -> showDiff(getTranslation("directory.unreleasedHeading"), directory.unreleased()));
        pendingButton.setId("directory-unreleased");
        pendingButton.addThemeVariants(ButtonVariant.TERTIARY);
        TextField title = new TextField(getTranslation("directory.releaseTitle"));
        title.setId("directory-release-title");
        title.setWidth("24em");
        TextField note = new TextField(getTranslation("directory.releaseNote"));
        note.setWidth("30em");
        Button release = new Button(getTranslation("directory.signOff"), click -> {
            if (NetworkTexts.attempt(this, () -> directory.release(title.getValue(), note.getValue()))) {
                NetworkTexts.done(this, "directory.signedOff");
                title.clear();
                note.clear();
                pendingButton.setText(getTranslation("directory.unreleased", 0));
                refresh();
            }
        });
        release.setId("directory-sign-off");
        release.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(pendingButton, new HorizontalLayout(title, note, release));
        return form;
    }

    void showDiff(String heading, DirectoryDiff.Result diff) {
        diffBox.removeAll();
        diffBox.add(new H2(heading));
        if (diff.empty()) {
            diffBox.add(new Paragraph(getTranslation("directory.diff.none")));
            return;
        }
        var list = new UnorderedList();
        for (DirectoryDiff.Change change : diff.changes()) {
            String parts = change.parts().stream().map(part -> getTranslation("directory.part." + part.name())).collect(Collectors.joining(", "));
            list.add(new ListItem(getTranslation("directory.kind." + change.kind().name(), change.code(), change.name(), parts,
                    change.versionBefore(), change.versionAfter(), WgsRange.text(change.before(), getLocale()),
                    WgsRange.text(change.after(), getLocale()))));
        }
        diffBox.add(list);
        long[] effect = diff.effect();
        NumberFormat format = NumberFormat.getIntegerInstance(getLocale());
        Span summary = new Span(getTranslation("directory.diff.effect", diff.before().text(getLocale()), diff.after().text(getLocale()),
                signed(format, effect[0]) + " / " + signed(format, effect[1]) + " / " + signed(format, effect[2])));
        summary.setId("directory-diff-effect");
        diffBox.add(summary);
    }

    private static String signed(NumberFormat format, long value) {
        return (value > 0 ? "+" : "") + format.format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.heading") + " – " + getTranslation("base.app.name");
    }
}
