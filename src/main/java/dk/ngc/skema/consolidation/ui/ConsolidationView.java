package dk.ngc.skema.consolidation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.consolidation.ANomination;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.ExpansionInfo;
import dk.ngc.skema.consolidation.GroupInfo;
import dk.ngc.skema.consolidation.HistoryEntry;
import dk.ngc.skema.consolidation.Suggestion;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.consolidation.Workspace;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.patientgroup.PatientGroupSummary;
import dk.ngc.skema.base.ui.SubjectPicker;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * NGC's consolidation workspace of a round: the A nominations still left, suggestions with their reasons, the
 * consolidated groups (each with its nominations, societies and WGS estimate, adjustable with a reason) and the
 * expansions of selected groups, and the history. The rules are in {@link ConsolidationService}.
 */
@Route(value = "konsolidering", layout = MainLayout.class)
@RolesAllowed(Roles.NGC)
@Menu(order = 30, title = "base.nav.consolidation", icon = "vaadin:sitemap")
public class ConsolidationView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final ConsolidationService service;
    private final PatientGroupService catalogue;
    private final Div content = new Div();
    private long roundId;

    /** Where a nomination can go: a consolidated group, or the expansion of a selected group. */
    record Target(@Nullable Long groupId, @Nullable String catalogueCode, String label) {
    }

    public ConsolidationView(ConsolidationService service, PatientGroupService catalogue) {
        this.service = service;
        this.catalogue = catalogue;
        add(new H1(getTranslation("consolidation.heading")));
        content.setWidthFull();
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consolidation.heading");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long chosen) {
        content.removeAll();
        List<RoundInfo> rounds = service.rounds();
        if (rounds.isEmpty()) {
            content.add(new Paragraph(getTranslation("consolidation.noRounds")));
            return;
        }
        RoundInfo round = rounds.stream().filter(r -> chosen != null && r.id() == chosen).findFirst().orElse(rounds.getFirst());
        roundId = round.id();
        content.add(SubjectPicker.of("consolidation-round", getTranslation("consolidation.round"), rounds, round, RoundInfo::name,
                picked -> getUI().ifPresent(ui -> ui.navigate(ConsolidationView.class, picked.id()))));
        show();
    }

    private void refresh() {
        content.getChildren().skip(1).toList().forEach(content::remove);
        show();
    }

    private void show() {
        Workspace workspace = service.workspace(roundId);
        List<Target> targets = targets(workspace);
        var left = new Paragraph(workspace.complete()
                ? getTranslation("consolidation.allPlaced", workspace.total())
                : getTranslation("consolidation.left", workspace.left().size(), workspace.total()));
        left.setId("consolidation-left");
        content.add(left);

        content.add(new H2(getTranslation("consolidation.leftHeading")));
        if (workspace.left().isEmpty()) {
            content.add(new Paragraph(getTranslation("consolidation.noneLeft")));
        }
        for (ANomination nomination : workspace.left()) {
            content.add(nominationCard(nomination, targets, false));
        }

        content.add(new H2(getTranslation("consolidation.suggestions")));
        Map<Long, ANomination> byId = all(workspace).stream().collect(Collectors.toMap(ANomination::nominationId, Function.identity()));
        List<Suggestion> suggestions = service.suggestions(roundId);
        if (suggestions.isEmpty()) {
            content.add(new Paragraph(getTranslation("consolidation.noSuggestions")));
        }
        var suggestionList = new UnorderedList();
        suggestionList.setId("consolidation-suggestions");
        for (Suggestion suggestion : suggestions) {
            String labels = suggestion.nominationIds().stream().map(id -> byId.containsKey(id) ? byId.get(id).label() : String.valueOf(id))
                    .collect(Collectors.joining(", "));
            suggestionList.add(new ListItem(getTranslation("consolidation.suggestion." + suggestion.kind().name(), labels, suggestion.reason())));
        }
        content.add(suggestionList);

        content.add(new H2(getTranslation("consolidation.groups")));
        content.add(newGroupForm());
        for (GroupInfo group : workspace.groups()) {
            content.add(groupCard(group, targets));
        }

        content.add(new H2(getTranslation("consolidation.expansions")));
        if (workspace.expansions().isEmpty()) {
            content.add(new Paragraph(getTranslation("consolidation.noExpansions")));
        }
        for (ExpansionInfo expansion : workspace.expansions()) {
            var card = new Div(new H3(getTranslation("consolidation.expansionOf", expansion.name())));
            card.setId("expansion-" + expansion.code());
            expansion.nominations().forEach(nomination -> card.add(nominationCard(nomination, targets, true)));
            content.add(card);
        }

        content.add(new H2(getTranslation("consolidation.history")));
        var history = new UnorderedList();
        history.setId("consolidation-history");
        for (HistoryEntry entry : service.history(roundId)) {
            history.add(new ListItem(DanishTime.dateTime(entry.at(), getLocale()) + " · " + entry.actor() + " · "
                    + getTranslation("consolidation.action." + entry.action().name()) + (entry.detail() == null ? "" : ": " + entry.detail())));
        }
        content.add(history);
    }

    private static List<ANomination> all(Workspace workspace) {
        List<ANomination> all = new ArrayList<>(workspace.left());
        workspace.groups().forEach(group -> all.addAll(group.nominations()));
        workspace.expansions().forEach(expansion -> all.addAll(expansion.nominations()));
        return all;
    }

    private List<Target> targets(Workspace workspace) {
        List<Target> targets = new ArrayList<>();
        workspace.groups().forEach(group -> targets.add(new Target(group.id(), null, group.name())));
        for (PatientGroupSummary selected : catalogue.selectedGroups()) {
            targets.add(new Target(null, selected.code(), getTranslation("consolidation.expansionOf", selected.name(getLocale()))));
        }
        return targets;
    }

    private Component nominationCard(ANomination nomination, List<Target> targets, boolean placed) {
        var card = new Div();
        card.setId("nomination-" + nomination.nominationId());
        card.addClassName("consolidation-nomination");
        card.add(new Paragraph(new Span(nomination.label())));
        card.add(new Paragraph(getTranslation("consolidation.parties", String.join(", ", nomination.parties()))));
        card.add(new Paragraph(getTranslation("consolidation.result", nomination.result())));
        card.add(new Paragraph(getTranslation("consolidation.societies", nomination.societyNames().isEmpty() ? DanishTime.NONE
                : String.join(", ", nomination.societyNames()))));
        card.add(new Paragraph(nomination.range() == null ? getTranslation("consolidation.noRange") : range(nomination.range())));
        // A combo box, not a select: a select builds an item component per target in every card (200 cards × 54 targets
        // took 1.5 s to render), a combo box sends its items only when opened, and NGC can type to find the group.
        var move = new ComboBox<Target>();
        move.setId("move-" + nomination.nominationId());
        move.setWidth("28rem");
        move.setLabel(getTranslation(placed ? "consolidation.moveTo" : "consolidation.placeIn"));
        move.setItems(targets);
        move.setItemLabelGenerator(Target::label);
        move.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                Target target = change.getValue();
                if (target.groupId() != null) {
                    service.place(nomination.nominationId(), target.groupId());
                } else {
                    service.markExpansion(nomination.nominationId(), roundId, target.catalogueCode());
                }
                refresh();
            }
        });
        var row = new HorizontalLayout(move);
        row.setAlignItems(Alignment.BASELINE);
        if (placed) {
            var remove = new Button(getTranslation("consolidation.remove"), click -> {
                service.remove(nomination.nominationId());
                refresh();
            });
            remove.setId("remove-" + nomination.nominationId());
            row.add(remove);
        }
        card.add(row);
        return card;
    }

    private Component newGroupForm() {
        var name = new TextField(getTranslation("consolidation.groupName"));
        name.setId("group-name");
        name.setWidth("28rem");
        var description = new TextArea(getTranslation("consolidation.groupDescription"));
        description.setId("group-description");
        description.setWidth("28rem");
        var create = new Button(getTranslation("consolidation.createGroup"), click -> {
            service.createGroup(roundId, name.getValue(), description.getValue());
            refresh();
        });
        create.setId("create-group");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new VerticalLayout(name, description, create);
        form.setPadding(false);
        return form;
    }

    private Component groupCard(GroupInfo group, List<Target> targets) {
        var card = new Div();
        card.setId("group-" + group.id());
        card.addClassName("consolidation-group");
        card.add(new H3(group.name()));
        if (group.description() != null) {
            card.add(new Paragraph(group.description()));
        }
        card.add(new Paragraph(getTranslation("consolidation.societies", group.societyNames().isEmpty() ? DanishTime.NONE
                : String.join(", ", group.societyNames()))));
        var estimate = new Paragraph(getTranslation("consolidation.estimate", range(group.estimate().estimate())));
        estimate.setId("estimate-" + group.id());
        card.add(estimate);
        if (group.estimate().adjusted() != null) {
            card.add(new Paragraph(getTranslation("consolidation.adjusted", range(group.estimate().summed()), group.estimate().adjustedReason())));
        }
        if (!group.estimate().withoutRange().isEmpty()) {
            card.add(new Paragraph(getTranslation("consolidation.withoutRange", group.estimate().withoutRange().size())));
        }
        group.nominations().forEach(nomination -> card.add(nominationCard(nomination, targets, true)));
        card.add(adjustForm(group));
        if (group.nominations().isEmpty()) {
            var delete = new Button(getTranslation("consolidation.deleteGroup"), click -> {
                service.deleteGroup(group.id());
                refresh();
            });
            delete.setId("delete-" + group.id());
            delete.addThemeVariants(ButtonVariant.ERROR);
            card.add(delete);
        }
        return card;
    }

    private Component adjustForm(GroupInfo group) {
        WgsRange current = group.estimate().estimate();
        var low = number("adjust-low-" + group.id(), "forms.range.low", current.low());
        var expected = number("adjust-expected-" + group.id(), "forms.range.expected", current.expected());
        var high = number("adjust-high-" + group.id(), "forms.range.high", current.high());
        var reason = new TextArea(getTranslation("consolidation.adjustReason"));
        reason.setId("adjust-reason-" + group.id());
        reason.setWidth("28rem");
        var save = new Button(getTranslation("consolidation.adjust"), click -> {
            if (low.getValue() == null || expected.getValue() == null || high.getValue() == null
                    || low.getValue() < 0 || expected.getValue() < low.getValue() || high.getValue() < expected.getValue()) {
                low.setInvalid(true);
                low.setErrorMessage(getTranslation("consolidation.error.range"));
                return;
            }
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("consolidation.error.reasonRequired"));
                return;
            }
            service.adjustEstimate(group.id(), new WgsRange(low.getValue(), expected.getValue(), high.getValue()), reason.getValue());
            refresh();
        });
        save.setId("adjust-" + group.id());
        var row = new HorizontalLayout(low, expected, high, save);
        row.setAlignItems(Alignment.BASELINE);
        var form = new VerticalLayout(row, reason);
        form.setPadding(false);
        if (group.estimate().adjusted() != null) {
            var reset = new Button(getTranslation("consolidation.resetEstimate"), click -> {
                service.resetEstimate(group.id());
                refresh();
            });
            reset.setId("reset-" + group.id());
            form.add(reset);
        }
        return form;
    }

    private IntegerField number(String id, String labelKey, long value) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
        field.setValue((int) Math.min(Integer.MAX_VALUE, value));
        field.setWidth("8rem");
        return field;
    }

    String range(WgsRange range) {
        return getTranslation("consolidation.range", range.low(), range.expected(), range.high());
    }
}
