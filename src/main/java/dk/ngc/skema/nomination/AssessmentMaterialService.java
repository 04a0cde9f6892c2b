package dk.ngc.skema.nomination;

import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;

import dk.ngc.skema.base.Messages;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseStatus;
import dk.ngc.skema.forms.export.ResponseBook;
import dk.ngc.skema.forms.export.ResponseTable;
import dk.ngc.skema.forms.export.ResponsesCsv;
import dk.ngc.skema.forms.export.ResponsesXlsx;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * NGC's material for the working group's assessment of a round: all submitted nominations as one PDF (a cover
 * with the round and a table of contents, then each nomination from a new page) and as one table, CSV or XLSX,
 * with the nomination's receipt number and parties before the form's answer columns. NGC only.
 */
@Service
public class AssessmentMaterialService {

    /** The nomination's own columns, before the columns of {@link ResponsesCsv}. */
    static final List<String> LEADING_COLUMNS = List.of("receipt_number", "nomination_id", "on_behalf_of");

    private final RoundService rounds;
    private final NominationRepository nominations;
    private final NominationPartyRepository parties;
    private final FormService formService;
    private final OrganisationService organisationService;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssessmentMaterialService(RoundService rounds, NominationRepository nominations, NominationPartyRepository parties,
                              FormService formService, OrganisationService organisationService, CurrentUser currentUser, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.parties = parties;
        this.formService = formService;
        this.organisationService = organisationService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** All submitted nominations of the round as one PDF in the reader's language, in receipt number order. */
    @Transactional(readOnly = true)
    public byte[] combinedPdf(long roundId, Locale locale) {
        SkemaUser user = currentUser.require(Role.NGC);
        RoundInfo round = round(roundId);
        List<Nomination> submitted = submitted(roundId);
        Map<Long, String> onBehalfOf = onBehalfOf(submitted, locale);
        var cover = new ResponseBook.Cover(Messages.get(locale, "material.pdf.title"),
                List.of(Messages.get(locale, "material.pdf.round", round.name(), round.code()),
                        Messages.get(locale, "material.pdf.count", submitted.size()),
                        Messages.get(locale, "material.pdf.made", DanishTime.written(clock.instant(), locale), user.fullName())),
                List.of(Messages.get(locale, "material.pdf.column.receipt"), Messages.get(locale, "material.pdf.column.title"),
                        Messages.get(locale, "material.pdf.column.parties")),
                new float[]{1.1f, 3.4f, 3.2f}, Messages.get(locale, "material.pdf.footer", round.name()));
        List<FormService.BookEntry> entries = submitted.stream().map(nomination -> {
            String title = nomination.getTitle() == null ? Messages.get(locale, "forms.untitled") : nomination.getTitle();
            return new FormService.BookEntry(nomination.getResponseId(),
                    List.of(nomination.getReceiptNumber(), title, onBehalfOf.getOrDefault(nomination.getId(), "")),
                    nomination.getReceiptNumber() + " – " + title);
        }).toList();
        Map<ResponseStatus, String> statusLabels = new EnumMap<>(ResponseStatus.class);
        for (ResponseStatus status : ResponseStatus.values()) {
            statusLabels.put(status, Messages.get(locale, "form.status." + status.name()));
        }
        return formService.responseBook(cover, entries, locale, statusLabels);
    }

    /** All submitted nominations of the round as CSV (UTF-8 with BOM, RFC 4180), one line each. */
    @Transactional(readOnly = true)
    public byte[] nominationsCsv(long roundId) {
        var out = new ByteArrayOutputStream();
        ResponsesCsv.write(table(roundId), out);
        return out.toByteArray();
    }

    /** The same as {@link #nominationsCsv} as an Excel workbook, numbers as numbers and times in Danish time. */
    @Transactional(readOnly = true)
    public byte[] nominationsXlsx(long roundId) {
        ResponseTable table = table(roundId);
        return ResponsesXlsx.bytes(table, Messages.get(Locale.of("da"), "material.sheet", round(roundId).code()));
    }

    private ResponseTable table(long roundId) {
        currentUser.require(Role.NGC);
        round(roundId);
        List<Nomination> submitted = submitted(roundId);
        Map<Long, String> onBehalfOf = onBehalfOf(submitted, Locale.of("da"));
        Map<Long, Nomination> byResponse = submitted.stream().collect(Collectors.toMap(Nomination::getResponseId, Function.identity()));
        return formService.responsesTable(submitted.stream().map(Nomination::getResponseId).toList())
                .withLeadingColumns(LEADING_COLUMNS, responseId -> {
                    Nomination nomination = byResponse.get(responseId);
                    return List.of(nomination.getReceiptNumber(), nomination.getId(), onBehalfOf.getOrDefault(nomination.getId(), ""));
                });
    }

    private RoundInfo round(long roundId) {
        return rounds.round(roundId);
    }

    private List<Nomination> submitted(long roundId) {
        return nominations.findByRoundIdAndStateOrderByReceiptNumber(roundId, NominationState.SUBMITTED);
    }

    /** Per nomination: its parties by name, with the status of those that have not confirmed ("X (afventer bekræftelse)"). */
    private Map<Long, String> onBehalfOf(List<Nomination> list, Locale locale) {
        if (list.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = organisationService.namesByCode(locale);
        return parties.findByNominationIdIn(list.stream().map(Nomination::getId).toList()).stream()
                .sorted(Comparator.comparing(NominationParty::getId))
                .collect(Collectors.groupingBy(NominationParty::getNominationId, Collectors.mapping(party ->
                        names.getOrDefault(party.getOrganisationCode(), party.getOrganisationCode())
                                + (party.getStatus() == PartyStatus.CONFIRMED ? ""
                                : " (" + Messages.get(locale, "party.status." + party.getStatus().name()) + ")"),
                        Collectors.joining("; "))));
    }
}
