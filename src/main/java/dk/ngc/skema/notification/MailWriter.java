package dk.ngc.skema.notification;

import dk.ngc.skema.assessment.AssessmentReleased;
import dk.ngc.skema.assessment.MembersReminded;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.Messages;
import dk.ngc.skema.hearing.HearingDeliveries;
import dk.ngc.skema.hearing.HearingReminded;
import dk.ngc.skema.hearing.HearingSent;
import dk.ngc.skema.hearing.Invitation;
import dk.ngc.skema.hearing.InviteeDelivery;
import dk.ngc.skema.hearing.MailRecipient;
import dk.ngc.skema.nomination.AcknowledgementSent;
import dk.ngc.skema.nomination.CoauthorInvited;
import dk.ngc.skema.nomination.MailedNomination;
import dk.ngc.skema.nomination.NominationMerged;
import dk.ngc.skema.nomination.NominationSubmitted;
import dk.ngc.skema.nomination.NominationsCoordinated;
import dk.ngc.skema.nomination.Recipient;
import dk.ngc.skema.organisation.OrganisationService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the messages the other features' events call for, in Danish (the platform's language), and puts them
 * in the outbox. Each listener runs after the publisher's commit in its own transaction; the event publication
 * registry keeps an event until its listener has finished, so a message is not lost when writing it fails
 * (the event is published again at the next start).
 */
@Component
class MailWriter {

    private static final Locale DA = Locale.of("da");

    private final Notifier notifier;
    private final OrganisationService organisations;
    private final HearingDeliveries hearingDeliveries;

    MailWriter(Notifier notifier, OrganisationService organisations, HearingDeliveries hearingDeliveries) {
        this.notifier = notifier;
        this.organisations = organisations;
        this.hearingDeliveries = hearingDeliveries;
    }

    /**
     * Each invitee's people get the covering letter, the document's title, whether they answer for their organisation
     * or personally, and the deadline; each mail is tied to the invitee so that its delivery shows on the hearing.
     */
    @ApplicationModuleListener
    void on(HearingSent event) {
        for (Invitation invitation : event.invitations()) {
            String how = invitation.answerMode() == dk.ngc.skema.hearing.AnswerMode.ORGANISATION
                    ? Messages.get(DA, "notification.mail.hearing.asOrganisation", invitation.inviteeName())
                    : Messages.get(DA, "notification.mail.hearing.personally");
            for (MailRecipient to : invitation.recipients()) {
                notifier.send(to.email(), to.name(),
                        Messages.get(DA, "notification.mail.hearing.subject", event.title(), DanishTime.writtenShort(invitation.deadline(), DA)),
                        Messages.get(DA, "notification.mail.hearing.body", to.name(), event.title(), event.documentTitle(), event.letterDa(),
                                how, DanishTime.written(invitation.deadline(), DA), String.valueOf(event.hearingId())),
                        invitation.correlation());
            }
            hearingDeliveries.record(invitation.inviteeId(), invitation.recipients().isEmpty() ? InviteeDelivery.PENDING : InviteeDelivery.SENT);
        }
    }

    /** A reminder to those who have not answered yet, naming their deadline. */
    @ApplicationModuleListener
    void on(HearingReminded event) {
        for (Invitation invitation : event.invitations()) {
            for (MailRecipient to : invitation.recipients()) {
                notifier.send(to.email(), to.name(),
                        Messages.get(DA, "notification.mail.hearingReminder.subject", event.title()),
                        Messages.get(DA, "notification.mail.hearingReminder.body", to.name(), event.title(),
                                DanishTime.written(invitation.deadline(), DA), String.valueOf(event.hearingId())),
                        invitation.correlation());
            }
        }
    }

    /** The receipt to whoever submitted. */
    @ApplicationModuleListener
    void on(NominationSubmitted event) {
        Recipient to = event.submitter();
        String title = event.title() == null ? "" : event.title();
        notifier.send(to.email(), to.name(),
                Messages.get(DA, "notification.mail.receipt.subject", event.receiptNumber(), title),
                Messages.get(DA, "notification.mail.receipt.body", to.name(), title, event.roundName(), event.receiptNumber(),
                        DanishTime.written(event.submittedAt(), DA), names(event.partyCodes())));
    }

