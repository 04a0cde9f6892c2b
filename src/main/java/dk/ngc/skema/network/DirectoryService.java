package dk.ngc.skema.network;

import dk.ngc.skema.base.Csv;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.Messages;
import dk.ngc.skema.base.NotFound;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.PatientFacts;
import dk.ngc.skema.forms.export.TablePdf;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.patientgroup.PatientGroupSummary;
import dk.ngc.skema.security.SkemaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The approved-indications directory (modelled on NHS England's National Genomic Test Directory and PanelApp): every
 * indication the steering group approved, under a stable code NGC-&lt;group&gt;.&lt;indication&gt; that a revision
 * keeps (its version rises); signed-off releases, each a snapshot, with a change log against the release before and a
 * diff between any two with the effect on the expected WGS per year; CSV and PDF of the whole directory; and the
 * eligibility check. Everyone with a role reads it; NGC approves indications into it and signs releases off. The
 * records are public so that other features (the regions' read-only API) can serve them.
 */
@Service
public class DirectoryService {

    static final int TEXT_MAX = 4000;
    private static final Pattern ROUND_GROUP = Pattern.compile("R\\d+-(\\d+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DirectoryIndicationRepository indications;
    private final DirectoryGroupRepository directoryGroups;
    private final DirectoryReleaseRepository releases;
    private final NetworkService networks;
    private final NetworkAccess access;
    private final PatientGroupService patientGroups;
    private final java.time.Clock clock;

    DirectoryService(DirectoryIndicationRepository indications, DirectoryGroupRepository directoryGroups,
                     DirectoryReleaseRepository releases, NetworkService networks, NetworkAccess access,
                     PatientGroupService patientGroups, java.time.Clock clock) {
        this.indications = indications;
        this.directoryGroups = directoryGroups;
        this.releases = releases;
        this.networks = networks;
        this.access = access;
        this.patientGroups = patientGroups;
        this.clock = clock;
    }

    /** Every indication in force, by code (group number, then indication number): everyone with a role. */
    @Transactional(readOnly = true)
    public List<IndicationRecord> indications() {
        access.requireDirectoryReader();
        return current();
    }

    /** One indication in force by its code. */
    @Transactional(readOnly = true)
    public Optional<IndicationRecord> indication(String code) {
        access.requireDirectoryReader();
        return indications.findByCode(code.strip()).filter(i -> !i.withdrawn).map(this::record);
    }

    /**
     * The indications whose code, name, group, network, criteria or requisition hold every word of the query
     * (case-insensitive); all when the query is blank.
     */
    @Transactional(readOnly = true)
    public List<IndicationRecord> search(@Nullable String query) {
        access.requireDirectoryReader();
        return filter(current(), query);
    }

    static List<IndicationRecord> filter(List<IndicationRecord> records, @Nullable String query) {
        if (query == null || query.isBlank()) {
            return records;
        }
        List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank()).toList();
        return records.stream().filter(record -> {
            String haystack = String.join("\n", record.code(), record.nameDa(), String.valueOf(record.nameEn()), record.groupNameDa(),
                    record.groupNameEn(), String.valueOf(record.networkNameDa()), String.valueOf(record.description()),
                    record.criteriaText(Locale.of("da")), record.criteriaText(Locale.ENGLISH), record.requisitionText()).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(haystack::contains);
        }).toList();
    }

    /**
     * Approves an indication into the directory: a new one gets the next code of its group (the group's number given
     * on its first indication: round 1's groups keep theirs, R1-07 → NGC-07, the pilot is NGC-00, later groups the next
     * free number); a revision (with the code) keeps the code and raises the version. NGC only.
     */
    @Transactional
    public IndicationRecord approve(IndicationDraft draft) {
        return approveAs(access.requireManager().username(), draft);
    }

    /**
     * The indications of an approved delimitation into the directory: each row of the form's "indications" becomes an
     * indication of each of the network's groups' first group; a row named as an indication already in force for the
     * group revises it (same code, next version), a new name gets the next code. The steering group's approval is the
     * authority here, checked by the delimitation's service.
     */
    List<IndicationRecord> approveDelimitation(String groupCode, List<Map<String, Object>> rows, LocalDate approvedOn, String username,
                                               String changeNote) {
        List<IndicationRecord> approved = new ArrayList<>();
        List<DirectoryIndication> existing = indications.findByGroupCode(groupCode);
        for (Map<String, Object> row : rows) {
            if (!(row.get("name") instanceof String name) || name.isBlank() || !(row.get("criteria") instanceof Map<?, ?> criteria)) {
                continue;
            }
            String code = existing.stream().filter(i -> i.nameDa.equalsIgnoreCase(name.strip())).map(i -> i.code).findFirst().orElse(null);
            WgsRange wgs = row.get("wgsPerYear") instanceof Map<?, ?> range
                    ? WgsRange.fromAnswer(number(range.get("low")),
                    number(range.get("expected")),
                    number(range.get("high"))).orElse(WgsRange.ZERO)
                    : WgsRange.ZERO;
            String requisition = row.get("requisition") instanceof String text ? text : "";
            approved.add(approveAs(username, new IndicationDraft(groupCode, code, name.strip(), null,
                    row.get("description") instanceof String d ? d : null, CriteriaNode.fromMap(criteria),
                    RequisitionPathway.parse(requisition), wgs, approvedOn, code == null ? null : changeNote)));
        }
        return approved;
    }

    private IndicationRecord approveAs(String username, IndicationDraft draft) {
        Map<String, PatientGroupSummary> catalogue = catalogue();
        if (!catalogue.containsKey(draft.groupCode())) {
            throw new Refusal("network.refused.unknownGroup", draft.groupCode());
        }
        if (draft.nameDa() == null || draft.nameDa().isBlank()) {
            throw new Refusal("directory.refused.name");
        }
        if (draft.criteria() instanceof CriteriaNode.Group group && group.children().isEmpty()) {
            throw new Refusal("directory.refused.criteria");
        }
        if (draft.requisition().isEmpty()) {
            throw new Refusal("directory.refused.requisition");
        }
        DirectoryIndication indication;
        if (draft.code() == null) {
            DirectoryGroup group = directoryGroups.findByGroupCode(draft.groupCode())
                    .orElseGet(() -> directoryGroups.save(new DirectoryGroup(draft.groupCode(), numberFor(draft.groupCode()))));
            int next = indications.findByGroupCode(draft.groupCode()).stream().mapToInt(i -> i.indicationNumber).max().orElse(0) + 1;
            indication = new DirectoryIndication(String.format(Locale.ROOT, "NGC-%02d.%d", group.number, next), draft.groupCode(), next);
            indication.indicationVersion = 1;
        } else {
            indication = indications.findByCode(draft.code()).orElseThrow(() -> new NotFound("directory.notFound", draft.code()));
            if (!indication.groupCode.equals(draft.groupCode())) {
                throw new Refusal("directory.refused.otherGroup", draft.code());
            }
            indication.indicationVersion++;
            indication.withdrawn = false;
        }
        indication.networkId = networks.networkIdOfGroup(draft.groupCode());
        indication.nameDa = limited(draft.nameDa().strip());
        indication.nameEn = blankToNull(draft.nameEn());
        indication.description = blankToNull(draft.description());
        indication.criteriaJson = JSON.writeValueAsString(draft.criteria().toMap());
        indication.requisitionJson = JSON.writeValueAsString(draft.requisition().stream().map(RequisitionPathway::toMap).toList());
        indication.wgsLow = draft.wgsPerYear().low();
        indication.wgsExpected = draft.wgsPerYear().expected();
        indication.wgsHigh = draft.wgsPerYear().high();
        indication.approvedOn = draft.approvedOn();
        indication.approvedBy = username;
        indication.changeNote = blankToNull(draft.changeNote());
        return record(indications.save(indication));
    }

    /** Takes an indication out of force (it stays in the releases that held it). NGC only. */
    @Transactional
    public void withdraw(String code, @Nullable String note) {
        access.requireManager();
        DirectoryIndication indication = indications.findByCode(code).orElseThrow(() -> new NotFound("directory.notFound", code));
        indication.withdrawn = true;
        indication.changeNote = blankToNull(note);
    }

    /** The releases, newest first. */
    @Transactional(readOnly = true)
    public List<ReleaseInfo> releases() {
        access.requireDirectoryReader();
        return releases.findAllByOrderByNumberDesc().stream().map(release -> {
            List<IndicationRecord> content = content(release);
            return new ReleaseInfo(release.number, release.title, release.note, release.signedOffBy, release.signedOffAt, content.size(),
                    DirectoryDiff.sum(content));
        }).toList();
    }

    /**
     * Signs off a release: a snapshot of every indication in force now, numbered after the last; refused when nothing
     * changed since it. NGC only.
     */
    @Transactional
    public ReleaseInfo release(String title, @Nullable String note) {
        SkemaUser user = access.requireManager();
        if (title == null || title.isBlank()) {
            throw new Refusal("directory.refused.releaseTitle");
        }
        List<IndicationRecord> now = current();
        Optional<DirectoryRelease> last = releases.findFirstByOrderByNumberDesc();
        if (last.isPresent() && DirectoryDiff.between(content(last.get()), now).empty()) {
            throw new Refusal("directory.refused.nothingChanged");
        }
        if (now.isEmpty()) {
            throw new Refusal("directory.refused.emptyRelease");
        }
        int number = last.map(release -> release.number + 1).orElse(1);
        String json = JSON.writeValueAsString(now.stream().map(DirectoryService::snapshot).toList());
        DirectoryRelease release = releases.save(new DirectoryRelease(number, limited(title.strip()), blankToNull(note), user.username(),
                clock.instant(), json));
        return new ReleaseInfo(release.number, release.title, release.note, release.signedOffBy, release.signedOffAt, now.size(),
                DirectoryDiff.sum(now));
    }

    /** The indications of a release, as they were signed off. */
    @Transactional(readOnly = true)
    public List<IndicationRecord> releaseIndications(int number) {
        access.requireDirectoryReader();
        return content(findRelease(number));
    }

    /** A release's change log: what changed against the release before it (everything is added in the first). */
    @Transactional(readOnly = true)
    public DirectoryDiff.Result changeLog(int number) {
        access.requireDirectoryReader();
        DirectoryRelease release = findRelease(number);
        List<IndicationRecord> before = releases.findByNumber(number - 1).map(this::content).orElse(List.of());
        return DirectoryDiff.between(before, content(release));
    }

    /** What changed from one release to another, with the effect on the expected WGS per year. */
    @Transactional(readOnly = true)
    public DirectoryDiff.Result diff(int from, int to) {
        access.requireDirectoryReader();
        return DirectoryDiff.between(content(findRelease(from)), content(findRelease(to)));
    }

    /** What has changed since the last release (all, when there is none): NGC's view before signing off. */
    @Transactional(readOnly = true)
    public DirectoryDiff.Result unreleased() {
        access.requireDirectoryReader();
        List<IndicationRecord> before = releases.findFirstByOrderByNumberDesc().map(this::content).orElse(List.of());
        return DirectoryDiff.between(before, current());
    }

    /** Checks a patient (ticks and values, kept nowhere) against one indication. */
    @Transactional(readOnly = true)
    public EligibilityChecker.Result check(String code, PatientFacts facts) {
        IndicationRecord indication = indication(code).orElseThrow(() -> new NotFound("directory.notFound", code));
        return EligibilityChecker.check(indication, facts);
    }

    /** Checks a patient against every indication of a group, those that can be offered first. */
    @Transactional(readOnly = true)
    public List<EligibilityChecker.Result> checkGroup(String groupCode, PatientFacts facts) {
        access.requireDirectoryReader();
        // The group's indications only: reading and parsing the whole directory made a check 100× the checking itself.
        return EligibilityChecker.checkAll(current(indications.findByGroupCode(groupCode)), facts);
    }

    /** The whole directory as CSV (one row per indication, the reader's language for headers and criteria). */
    @Transactional(readOnly = true)
    public byte[] csv(Locale locale) {
        access.requireDirectoryReader();
        List<String> header = List.of("code", "name", "group", "network", "criteria", "requisition", "wgsLow", "wgsExpected", "wgsHigh",
                "version", "approvedOn").stream().map(key -> Messages.get(locale, "directory.csvColumn." + key)).toList();
        List<List<?>> rows = current().stream().<List<?>>map(record -> List.of(record.code(), record.name(locale), record.groupName(locale),
                record.networkNameDa() == null ? "" : record.networkNameDa(), record.criteriaText(locale), record.requisitionText(),
                record.wgsPerYear().low(), record.wgsPerYear().expected(), record.wgsPerYear().high(), record.version(),
                record.approvedOn().toString())).toList();
        return Csv.bytes(header, rows);
    }

    /** The whole directory as an A4 PDF table. */
    @Transactional(readOnly = true)
    public byte[] pdf(Locale locale) {
        access.requireDirectoryReader();
        List<IndicationRecord> all = current();
        Optional<DirectoryRelease> last = releases.findFirstByOrderByNumberDesc();
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get(locale, "directory.pdf.made", DanishTime.dateTime(clock.instant(), locale), all.size(),
                DirectoryDiff.sum(all).text(locale)));
        last.ifPresent(release -> lines.add(Messages.get(locale, "directory.pdf.release", release.number, release.title,
                DanishTime.dateTime(release.signedOffAt, locale))));
        List<List<String>> rows = all.stream().map(record -> List.of(record.code(),
                record.name(locale) + "\n" + record.groupName(locale) + (record.networkNameDa() == null ? "" : "\n" + record.networkNameDa()),
                record.criteriaText(locale), record.requisitionText(), record.wgsPerYear().text(locale),
                record.version() + "\n" + DanishTime.date(record.approvedOn(), locale))).toList();
        List<String> columns = List.of("code", "name", "criteria", "requisition", "wgs", "version").stream()
                .map(key -> Messages.get(locale, "directory.pdfColumn." + key)).toList();
        return TablePdf.bytes(new TablePdf.Report(Messages.get(locale, "directory.heading"), lines, columns,
                new float[]{1.7f, 2.6f, 4.0f, 3.0f, 1.6f, 1.5f}, rows, Messages.get(locale, "directory.empty"), List.of(),
                Messages.get(locale, "directory.pdf.footer"), true), locale);
    }

    // --- internal

    private List<IndicationRecord> current() {
        return current(indications.findAll());
    }

    /** Those of {@code stored} in force, as records, in code order. */
    private List<IndicationRecord> current(List<DirectoryIndication> stored) {
        // The catalogue once for all indications, not once per indication.
        Map<String, PatientGroupSummary> catalogue = catalogue();
        return stored.stream().filter(i -> !i.withdrawn).map(i -> record(i, catalogue))
                .sorted(Comparator.comparing(record -> DirectoryDiff.sortKey(record.code()))).toList();
    }

    private int numberFor(String groupCode) {
        if ("PILOT".equals(groupCode) && !directoryGroups.existsByNumber(0)) {
            return 0;
        }
        Matcher match = ROUND_GROUP.matcher(groupCode);
        if (match.matches() && groupCode.startsWith("R1-") && !directoryGroups.existsByNumber(Integer.parseInt(match.group(1)))) {
            return Integer.parseInt(match.group(1));
        }
        int max = directoryGroups.findAll().stream().mapToInt(group -> group.number).max().orElse(0);
        return Math.max(max, 13) + 1;
    }

    private IndicationRecord record(DirectoryIndication i) {
        return record(i, catalogue());
    }

    private IndicationRecord record(DirectoryIndication i, Map<String, PatientGroupSummary> catalogue) {
        PatientGroupSummary group = catalogue.get(i.groupCode);
        return new IndicationRecord(i.code, i.groupCode, group == null ? i.groupCode : group.nameDa(), group == null ? i.groupCode : group.nameEn(),
                i.networkId, networks.networkName(i.networkId, Locale.of("da")), i.nameDa, i.nameEn, i.description,
                CriteriaNode.fromMap(JSON.readValue(i.criteriaJson, Map.class)),
                Arrays.stream(JSON.readValue(i.requisitionJson, Map[].class)).map(RequisitionPathway::fromMap).toList(),
                new WgsRange(i.wgsLow, i.wgsExpected, i.wgsHigh), i.indicationVersion, i.approvedOn, i.approvedBy, i.changeNote);
    }

    private static Map<String, Object> snapshot(IndicationRecord record) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", record.code());
        map.put("groupCode", record.groupCode());
        map.put("groupNameDa", record.groupNameDa());
        map.put("groupNameEn", record.groupNameEn());
        map.put("networkId", record.networkId());
        map.put("networkNameDa", record.networkNameDa());
        map.put("nameDa", record.nameDa());
        map.put("nameEn", record.nameEn());
        map.put("description", record.description());
        map.put("criteria", record.criteria().toMap());
        map.put("requisition", record.requisition().stream().map(RequisitionPathway::toMap).toList());
        map.put("wgs", List.of(record.wgsPerYear().low(), record.wgsPerYear().expected(), record.wgsPerYear().high()));
        map.put("version", record.version());
        map.put("approvedOn", record.approvedOn().toString());
        map.put("approvedBy", record.approvedBy());
        map.put("changeNote", record.changeNote());
        return map;
    }

    private List<IndicationRecord> content(DirectoryRelease release) {
        List<?> list = JSON.readValue(release.contentJson, List.class);
        return list.stream().map(item -> fromSnapshot((Map<?, ?>) item)).toList();
    }

    private static IndicationRecord fromSnapshot(Map<?, ?> map) {
        List<?> wgs = (List<?>) map.get("wgs");
        List<?> requisition = (List<?>) map.get("requisition");
        return new IndicationRecord((String) map.get("code"), (String) map.get("groupCode"), (String) map.get("groupNameDa"),
                (String) map.get("groupNameEn"), map.get("networkId") == null ? null : ((Number) map.get("networkId")).longValue(),
                (String) map.get("networkNameDa"), (String) map.get("nameDa"), (String) map.get("nameEn"), (String) map.get("description"),
                CriteriaNode.fromMap((Map<?, ?>) map.get("criteria")),
                requisition.stream().map(item -> RequisitionPathway.fromMap((Map<?, ?>) item)).toList(),
                new WgsRange(((Number) wgs.get(0)).longValue(), ((Number) wgs.get(1)).longValue(), ((Number) wgs.get(2)).longValue()),
                ((Number) map.get("version")).intValue(), LocalDate.parse((String) map.get("approvedOn")), (String) map.get("approvedBy"),
                (String) map.get("changeNote"));
    }

    private DirectoryRelease findRelease(int number) {
        return releases.findByNumber(number).orElseThrow(() -> new NotFound("directory.releaseNotFound", number));
    }

    private Map<String, PatientGroupSummary> catalogue() {
        return patientGroups.selectedGroups().stream().collect(Collectors.toMap(PatientGroupSummary::code, g -> g, (a, b) -> a));
    }

    private static String limited(String text) {
        if (text.length() > TEXT_MAX) {
            throw new Refusal("network.refused.tooLong", TEXT_MAX);
        }
        return text;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : limited(text.strip());
    }

    static java.math.@Nullable BigDecimal number(@Nullable Object value) {
        if (value instanceof Number n) {
            return new java.math.BigDecimal(n.toString());
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return new java.math.BigDecimal(text.strip().replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }
}
