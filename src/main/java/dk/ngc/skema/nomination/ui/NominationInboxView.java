package dk.ngc.skema.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.nomination.AcknowledgementService;
import dk.ngc.skema.nomination.CoordinationNote;
import dk.ngc.skema.nomination.InboxFilter;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationRelations;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.nomination.NominationState;
import dk.ngc.skema.nomination.PartyInfo;
import dk.ngc.skema.nomination.PartyStatus;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.nomination.SimilarNominationInfo;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.stream.Collectors;

/**
 * NGC's inbox of nominations: a lazily loaded, filterable grid (one page of rows and one count per
 * request, filtered in the database) and, for the selected nomination, its parties, the nominations
 * most like it and those linked or merged with it, and NGC's actions: coordinate (the nominators are
 * messaged), link, and merge (after a dialog that says what will happen). The rules live in
 * {@link NominationService}. From here NGC also sends each region and LVS society the acknowledgement
 * of what was received (or downloads it per organisation as PDF or CSV); the assessment material is on
 * the assessment's results page.
 */
@Route(value = "indstillinger/indbakke", layout = MainLayout.class)
@RolesAllowed(Roles.NGC)
@Menu(order = 6, title = "base.nav.inbox", icon = "vaadin:inbox")
public class NominationInboxView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 50;
    static final int SIMILAR_LIMIT = 10;

    private final NominationService service;
    private final dk.ngc.skema.nomination.NominationInboxService inboxService;
    private final RoundService rounds;
    private final AcknowledgementService acknowledgements;
    private final Select<NominationState> state = new Select<>();
    private final Select<RoundInfo> round = new Select<>();
    private final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    private final TextField text = new TextField();
    private final Grid<NominationInfo> grid = new Grid<>();
    private final Div details = new Div();

    public NominationInboxView(NominationService service, dk.ngc.skema.nomination.NominationInboxService inboxService, RoundService rounds, AcknowledgementService acknowledgements) {
        this.rounds = rounds;
        this.service = service;
        this.inboxService = inboxService;
        this.acknowledgements = acknowledgements;
        setSizeFull();
        add(new H1(getTranslation("nomination.inbox.heading")));
        add(filters());
        configureGrid();
        details.setId("inbox-details");
        details.addClassName("form-card");
        details.getStyle().set("padding", "var(--lumo-space-m)").set("overflow", "auto");
        showNothingSelected();
        var split = new SplitLayout(grid, details);
        split.setSplitterPosition(74);
        split.setSizeFull();
        add(split);
        setFlexGrow(1, split);
    }

    private HorizontalLayout filters() {
        state.setId("inbox-state");
        state.setLabel(getTranslation("nomination.inbox.filter.state"));
        state.setItems(NominationState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("nomination.inbox.filter.all") : getTranslation("nomination.state." + s.name()));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("nomination.inbox.filter.all"));

        round.setId("inbox-round");
        round.setLabel(getTranslation("nomination.inbox.filter.round"));
        round.setItems(rounds.rounds());
        round.setItemLabelGenerator(r -> r == null ? getTranslation("nomination.inbox.filter.all") : r.name());
        round.setEmptySelectionAllowed(true);
        round.setEmptySelectionCaption(getTranslation("nomination.inbox.filter.all"));

        organisation.setId("inbox-organisation");
        organisation.setLabel(getTranslation("nomination.inbox.filter.organisation"));
        organisation.setItems(inboxService.partyOrganisations());
        organisation.setItemLabelGenerator(o -> o.name(getLocale()));
        organisation.setClearButtonVisible(true);
        organisation.setPlaceholder(getTranslation("nomination.inbox.filter.all"));
        organisation.setMinWidth("18rem");

        text.setId("inbox-text");
        text.setLabel(getTranslation("nomination.inbox.filter.text"));
        text.setPlaceholder(getTranslation("nomination.inbox.filter.text.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);

        state.addValueChangeListener(e -> refresh());
        round.addValueChangeListener(e -> refresh());
        organisation.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        var acknowledgementButton = new Button(getTranslation("nomination.inbox.ack"), VaadinIcon.ENVELOPES_O.create(),
                click -> new AcknowledgementsDialog(rounds, acknowledgements, round.getValue()).open());
        acknowledgementButton.setId("inbox-acknowledgements");
        var bar = new HorizontalLayout(state, round, organisation, text, acknowledgementButton);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private InboxFilter filter() {
        RoundInfo selectedRound = round.getValue();
        OrganisationSummary selectedOrganisation = organisation.getValue();
        return new InboxFilter(state.getValue(), selectedRound == null ? null : selectedRound.id(),
                selectedOrganisation == null ? null : selectedOrganisation.code(), text.getValue());
    }

    private void configureGrid() {
        grid.setId("inbox-grid");
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(this::receipt).setHeader(getTranslation("nomination.list.column.receipt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.title() == null ? getTranslation("forms.untitled") : n.title())
                .setHeader(getTranslation("nomination.list.column.title")).setWidth("9rem").setFlexGrow(3);
        grid.addColumn(NominationInfo::roundCode).setHeader(getTranslation("nomination.inbox.column.round")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> getTranslation("nomination.state." + n.state().name()))
                .setHeader(getTranslation("nomination.list.column.state")).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(n -> n.parties().stream().map(PartyInfo::organisationName).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("nomination.list.column.parties")).setWidth("7rem").setFlexGrow(2);
        grid.addColumn(n -> n.submittedAt() == null ? "" : DanishTime.dateTime(n.submittedAt(), getLocale()))
                .setHeader(getTranslation("nomination.inbox.column.submitted")).setWidth("6.5rem").setFlexGrow(0);
        grid.setItems(new CallbackDataProvider<NominationInfo, Void>(
                query -> inboxService.inbox(filter(), query.getOffset(), query.getLimit(), getLocale()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, inboxService.inboxCount(filter())),
                NominationInfo::id));
        // Titles, parties, states and times wrap instead of being cut, so that every column fits beside the
        // details at 1280 px (the submission time was scrolled out of sight).
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("nomination.inbox.none"));
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() == null) {
                showNothingSelected();
            } else {
                showDetails(event.getValue());
            }
        });
    }

    private void refresh() {
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    private String receipt(NominationInfo n) {
        return n.receiptNumber() == null ? getTranslation("nomination.list.draftNo", n.id()) : n.receiptNumber();
    }

    private void showNothingSelected() {
        details.removeAll();
        details.add(new Paragraph(getTranslation("nomination.inbox.selectHint")));
    }

    private void showDetails(NominationInfo nomination) {
        details.removeAll();
        NominationRelations relations = inboxService.relations(nomination.id());
        details.add(new H2(nomination.title() == null ? getTranslation("forms.untitled") : nomination.title()));
        details.add(new Paragraph(receipt(nomination) + " · " + getTranslation("nomination.state." + nomination.state().name())
                + (nomination.submittedAt() == null ? "" : " · " + DanishTime.dateTime(nomination.submittedAt(), getLocale()))));
        if (relations.mergedInto() != null) {
            var mergedInto = new Anchor("indstilling/" + relations.mergedInto().id(), getTranslation("nomination.inbox.mergedInto", label(relations.mergedInto())));
            mergedInto.setId("inbox-merged-into");
            var banner = new Div(mergedInto);
            banner.getElement().getThemeList().add("badge contrast");
            details.add(banner);
        }
        var open = new Anchor("indstilling/" + nomination.id(), getTranslation("nomination.inbox.open"));
        open.setId("inbox-open");
        details.add(open);

        details.add(new H3(getTranslation("nomination.parties")));
        var partyList = new UnorderedList();
        for (PartyInfo party : nomination.parties()) {
            partyList.add(new ListItem(party.organisationName() + (party.status() == PartyStatus.CONFIRMED ? ""
                    : " (" + getTranslation("nomination.party.status." + party.status().name()) + ")")));
        }
        details.add(partyList);
        details.add(relationLists(nomination, relations));

        details.add(new H3(getTranslation("nomination.inbox.similar")));
        List<SimilarNominationInfo> similar = inboxService.similarNominations(nomination.id(), SIMILAR_LIMIT, getLocale());
        if (similar.isEmpty()) {
            details.add(new Paragraph(getTranslation("nomination.inbox.similar.none")));
        } else {
            details.add(similarList(similar));
        }
        details.add(coordination(nomination, similar));
    }

    /** The nominations linked with this one (each with "Fjern"), and those merged into it. */
    private Div relationLists(NominationInfo nomination, NominationRelations relations) {
        var section = new Div();
        if (!relations.linked().isEmpty()) {
            section.add(new H3(getTranslation("nomination.inbox.linked")));
            var list = new UnorderedList();
            list.setId("inbox-linked");
            for (CoordinationNote.NominationRef other : relations.linked()) {
                var unlink = new Button(getTranslation("nomination.inbox.unlink"), click -> {
                    inboxService.unlink(nomination.id(), other.id());
                    success(getTranslation("nomination.inbox.unlinked"));
                    showDetails(service.nomination(nomination.id(), getLocale()));
                });
                unlink.setId("unlink-" + other.id());
                unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.SMALL);
                list.add(new ListItem(new Anchor("indstilling/" + other.id(), label(other)), new Span(" "), unlink));
            }
            section.add(list);
        }
        if (!relations.mergedFrom().isEmpty()) {
            section.add(new H3(getTranslation("nomination.inbox.mergedFrom")));
            var list = new UnorderedList();
            list.setId("inbox-merged-from");
            relations.mergedFrom().forEach(other -> list.add(new ListItem(new Anchor("indstilling/" + other.id(), label(other)))));
            section.add(list);
        }
        return section;
    }

    private void success(String message) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
    }

    private UnorderedList similarList(List<SimilarNominationInfo> similar) {
        var similarList = new UnorderedList();
        similarList.setId("inbox-similar");
        for (SimilarNominationInfo hit : similar) {
            NominationInfo other = hit.nomination();
            var link = new Anchor("indstilling/" + other.id(), receipt(other) + " – "
                    + (other.title() == null ? getTranslation("forms.untitled") : other.title()));
            var score = new Span(getTranslation("nomination.inbox.similar.score", Math.round(hit.score() * 100)));
            score.getElement().getThemeList().add("badge" + (hit.score() >= 0.5 ? " error" : hit.score() >= 0.3 ? "" : " contrast"));
            var parties = new Span(other.parties().stream().map(PartyInfo::organisationName).collect(Collectors.joining(", ")));
            parties.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            var item = new ListItem(score, new Span(" "), link);
            item.add(new Div(parties));
            similarList.add(item);
        }
        return similarList;
    }

    private Div coordination(NominationInfo nomination, List<SimilarNominationInfo> similar) {
        var section = new Div();
        section.setId("inbox-coordination");
        section.add(new H3(getTranslation("nomination.inbox.coordination")));
        List<CoordinationNote> notes = inboxService.coordinationNotes(nomination.id());
        if (notes.isEmpty()) {
            section.add(new Paragraph(getTranslation("nomination.inbox.coordination.none")));
        }
        for (CoordinationNote note : notes) {
            var item = new Div();
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            var kind = new Span(getTranslation("nomination.inbox.coordination.kind." + note.kind().name()));
            kind.getElement().getThemeList().add("badge small");
            var meta = new Span(" " + DanishTime.dateTime(note.createdAt(), getLocale()) + " · " + note.createdBy() + " · "
                    + note.nominations().stream().map(this::label).collect(Collectors.joining(", ")));
            meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            item.add(new Div(kind, meta));
            if (note.note() != null) {
                var text = new Paragraph(note.note());
                text.getStyle().set("margin", "0").set("white-space", "pre-wrap");
                item.add(text);
            }
            if (note.kind() != dk.ngc.skema.nomination.CoordinationKind.LINK) {
                var told = new Span(note.told().isEmpty() ? getTranslation("nomination.inbox.coordination.toldNobody")
                        : getTranslation("nomination.inbox.coordination.told", note.told().stream()
                        .map(recipient -> recipient.name() + " (" + recipient.email() + ")").collect(Collectors.joining(", "))));
                told.addClassName("coordination-told");
                told.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
                item.add(new Div(told));
            }
            section.add(item);
        }
        var coordinate = new Button(getTranslation("nomination.inbox.coordinate"), VaadinIcon.CONNECT.create(), click -> openCoordinationDialog(nomination, similar));
        coordinate.setId("inbox-coordinate");
        coordinate.addThemeVariants(ButtonVariant.PRIMARY);
        var actions = new HorizontalLayout(coordinate);
        actions.setWrap(true);
        if (nomination.state() == NominationState.SUBMITTED) {
            var link = new Button(getTranslation("nomination.inbox.link"), VaadinIcon.LINK.create(), click -> openLinkDialog(nomination, similar));
            link.setId("inbox-link");
            var merge = new Button(getTranslation("nomination.inbox.merge"), VaadinIcon.COMPRESS.create(), click -> openMergeDialog(nomination));
            merge.setId("inbox-merge");
            actions.add(link, merge);
        }
        section.add(actions);
        return section;
    }

    private String nominationLabel(NominationInfo nomination) {
        return receipt(nomination) + " – " + (nomination.title() == null ? getTranslation("forms.untitled") : nomination.title());
    }

    private static Paragraph errorText(String id) {
        var error = new Paragraph();
        error.setId(id);
        error.setVisible(false);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        return error;
    }

    private void showError(Paragraph error, Refusal e) {
        error.setText(getTranslation(e.messageKey(), e.arguments()));
        error.setVisible(true);
    }

    /** After a link or merge: the grid's rows (states change) and this panel, freshly read. */
    private void reload(NominationInfo nomination) {
        grid.getDataProvider().refreshAll();
        showDetails(service.nomination(nomination.id(), getLocale()));
    }

    private void openLinkDialog(NominationInfo nomination, List<SimilarNominationInfo> similar) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("nomination.inbox.link.title", receipt(nomination)));
        dialog.setWidth("40rem");
        List<NominationInfo> candidates = inboxService.relatableNominations(nomination.id(), getLocale());
        var others = new MultiSelectComboBox<NominationInfo>(getTranslation("nomination.inbox.link.others"));
        others.setId("link-others");
        others.setWidthFull();
        others.setItems(candidates);
        others.setItemLabelGenerator(this::nominationLabel);
        java.util.Set<Long> alike = similar.stream().filter(hit -> hit.score() >= 0.5).map(hit -> hit.nomination().id())
                .collect(Collectors.toSet());
        others.setValue(candidates.stream().filter(candidate -> alike.contains(candidate.id())).collect(Collectors.toSet()));
        var note = new TextArea(getTranslation("nomination.inbox.link.note"));
        note.setId("link-note");
        note.setWidthFull();
        note.setMaxLength(dk.ngc.skema.nomination.NominationInboxService.COORDINATION_NOTE_MAX_LENGTH);
        var error = errorText("link-error");
        var layout = new VerticalLayout(new Paragraph(getTranslation("nomination.inbox.link.intro")), others, note, error);
        layout.setPadding(false);
        if (candidates.isEmpty()) {
            layout.add(new Paragraph(getTranslation("nomination.inbox.relate.none")));
        }
        dialog.add(layout);
        var save = new Button(getTranslation("nomination.inbox.link.save"), click -> {
            try {
                inboxService.link(nomination.id(), others.getValue().stream().map(NominationInfo::id).toList(), note.getValue());
                dialog.close();
                success(getTranslation("nomination.inbox.link.saved"));
                reload(nomination);
            } catch (Refusal e) {
                showError(error, e);
                click.getSource().setEnabled(true);
            }
        });
        // No second click while the first is handled; usable again when it was refused.
        save.setDisableOnClick(true);
        save.setId("link-save");
        save.setEnabled(!candidates.isEmpty());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("nomination.inbox.coordinate.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** Choose the other nomination and which one is kept; the dialog says what will happen before NGC confirms. */
    private void openMergeDialog(NominationInfo nomination) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("nomination.inbox.merge.title", receipt(nomination)));
        dialog.setWidth("40rem");
        List<NominationInfo> candidates = inboxService.relatableNominations(nomination.id(), getLocale());
        var other = new Select<NominationInfo>();
        other.setId("merge-other");
        other.setLabel(getTranslation("nomination.inbox.merge.other"));
        other.setWidthFull();
        other.setItems(candidates);
        other.setItemLabelGenerator(candidate -> candidate == null ? "" : nominationLabel(candidate));
        var keep = new RadioButtonGroup<NominationInfo>(getTranslation("nomination.inbox.merge.keep"));
        keep.setId("merge-keep");
        keep.setItemLabelGenerator(this::nominationLabel);
        keep.setItems(nomination);
        keep.setValue(nomination);
        var explain = new Paragraph(getTranslation("nomination.inbox.merge.chooseOther", receipt(nomination)));
        explain.setId("merge-explain");
        var note = new TextArea(getTranslation("nomination.inbox.merge.note"));
        note.setId("merge-note");
        note.setWidthFull();
        note.setMaxLength(dk.ngc.skema.nomination.NominationInboxService.COORDINATION_NOTE_MAX_LENGTH);
        var error = errorText("merge-error");
        var confirm = new Button(getTranslation("nomination.inbox.merge.confirm"));
        confirm.setId("merge-confirm");
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setEnabled(false);
        Runnable explainChoice = () -> {
            NominationInfo chosen = other.getValue();
            NominationInfo kept = keep.getValue();
            if (chosen == null || kept == null) {
                explain.setText(getTranslation("nomination.inbox.merge.chooseOther", receipt(nomination)));
                confirm.setEnabled(false);
                return;
            }
            NominationInfo merged = kept.id() == nomination.id() ? chosen : nomination;
            explain.setText(getTranslation("nomination.inbox.merge.explain", receipt(kept), receipt(merged)));
            confirm.setEnabled(true);
        };
        other.addValueChangeListener(event -> {
            NominationInfo kept = keep.getValue();
            keep.setItems(event.getValue() == null ? List.of(nomination) : List.of(nomination, event.getValue()));
            keep.setValue(kept != null && kept.id() != nomination.id() && event.getValue() != null ? event.getValue() : nomination);
            explainChoice.run();
        });
        keep.addValueChangeListener(event -> explainChoice.run());
        confirm.addClickListener(click -> {
            NominationInfo chosen = other.getValue();
            NominationInfo kept = keep.getValue();
            NominationInfo merged = kept.id() == nomination.id() ? chosen : nomination;
            try {
                inboxService.merge(kept.id(), merged.id(), note.getValue());
                dialog.close();
                success(getTranslation("nomination.inbox.merge.saved", receipt(merged), receipt(kept)));
                reload(nomination);
            } catch (Refusal e) {
                showError(error, e);
                confirm.setEnabled(true);
            }
        });
        var layout = new VerticalLayout(other, keep, explain, note, error);
        layout.setPadding(false);
        if (candidates.isEmpty()) {
            layout.add(new Paragraph(getTranslation("nomination.inbox.relate.none")));
        }
        dialog.add(layout);
        var cancel = new Button(getTranslation("nomination.inbox.coordinate.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private String label(CoordinationNote.NominationRef ref) {
        return (ref.receiptNumber() == null ? getTranslation("nomination.list.draftNo", ref.id()) : ref.receiptNumber())
                + " " + (ref.title() == null ? getTranslation("forms.untitled") : ref.title());
    }

    private void openCoordinationDialog(NominationInfo nomination, List<SimilarNominationInfo> similar) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("nomination.inbox.coordinate.title", receipt(nomination)));
        dialog.setWidth("36rem");
        var related = new CheckboxGroup<SimilarNominationInfo>(getTranslation("nomination.inbox.coordinate.related"));
        related.setId("coordinate-related");
        related.setItems(similar);
        related.setItemLabelGenerator(hit -> receipt(hit.nomination()) + " – "
                + (hit.nomination().title() == null ? getTranslation("forms.untitled") : hit.nomination().title())
                + " (" + getTranslation("nomination.inbox.similar.score", Math.round(hit.score() * 100)) + ")");
        related.setValue(similar.stream().filter(hit -> hit.score() >= 0.5).collect(Collectors.toSet()));
        related.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        var note = new TextArea(getTranslation("nomination.inbox.coordinate.note"));
        note.setId("coordinate-note");
        note.setWidthFull();
        note.setMaxLength(dk.ngc.skema.nomination.NominationInboxService.COORDINATION_NOTE_MAX_LENGTH);
        note.setHelperText(getTranslation("nomination.inbox.coordinate.note.help"));
        var layout = new VerticalLayout(related, note);
        layout.setPadding(false);
        dialog.add(layout);
        var save = new Button(getTranslation("nomination.inbox.coordinate.save"), click -> {
            try {
                inboxService.coordinate(nomination.id(), related.getValue().stream().map(hit -> hit.nomination().id()).toList(), note.getValue());
                dialog.close();
                success(getTranslation("nomination.inbox.coordinate.saved"));
                showDetails(nomination);
            } catch (Refusal e) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                click.getSource().setEnabled(true);
            }
        });
        save.setDisableOnClick(true);
        save.setId("coordinate-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("nomination.inbox.coordinate.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nomination.inbox.heading") + " – " + getTranslation("base.app.name");
    }
}