    /** One message per nominator told, naming the nominations, NGC's note, the other nominators and whom to contact. */
    @ApplicationModuleListener
    void on(NominationsCoordinated event) {
        Map<Long, MailedNomination> byId = event.nominations().stream().collect(Collectors.toMap(MailedNomination::id, Function.identity()));
        String receipts = event.nominations().stream().map(MailWriter::label).collect(Collectors.joining(", "));
        String nominationLines = event.nominations().stream().map(this::nominationLine).collect(Collectors.joining("\n"));
        String nominatorLines = event.nominators().stream().map(nominator -> {
            String who = nominator.name() == null ? nominator.username()
                    : nominator.name() + (nominator.email() == null ? "" : " (" + nominator.email() + ")");
            return "- " + who + ": " + nominator.nominationIds().stream().map(byId::get).map(MailWriter::label).collect(Collectors.joining(", "));
        }).collect(Collectors.joining("\n"));
        for (Recipient to : event.recipients()) {
            notifier.send(to.email(), to.name(),
                    Messages.get(DA, "notification.mail.coordination.subject", receipts),
                    Messages.get(DA, "notification.mail.coordination.body", to.name(), nominationLines, event.note(), nominatorLines,
                            contact(event.ngc())));
        }
    }

    /** The nominators of both nominations learn which one goes on and who now stands behind it. */
    @ApplicationModuleListener
    void on(NominationMerged event) {
        MailedNomination kept = event.kept();
        MailedNomination merged = event.merged();
        for (Recipient to : event.recipients()) {
            notifier.send(to.email(), to.name(),
                    Messages.get(DA, "notification.mail.merge.subject", merged.receiptNumber(), kept.receiptNumber()),
                    Messages.get(DA, "notification.mail.merge.body", to.name(), merged.receiptNumber(), title(merged), kept.receiptNumber(),
                            title(kept), names(merged.partyCodes()), names(kept.partyCodes()),
                            event.note() == null ? "" : Messages.get(DA, "notification.mail.merge.note", event.note()), contact(event.ngc())));
        }
    }

    /** The invitee learns how to get to the draft. */
    @ApplicationModuleListener
    void on(CoauthorInvited event) {
        Recipient to = event.invitee();
        String name = to.name() == null ? to.email() : to.name();
        String title = event.title() == null || event.title().isBlank() ? Messages.get(DA, "notification.mail.coauthor.untitled") : event.title();
        notifier.send(to.email(), name,
                Messages.get(DA, "notification.mail.coauthor.subject", title),
                Messages.get(DA, "notification.mail.coauthor.body", name, event.invitedByName(), title, String.valueOf(event.nominationId())));
    }

    /** Each known member of the organisation gets its list of received nominations. */
    @ApplicationModuleListener
    void on(AcknowledgementSent event) {
        Map<String, String> names = organisations.namesByCode(DA);
        String organisation = names.getOrDefault(event.organisationCode(), event.organisationCode());
        String items = event.nominations().stream().map(item -> Messages.get(DA, "notification.mail.acknowledgement.item",
                        item.receiptNumber() == null ? "" : item.receiptNumber(),
                        item.title() == null || item.title().isBlank() ? Messages.get(DA, "forms.untitled") : item.title(),
                        DanishTime.written(item.submittedAt(), DA),
                        item.parties().stream().map(party -> names.getOrDefault(party.organisationCode(), party.organisationCode())
                                + " (" + Messages.get(DA, "nomination.party.status." + party.status().name()) + ")").collect(Collectors.joining(", ")),
                        item.contact() == null || item.contact().isEmpty() ? Messages.get(DA, "nomination.acknowledgement.noContact") : item.contact()))
                .collect(Collectors.joining("\n\n"));
        for (Recipient to : event.recipients()) {
            notifier.send(to.email(), to.name(),
                    Messages.get(DA, "notification.mail.acknowledgement.subject", event.roundName(), organisation),
                    Messages.get(DA, "notification.mail.acknowledgement.body", to.name(), event.roundName(), event.nominations().size(), organisation, items));
        }
    }

