package dk.ngc.skema.assessment;

import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;

import dk.ngc.skema.base.Messages;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseStatus;
import dk.ngc.skema.forms.export.ResponseBook;
import dk.ngc.skema.forms.export.ResponseTable;
import dk.ngc.skema.forms.export.ResponsesCsv;
import dk.ngc.skema.forms.export.ResponsesXlsx;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.PartyStatus;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
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
    private final NominationService nominations;
    private final FormService formService;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssessmentMaterialService(RoundService rounds, NominationService nominations, FormService formService, CurrentUser currentUser, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.formService = formService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** All submitted nominations of the round as one PDF in the reader's language, in receipt number order. */
    @Transactional(readOnly = true)
    public byte[] combinedPdf(long roundId, Locale locale) {
        SkemaUser user = currentUser.require(Role.NGC);
        RoundInfo round = round(roundId);
        List<NominationInfo> submitted = nominations.submittedNominations(roundId, locale);
        var cover = new ResponseBook.Cover(Messages.get(locale, "nomination.material.pdf.title"),
                List.of(Messages.get(locale, "nomination.material.pdf.round", round.name(), round.code()),
                        Messages.get(locale, "nomination.material.pdf.count", submitted.size()),
                        Messages.get(locale, "nomination.material.pdf.made", DanishTime.written(clock.instant(), locale), user.fullName())),
                List.of(Messages.get(locale, "nomination.material.pdf.column.receipt"), Messages.get(locale, "nomination.material.pdf.column.title"),
                        Messages.get(locale, "nomination.material.pdf.column.parties")),
                new float[]{1.1f, 3.4f, 3.2f}, Messages.get(locale, "nomination.material.pdf.footer", round.name()));
        List<FormService.BookEntry> entries = submitted.stream().map(nomination -> {
            String title = nomination.title() == null ? Messages.get(locale, "forms.untitled") : nomination.title();
            String receipt = nomination.receiptNumber() == null ? "" : nomination.receiptNumber();
            return new FormService.BookEntry(nomination.responseId(), List.of(receipt, title, onBehalfOf(nomination, locale)),
                    receipt + " – " + title);
        }).toList();
        Map<ResponseStatus, String> statusLabels = new EnumMap<>(ResponseStatus.class);
        for (ResponseStatus status : ResponseStatus.values()) {
            statusLabels.put(status, Messages.get(locale, "forms.status." + status.name()));
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
        return ResponsesXlsx.bytes(table, Messages.get(Locale.of("da"), "nomination.material.sheet", round(roundId).code()));
    }

    private ResponseTable table(long roundId) {
        currentUser.require(Role.NGC);
        round(roundId);
        Locale danish = Locale.of("da");
        List<NominationInfo> submitted = nominations.submittedNominations(roundId, danish);
        Map<Long, NominationInfo> byResponse = submitted.stream().collect(Collectors.toMap(NominationInfo::responseId, Function.identity()));
        return formService.responsesTable(submitted.stream().map(NominationInfo::responseId).toList())
                .withLeadingColumns(LEADING_COLUMNS, responseId -> {
                    NominationInfo nomination = byResponse.get(responseId);
                    return List.of(nomination.receiptNumber() == null ? "" : nomination.receiptNumber(), nomination.id(),
                            onBehalfOf(nomination, danish));
                });
    }

    private RoundInfo round(long roundId) {
        return rounds.round(roundId);
    }

    /** Its parties by name, with the status of those that have not confirmed ("X (afventer bekræftelse)"). */
    private static String onBehalfOf(NominationInfo nomination, Locale locale) {
        return nomination.parties().stream().map(party -> party.organisationName()
                        + (party.status() == PartyStatus.CONFIRMED ? "" : " (" + Messages.get(locale, "nomination.party.status." + party.status().name()) + ")"))
                .collect(Collectors.joining("; "));
    }
}
