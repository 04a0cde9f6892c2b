package dk.ngc.skema.nomination;

import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;

import dk.ngc.skema.base.Messages;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.export.TablePdf;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.organisation.PersonSummary;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Phase 1's "reporting back what was received": per organisation (region or LVS society), the submitted
 * nominations of a round it is party to, with every party's confirmation status, when each was submitted and
 * its contact person. NGC sees the overview, downloads each organisation's list as PDF or CSV and sends them:
 * one message per organisation to each of its known members (region and LVS users Skema has seen log in). A
 * region or LVS user may download their own organisations' lists, never another organisation's.
 *
 * <p>A nomination an organisation declined is not on its list (it is not party to it, and may not read it).
 */
@Service
public class AcknowledgementService {

    /** The columns of the CSV file. */
    static final List<String> CSV_COLUMNS = List.of("receipt_number", "title", "parties", "submitted_at", "contact_name",
            "contact_organisation", "contact_email", "contact_phone");

    private static final Locale DA = Locale.of("da");

    private final RoundService rounds;
    private final NominationRepository nominations;
    private final NominationPartyRepository parties;
    private final SentAcknowledgementRepository sent;
    private final FormService formService;
    private final OrganisationService organisationService;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AcknowledgementService(RoundService rounds, NominationRepository nominations, NominationPartyRepository parties,
                           SentAcknowledgementRepository sent, FormService formService, OrganisationService organisationService,
                           ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.parties = parties;
        this.sent = sent;
        this.formService = formService;
        this.organisationService = organisationService;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- NGC

    /** Every organisation party to a submitted nomination of the round, by name, with its known members and last sending. */
    @Transactional(readOnly = true)
    public List<AcknowledgementStatus> overview(long roundId, Locale locale) {
        currentUser.require(Role.NGC);
        round(roundId);
        Map<String, List<Long>> byOrganisation = nominationsByOrganisation(roundId);
        Map<String, String> names = organisationService.namesByCode(locale);
        Map<String, List<PersonSummary>> members = knownMembers();
        Map<String, SentAcknowledgement> last = new LinkedHashMap<>();
        sent.findByRoundIdOrderBySentAtDescIdDesc(roundId).forEach(entry -> last.putIfAbsent(entry.getOrganisationCode(), entry));
        return byOrganisation.entrySet().stream().map(entry -> {
            SentAcknowledgement lastSent = last.get(entry.getKey());
            return new AcknowledgementStatus(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue().size(),
                    members.getOrDefault(entry.getKey(), List.of()).size(), lastSent == null ? null : lastSent.getSentAt(),
                    lastSent == null ? null : lastSent.getSentBy(), lastSent == null ? 0 : lastSent.getRecipients());
        }).sorted(Comparator.comparing(AcknowledgementStatus::organisationName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * NGC sends every organisation of the overview its acknowledgement: one message per known member, in Danish,
     * with the list in the body and a note that the PDF can be downloaded in Skema. Each organisation reached is
     * logged; organisations without a known member are reported back.
     */
    @Transactional
    public AcknowledgementsSent sendAll(long roundId) {
        SkemaUser user = currentUser.require(Role.NGC);
        RoundInfo round = round(roundId);
        Map<String, List<Long>> byOrganisation = nominationsByOrganisation(roundId);
        Map<String, List<PersonSummary>> members = knownMembers();
        Map<Long, AcknowledgedNomination> all = acknowledged(byOrganisation.values().stream().flatMap(List::stream).distinct().toList(), DA);
        Map<String, String> names = organisationService.namesByCode(DA);
        int organisations = 0;
        int messages = 0;
        List<String> withoutRecipients = new ArrayList<>();
        for (var entry : byOrganisation.entrySet()) {
            String name = names.getOrDefault(entry.getKey(), entry.getKey());
            List<PersonSummary> recipients = members.getOrDefault(entry.getKey(), List.of());
            if (recipients.isEmpty()) {
                withoutRecipients.add(name);
                continue;
            }
            List<AcknowledgedNomination> list = entry.getValue().stream().map(all::get).toList();
            events.publishEvent(new AcknowledgementSent(roundId, round.name(), entry.getKey(), list.stream()
                    .map(nomination -> new AcknowledgementSent.Item(nomination.receiptNumber(), nomination.title(), nomination.submittedAt(),
                            nomination.parties().stream().map(party -> new AcknowledgementSent.Party(party.organisationCode(), party.status())).toList(),
                            nomination.contact().text()))
                    .toList(), recipients.stream().map(person -> new Recipient(person.username(), person.fullName(), person.email())).toList()));
            messages += recipients.size();
            organisations++;
            sent.save(new SentAcknowledgement(roundId, entry.getKey(), list.size(), recipients.size(), user.username(), clock.instant()));
        }
        withoutRecipients.sort(String.CASE_INSENSITIVE_ORDER);
        return new AcknowledgementsSent(organisations, messages, List.copyOf(withoutRecipients));
    }

    // ---------------------------------------------------------------- NGC and the organisation's own members

    /** The acknowledgement of one organisation: NGC, or a region or LVS user acting for that organisation. */
    @Transactional(readOnly = true)
    public AcknowledgementReport report(long roundId, String organisationCode, Locale locale) {
        requireMayRead(organisationCode);
        RoundInfo round = round(roundId);
        OrganisationSummary organisation = organisationService.organisations(List.of(organisationCode)).stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("No organisation " + organisationCode));
        List<Long> ids = nominationsByOrganisation(roundId).getOrDefault(organisationCode, List.of());
        Map<Long, AcknowledgedNomination> found = acknowledged(ids, locale);
        return new AcknowledgementReport(round, organisation, ids.stream().map(found::get).toList());
    }

    /** The acknowledgement as a PDF in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] pdf(long roundId, String organisationCode, Locale locale) {
        SkemaUser user = currentUser.require();
        AcknowledgementReport report = report(roundId, organisationCode, locale);
        String organisation = report.organisation().name(locale);
        List<List<String>> rows = report.nominations().stream().map(nomination -> List.of(receipt(nomination),
                title(nomination, locale), nomination.parties().stream().map(party -> party.organisationName() + " – "
                        + Messages.get(locale, "nomination.party.status." + party.status().name())).collect(Collectors.joining("\n")),
                DanishTime.written(nomination.submittedAt(), locale), contactText(nomination, locale))).toList();
        var document = new TablePdf.Report(Messages.get(locale, "nomination.acknowledgement.pdf.title"),
                List.of(Messages.get(locale, "nomination.acknowledgement.pdf.round", report.round().name()),
                        Messages.get(locale, "nomination.acknowledgement.pdf.organisation", organisation),
                        Messages.get(locale, "nomination.acknowledgement.pdf.intro", report.nominations().size(), organisation)),
                List.of(Messages.get(locale, "nomination.acknowledgement.column.receipt"), Messages.get(locale, "nomination.acknowledgement.column.title"),
                        Messages.get(locale, "nomination.acknowledgement.column.parties"), Messages.get(locale, "nomination.acknowledgement.column.submitted"),
                        Messages.get(locale, "nomination.acknowledgement.column.contact")),
                new float[]{1.5f, 2.3f, 2.8f, 1.6f, 2.4f}, rows, Messages.get(locale, "nomination.acknowledgement.pdf.none", organisation),
                List.of(Messages.get(locale, "nomination.acknowledgement.pdf.closing")),
                Messages.get(locale, "nomination.acknowledgement.pdf.footer", DanishTime.written(clock.instant(), locale), user.fullName()), true);
        return TablePdf.bytes(document, locale);
    }

    /**
     * The acknowledgement as CSV (UTF-8 with byte order mark, RFC 4180): {@link #CSV_COLUMNS}, the parties as
     * "name (status)" joined with "; " in Danish, the submission time ISO-8601 in Danish time with its offset.
     */
    @Transactional(readOnly = true)
    public byte[] csv(long roundId, String organisationCode) {
        AcknowledgementReport report = report(roundId, organisationCode, DA);
        List<List<Object>> rows = new ArrayList<>();
        for (AcknowledgedNomination nomination : report.nominations()) {
            var contact = nomination.contact();
            rows.add(java.util.Arrays.asList(nomination.receiptNumber(), nomination.title(),
                    nomination.parties().stream().map(party -> party.organisationName() + " ("
                            + Messages.get(DA, "nomination.party.status." + party.status().name()) + ")").collect(Collectors.joining("; ")),
                    nomination.submittedAt() == null ? "" : nomination.submittedAt().truncatedTo(ChronoUnit.SECONDS)
                            .atZone(DanishTime.ZONE).toOffsetDateTime().toString(),
                    contact.name(), contact.organisation(), contact.email(), contact.phone()));
        }
        return dk.ngc.skema.base.Csv.bytes(CSV_COLUMNS, rows);
    }

    /** The acknowledgements the current region or LVS user may download: per round, each of their organisations with nominations. */
    @Transactional(readOnly = true)
    public List<MyAcknowledgement> mine(Locale locale) {
        SkemaUser user = currentUser.require(Role.REGION, Role.LVS);
        List<NominationParty> own = parties.findByOrganisationCodeIn(user.organisationCodes()).stream()
                .filter(party -> party.getStatus() != PartyStatus.DECLINED).toList();
        Map<Long, Nomination> submitted = nominations.findAllById(own.stream().map(NominationParty::getNominationId).distinct().toList())
                .stream().filter(nomination -> nomination.getState() == NominationState.SUBMITTED)
                .collect(Collectors.toMap(Nomination::getId, nomination -> nomination));
        // round id → organisation code → how many
        Map<Long, Map<String, Integer>> counts = new TreeMap<>(Comparator.reverseOrder());
        own.stream().filter(party -> submitted.containsKey(party.getNominationId())).forEach(party -> counts
                .computeIfAbsent(submitted.get(party.getNominationId()).getRoundId(), id -> new TreeMap<>())
                .merge(party.getOrganisationCode(), 1, Integer::sum));
        Map<Long, RoundInfo> roundsById = rounds.byIds(counts.keySet());
        Map<String, String> names = organisationService.namesByCode(locale);
        List<MyAcknowledgement> mine = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, Map<String, Integer>> entry) -> roundsById.get(entry.getKey()).nominationOpensAt())
                        .reversed())
                .forEach(entry -> entry.getValue().forEach((code, count) -> {
                    RoundInfo round = roundsById.get(entry.getKey());
                    mine.add(new MyAcknowledgement(round.id(), round.code(), round.name(), code, names.getOrDefault(code, code), count));
                }));
        return mine;
    }