    /** Each member with work left is told how far they are. */
    @ApplicationModuleListener
    void on(MembersReminded event) {
        for (MembersReminded.Reminder reminder : event.reminders()) {
            Recipient to = reminder.member();
            notifier.send(to.email(), to.name(),
                    Messages.get(DA, "notification.mail.reminder.subject", event.roundName()),
                    Messages.get(DA, "notification.mail.reminder.body", to.name(), event.roundName(), reminder.done(), reminder.total()));
        }
    }

    /** Each nomination's filer is told the outcome and the rule behind it. */
    @ApplicationModuleListener
    void on(AssessmentReleased event) {
        for (AssessmentReleased.Released result : event.results()) {
            Recipient to = result.filer();
            if (to == null) {
                continue;
            }
            String outcome = Messages.get(DA, "assessment.outcome." + result.outcome().name());
            notifier.send(to.email(), to.name(),
                    Messages.get(DA, "notification.mail.outcome.subject", result.receiptNumber(), outcome),
                    Messages.get(DA, "notification.mail.outcome.body", to.name(), result.title(), result.receiptNumber(), outcome,
                            result.explanationDa()));
        }
    }

    /** Each nominator of the group's nominations is told the steering group's decision on the group. */
    @ApplicationModuleListener
    void on(dk.ngc.skema.decision.GroupDecided event) {
        String outcome = Messages.get(DA, event.selected() ? "decision.outcome.selected" : "decision.outcome.notSelected");
        for (dk.ngc.skema.decision.GroupDecided.Told told : event.told()) {
            Recipient to = told.filer();
            if (to == null) {
                continue;
            }
            notifier.send(to.email(), to.name(),
                    Messages.get(DA, "notification.mail.decision.subject", event.groupName(), outcome),
                    Messages.get(DA, "notification.mail.decision.body", to.name(), DanishTime.date(event.meetingDate(), DA), event.groupName(),
                            event.roundName(), told.receiptNumber(), told.title(), outcome));
        }
    }

    /**
     * The person appointed to a specialist network is told, with the way in: one invited by e-mail gets Skema's address
     * and is asked to have a login made by their organisation; one with a login gets the network's page.
     */
    @ApplicationModuleListener
    void on(dk.ngc.skema.network.MemberAppointed event) {
        if (event.email() == null || event.email().isBlank()) {
            return;
        }
        String way = event.invited() ? Messages.get(DA, "notification.mail.appointed.invited")
                : Messages.get(DA, "notification.mail.appointed.known", "/netvaerk/" + event.networkId());
        notifier.send(event.email(), event.personName(),
                Messages.get(DA, "notification.mail.appointed.subject", event.networkName()),
                Messages.get(DA, "notification.mail.appointed.body", event.personName(), event.organisationName(), event.networkName(),
                        DanishTime.date(event.startsOn(), DA), event.appointedByName(), way));
    }

    /** How a message names a nomination: its receipt number, or "Kladde 12" for a draft. */
    private static String label(MailedNomination nomination) {
        return nomination.receiptNumber() != null ? nomination.receiptNumber()
                : Messages.get(DA, "nomination.list.draftNo", String.valueOf(nomination.id()));
    }

    private static String title(MailedNomination nomination) {
        return nomination.title() == null ? "" : nomination.title();
    }

    private String nominationLine(MailedNomination nomination) {
        String line = Messages.get(DA, "notification.mail.item.nomination", label(nomination), title(nomination), names(nomination.partyCodes()));
        return nomination.contact() == null || nomination.contact().isEmpty() ? line
                : line + "\n" + Messages.get(DA, "notification.mail.item.contactPerson", nomination.contact());
    }

    private String names(List<String> codes) {
        Map<String, String> names = organisations.namesByCode(DA);
        return codes.stream().map(code -> names.getOrDefault(code, code)).collect(Collectors.joining(", "));
    }

    private static String contact(Recipient ngc) {
        return ngc.name() + (ngc.email() == null ? "" : " (" + ngc.email() + ")");
    }
}
