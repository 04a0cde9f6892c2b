package dk.ngc.skema.network.api;

import dk.ngc.skema.network.DirectoryService;
import dk.ngc.skema.network.IndicationRecord;
import dk.ngc.skema.network.ReleaseInfo;
import dk.ngc.skema.network.RequisitionPathway;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The approved-indications directory for the regions' requisition systems: the indications in force (with their
 * criteria trees as data and as Danish and English text, who may requisition and how, and the expected WGS per year)
 * and the signed-off releases. Read-only; {@link DirectoryService} checks the token's scope.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "directory", description = "The approved indications for clinical whole-genome sequencing")
@SecurityRequirement(name = "keycloak")
class DirectoryApi {

    private static final Locale DA = Locale.of("da");

    private final DirectoryService directory;

    DirectoryApi(DirectoryService directory) {
        this.directory = directory;
    }

    @GetMapping("/indications")
    @Operation(summary = "The indications in force, by code; filtered by patient group and by words when asked")
    List<IndicationJson> indications(
            @Parameter(description = "Only this patient group's indications, e.g. R1-07") @RequestParam(required = false) @Nullable String group,
            @Parameter(description = "Words that must all occur (code, names, criteria, requisition)") @RequestParam(required = false) @Nullable String q) {
        return directory.search(q).stream().filter(record -> group == null || group.isBlank() || record.groupCode().equals(group.strip()))
                .map(IndicationJson::of).toList();
    }

    @GetMapping("/indications/{code}")
    @Operation(summary = "One indication in force by its stable code, e.g. NGC-07.2")
    ResponseEntity<IndicationJson> indication(@PathVariable String code) {
        return directory.indication(code).map(IndicationJson::of).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/releases")
    @Operation(summary = "The signed-off releases of the directory, newest first")
    List<ReleaseJson> releases() {
        return directory.releases().stream().map(ReleaseJson::of).toList();
    }

    @GetMapping("/releases/{number}/indications")
    @Operation(summary = "The indications of one release, as they were signed off")
    List<IndicationJson> releaseIndications(@PathVariable int number) {
        return directory.releaseIndications(number).stream().map(IndicationJson::of).toList();
    }

    /** An approved indication as the API gives it. */
    @Schema(name = "Indication")
    record IndicationJson(
            @Schema(description = "Stable code NGC-<group>.<indication>", example = "NGC-07.2") String code,
            @Schema(description = "Raised by each approved revision; the code stays") int version,
            LocalDate approvedOn,
            String nameDa, @Nullable String nameEn, @Nullable String description,
            @Schema(description = "The patient group's catalogue code", example = "R1-07") String groupCode,
            String groupNameDa, String groupNameEn,
            @Nullable Long networkId, @Nullable String networkNameDa,
            @Schema(description = "The criteria tree: groups (all / any / at least n) of criteria, as data") Map<String, Object> criteria,
            @Schema(description = "The criteria tree in readable Danish") String criteriaTextDa,
            @Schema(description = "The criteria tree in readable English") String criteriaTextEn,
            List<RequisitionJson> requisition,
            WgsJson wgsPerYear,
            @Nullable String changeNote) {

        static IndicationJson of(IndicationRecord record) {
            return new IndicationJson(record.code(), record.version(), record.approvedOn(), record.nameDa(), record.nameEn(), record.description(),
                    record.groupCode(), record.groupNameDa(), record.groupNameEn(), record.networkId(), record.networkNameDa(),
                    record.criteria().toMap(), record.criteriaText(DA), record.criteriaText(Locale.ENGLISH),
                    record.requisition().stream().map(RequisitionJson::of).toList(),
                    new WgsJson(record.wgsPerYear().low(), record.wgsPerYear().expected(), record.wgsPerYear().high()), record.changeNote());
        }
    }

    /** Who may requisition, and how. */
    @Schema(name = "RequisitionPathway")
    record RequisitionJson(String specialty, String departmentType, List<String> conditions, String process) {
        static RequisitionJson of(RequisitionPathway pathway) {
            return new RequisitionJson(pathway.specialty(), pathway.departmentType(), pathway.conditions(), pathway.process());
        }
    }

    /** Expected WGS per year as a range. */
    @Schema(name = "WgsPerYear")
    record WgsJson(long low, long expected, long high) {
    }

    /** A signed-off release. */
    @Schema(name = "Release")
    record ReleaseJson(int number, String title, @Nullable String note, String signedOffBy, Instant signedOffAt, int indications,
                       WgsJson wgsPerYear) {
        static ReleaseJson of(ReleaseInfo release) {
            return new ReleaseJson(release.number(), release.title(), release.note(), release.signedOffBy(), release.signedOffAt(),
                    release.indications(), new WgsJson(release.wgsPerYear().low(), release.wgsPerYear().expected(), release.wgsPerYear().high()));
        }
    }
}