    // ---------------------------------------------------------------- helpers

    private void requireMayRead(String organisationCode) {
        SkemaUser user = currentUser.require(Role.NGC, Role.REGION, Role.LVS);
        if (!user.hasRole(Role.NGC) && !user.belongsTo(organisationCode)) {
            throw new AccessDeniedException(user.username() + " does not act for " + organisationCode);
        }
    }

    private RoundInfo round(long roundId) {
        return rounds.round(roundId);
    }

    /** Organisation code → the round's submitted nominations it is party to (not declined), in receipt order. */
    private Map<String, List<Long>> nominationsByOrganisation(long roundId) {
        List<Nomination> submitted = nominations.findByRoundIdAndStateOrderByReceiptNumber(roundId, NominationState.SUBMITTED);
        Map<Long, Integer> order = new LinkedHashMap<>();
        submitted.forEach(nomination -> order.put(nomination.getId(), order.size()));
        Map<String, List<Long>> byOrganisation = new TreeMap<>();
        parties.findByNominationIdIn(order.keySet()).stream()
                .filter(party -> party.getStatus() != PartyStatus.DECLINED)
                .sorted(Comparator.comparing((NominationParty party) -> order.get(party.getNominationId())))
                .forEach(party -> byOrganisation.computeIfAbsent(party.getOrganisationCode(), code -> new ArrayList<>()).add(party.getNominationId()));
        return byOrganisation;
    }

