package dk.ngc.skema.patientgroup.api;

import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.patientgroup.PatientGroupSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/patient-groups}: the patient groups selected for WGS, for the regions' requisition systems. */
@RestController
@RequestMapping(path = "/api/v1/patient-groups", produces = "application/json")
@Tag(name = "patient-groups", description = "The patient groups selected for clinical whole-genome sequencing")
@SecurityRequirement(name = "keycloak")
class PatientGroupApi {

    private final PatientGroupService groups;

    PatientGroupApi(PatientGroupService groups) {
        this.groups = groups;
    }

    @GetMapping
    @Operation(summary = "The selected patient groups, the pilot first, then by code")
    List<PatientGroupJson> selected() {
        return groups.selectedGroups().stream().map(PatientGroupJson::of).toList();
    }

    /** A selected group as the API gives it; the names in Danish and English. */
    @Schema(name = "PatientGroup")
    record PatientGroupJson(
            @Schema(description = "Stable code of the group", example = "R1-07") String code,
            @Schema(description = "The name in Danish") String nameDa,
            @Schema(description = "The name in English") String nameEn,
            @Schema(description = "PILOT or ROUND") String origin,
            @Schema(description = "The round that selected it") @Nullable String selectedRound,
            @Schema(description = "The day of the steering group's decision") @Nullable LocalDate selectedOn,
            @Schema(description = "When its specialist network starts, e.g. 2021-Q1") @Nullable String networkStart) {

        static PatientGroupJson of(PatientGroupSummary group) {
            return new PatientGroupJson(group.code(), group.nameDa(), group.nameEn(), group.origin().name(), group.selectedRoundCode(),
                    group.selectedOn(), group.networkStart());
        }
    }
}
