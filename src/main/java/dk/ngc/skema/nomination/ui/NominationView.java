package dk.ngc.skema.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.nomination.CoordinationNote;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.CoauthorInfo;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.ngc.skema.nomination.NominationRelations;
import dk.ngc.skema.nomination.NominationCoauthorService;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.NominationState;

import java.util.List;
import java.util.Set;
import jakarta.annotation.security.PermitAll;

/**
 * One nomination: receipt number, parties and their confirmations, deadline, the form, withdraw; the
 * nominations NGC linked with it or merged into it, and, when it was merged into another, a banner
 * naming that one.
 */
@Route(value = "indstilling", layout = MainLayout.class)
@PermitAll
public class NominationView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final NominationService service;
    private final NominationCoauthorService coauthorService;
    private String title = "";

    private final dk.ngc.skema.security.CurrentUser currentUser;

    public NominationView(NominationService service, NominationCoauthorService coauthorService, dk.ngc.skema.security.CurrentUser currentUser) {
        this.service = service;
        this.coauthorService = coauthorService;
        this.currentUser = currentUser;
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(service.nomination(id, getLocale()));
    }

    private void show(NominationInfo nomination) {
        removeAll();
        title = nomination.title() == null ? getTranslation("forms.untitled") : nomination.title();
        add(new H1(title));
        add(new Paragraph(nomination.receiptNumber() == null
                ? getTranslation("nomination.notSubmitted", DanishTime.dateTime(nomination.deadline(), getLocale()))
                : getTranslation("nomination.receipt", nomination.receiptNumber(), DanishTime.dateTime(nomination.submittedAt(), getLocale()))));
        add(new Paragraph(getTranslation("nomination.state") + ": " + getTranslation("nomination.state." + nomination.state().name())));
        NominationRelations relations = service.relations(nomination.id());
        if (relations.mergedInto() != null) {
            add(mergedBanner(relations));
        }
        add(new H2(getTranslation("nomination.parties")));
        add(new NominationCard(nomination, service, Set.of(), () -> { }));
        addRefs("nomination.linked", "nomination-linked", relations.linked());
        addRefs("nomination.mergedFrom", "nomination-merged-from", relations.mergedFrom());
        var open = new Anchor("besvarelse/" + nomination.responseId(), getTranslation(
                nomination.state() == NominationState.DRAFT ? "nomination.openForm" : "nomination.readForm"));
        open.setId("open-form");
        var actions = new HorizontalLayout(open);
        boolean nominator = service.isNominator(nomination.id());
        if (nominator && (nomination.state() == NominationState.DRAFT || nomination.state() == NominationState.SUBMITTED)) {
            var withdraw = new Button(getTranslation("nomination.withdraw"), click -> confirmWithdrawal(nomination));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.setId("withdraw");
            actions.add(withdraw);
        }
        add(actions);
        add(coauthorsSection(nomination, nominator));
        if (currentUser.require().hasRole(dk.ngc.skema.security.Role.NGC) && nomination.state() == NominationState.DRAFT) {
            add(extensionForm(nomination));
        }
    }

    /** Who else writes the draft; the nominators of a draft may invite and remove co-authors. */
    private com.vaadin.flow.component.Component coauthorsSection(NominationInfo nomination, boolean nominator) {
        var section = new VerticalLayout();
        section.setPadding(false);
        section.setId("coauthors");
        section.add(new H2(getTranslation("nomination.coauthors")));
        List<CoauthorInfo> coauthors = coauthorService.coauthors(nomination.id());
        boolean mayChange = nominator && nomination.state() == NominationState.DRAFT;
        if (coauthors.isEmpty()) {
            section.add(new Paragraph(getTranslation("nomination.coauthors.none")));
        } else {
            var list = new com.vaadin.flow.component.html.UnorderedList();
            for (CoauthorInfo coauthor : coauthors) {
                String who = coauthor.name() == null ? coauthor.email() : coauthor.name() + " <" + coauthor.email() + ">";
                var item = new com.vaadin.flow.component.html.ListItem(new Span(who + " – " + getTranslation("nomination.coauthors.invitedBy",
                        coauthor.invitedBy(), DanishTime.dateTime(coauthor.invitedAt(), getLocale()))));
                if (mayChange) {
                    var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                        coauthorService.removeCoauthor(coauthor.id());
                        Notification.show(getTranslation("nomination.coauthors.removed", coauthor.email()), 4000, Notification.Position.TOP_CENTER)
                                .addThemeVariants(NotificationVariant.SUCCESS);
                        show(service.nomination(nomination.id(), getLocale()));
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("nomination.coauthors.remove", coauthor.email()));
                    remove.setTooltipText(getTranslation("nomination.coauthors.remove", coauthor.email()));
                    item.add(remove);
                }
                list.add(item);
            }
            section.add(list);
        }
        if (mayChange) {
            section.add(new Paragraph(getTranslation("nomination.coauthors.intro")));
            var email = new com.vaadin.flow.component.textfield.EmailField(getTranslation("nomination.coauthors.email"));
            email.setId("coauthor-email");
            email.setMaxLength(NominationCoauthorService.EMAIL_MAX_LENGTH);
            email.setWidth("22rem");
            var invite = new Button(getTranslation("nomination.coauthors.invite"), VaadinIcon.PLUS.create());
            invite.setId("invite-coauthor");
            invite.setDisableOnClick(true);
            invite.addClickListener(click -> {
                try {
                    CoauthorInfo invited = coauthorService.inviteCoauthor(nomination.id(), email.getValue());
                    Notification.show(getTranslation("nomination.coauthors.invited", invited.email()), 4000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.SUCCESS);
                    show(service.nomination(nomination.id(), getLocale()));
                } catch (Refusal e) {
                    email.setInvalid(true);
                    email.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                    invite.setEnabled(true);
                }
            });
            var form = new HorizontalLayout(email, invite);
            form.setAlignItems(Alignment.BASELINE);
            section.add(form);
        }
        return section;
    }

    private Div mergedBanner(NominationRelations relations) {
        var into = relations.mergedInto();
        var heading = new Anchor("indstilling/" + into.id(), getTranslation("nomination.mergedInto", refLabel(into)));
        heading.getStyle().set("font-weight", "600");
        var banner = new Div(heading, new Paragraph(getTranslation("nomination.mergedInto.explain",
                DanishTime.dateTime(relations.mergedAt(), getLocale()), refLabel(into))));
        banner.setId("merged-banner");
        banner.getStyle().set("background", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        return banner;
    }

    private void addRefs(String headingKey, String id, List<CoordinationNote.NominationRef> refs) {
        if (refs.isEmpty()) {
            return;
        }
        add(new H2(getTranslation(headingKey)));
        var list = new UnorderedList();
        list.setId(id);
        refs.forEach(ref -> list.add(new ListItem(new Anchor("indstilling/" + ref.id(), refLabel(ref)))));
        add(list);
    }

    private String refLabel(CoordinationNote.NominationRef ref) {
        return (ref.receiptNumber() == null ? getTranslation("nomination.list.draftNo", ref.id()) : ref.receiptNumber())
                + " " + (ref.title() == null ? getTranslation("forms.untitled") : ref.title());
    }

    /** Withdrawal cannot be undone, so it is confirmed first. */
    private void confirmWithdrawal(NominationInfo nomination) {
        var dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        dialog.setId("withdraw-confirm");
        dialog.setHeader(getTranslation("nomination.withdraw.confirm.heading"));
        dialog.setText(getTranslation("nomination.withdraw.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("nomination.withdraw.confirm.cancel"));
        dialog.setConfirmText(getTranslation("nomination.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            service.withdraw(nomination.id());
            Notification.show(getTranslation("nomination.withdrawn"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            show(service.nomination(nomination.id(), getLocale()));
        });
        dialog.open();
    }

    /** NGC may let one nomination be submitted after the round's deadline. */
    private com.vaadin.flow.component.Component extensionForm(NominationInfo nomination) {
        var until = new com.vaadin.flow.component.datetimepicker.DateTimePicker(getTranslation("nomination.extendUntil"));
        until.setLocale(getLocale());
        var grant = new Button(getTranslation("nomination.extend"), click -> {
            if (until.getValue() == null) {
                until.setInvalid(true);
                until.setErrorMessage(getTranslation("nomination.extendUntil.missing"));
                return;
            }
            try {
                service.grantExtension(nomination.id(), DanishTime.instant(until.getValue()));
            } catch (Refusal e) {
                until.setInvalid(true);
                until.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                return;
            }
            Notification.show(getTranslation("nomination.extended"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            show(service.nomination(nomination.id(), getLocale()));
        });
        grant.setId("grant-extension");
        var form = new HorizontalLayout(until, grant);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("base.app.name");
    }
}