    /** The nominations as an acknowledgement lists them, by id; the contact person read from each response. */
    private Map<Long, AcknowledgedNomination> acknowledged(List<Long> ids, Locale locale) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Nomination> found = nominations.findAllById(ids);
        Map<Long, List<NominationParty>> partiesById = parties.findByNominationIdIn(ids).stream()
                .sorted(Comparator.comparing(NominationParty::getId)).collect(Collectors.groupingBy(NominationParty::getNominationId));
        Map<Long, Answers> answers = formService.answersOf(found.stream().map(Nomination::getResponseId).toList());
        Map<String, String> names = organisationService.namesByCode(locale);
        Map<Long, AcknowledgedNomination> result = new LinkedHashMap<>();
        for (Nomination nomination : found) {
            List<PartyInfo> partyInfos = partiesById.getOrDefault(nomination.getId(), List.of()).stream()
                    .map(party -> party.toInfo(names.getOrDefault(party.getOrganisationCode(), party.getOrganisationCode()))).toList();
            result.put(nomination.getId(), new AcknowledgedNomination(nomination.getId(), nomination.getReceiptNumber(), nomination.getTitle(),
                    partyInfos, nomination.getSubmittedAt(), AcknowledgedNomination.Contact.of(answers.get(nomination.getResponseId()))));
        }
        return result;
    }

    /** Region and LVS users Skema knows (they logged in) with an e-mail address, per organisation code. */
    private Map<String, List<PersonSummary>> knownMembers() {
        Map<String, List<PersonSummary>> members = new LinkedHashMap<>();
        var candidates = new LinkedHashSet<PersonSummary>(organisationService.personsWithRole(Role.REGION));
        candidates.addAll(organisationService.personsWithRole(Role.LVS));
        for (PersonSummary person : candidates) {
            if (person.email() == null || person.email().isBlank()) {
                continue;
            }
            person.organisations().forEach(organisation -> members.computeIfAbsent(organisation.code(), code -> new ArrayList<>()).add(person));
        }
        return members;
    }

    private static String receipt(AcknowledgedNomination nomination) {
        return nomination.receiptNumber() == null ? "" : nomination.receiptNumber();
    }

    private static String title(AcknowledgedNomination nomination, Locale locale) {
        return nomination.title() == null || nomination.title().isBlank() ? Messages.get(locale, "forms.untitled") : nomination.title();
    }

    private static String contactText(AcknowledgedNomination nomination, Locale locale) {
        String text = nomination.contact().text();
        return text.isEmpty() ? Messages.get(locale, "nomination.acknowledgement.noContact") : text;
    }
}
