package dk.ngc.skema.patientgroup;

import dk.ngc.skema.forms.OptionSource;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.Option;
import dk.ngc.skema.security.ApiClient;
import dk.ngc.skema.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The catalogue of patient groups already selected for WGS (round 1's groups and the pilot, seeded).
 * It is also the form engine's option source "selected-patient-groups", so the nomination form's
 * "expansion of which group" offers the current catalogue without the form being republished.
 */
@Service
public class PatientGroupService implements OptionSource {

    /** The name form definitions use for this list. */
    public static final String OPTION_SOURCE = "selected-patient-groups";

    private final PatientGroupRepository groups;
    private final CurrentUser currentUser;
    private final ApiClient apiClient;

    PatientGroupService(PatientGroupRepository groups, CurrentUser currentUser, ApiClient apiClient) {
        this.groups = groups;
        this.currentUser = currentUser;
        this.apiClient = apiClient;
    }

    /**
     * The selected groups, pilot first, then by code: anyone logged in may read them, and a system through the API
     * with the directory scope (the catalogue names the directory's groups).
     */
    @Transactional(readOnly = true)
    public List<PatientGroupSummary> selectedGroups() {
        if (currentUser.get().isEmpty()) {
            apiClient.requireDirectoryScope();
        } else {
            currentUser.require();
        }
        return summaries();
    }

    /**
     * A group the steering group selected in a round enters the catalogue (asked by the decision feature, for NGC), under
     * the next free code of the round ("R3-01", "R3-02", ...), so that later rounds can nominate expansions of it.
     * Returns its code.
     */
    @Transactional
    public String addSelected(String nameDa, String nameEn, String roundCode, java.time.LocalDate selectedOn) {
        currentUser.require(dk.ngc.skema.security.Role.NGC);
        int number = 1;
        String code;
        do {
            code = "%s-%02d".formatted(roundCode, number++);
        } while (groups.findByCode(code).isPresent());
        groups.save(new PatientGroup(code, nameDa, nameEn, roundCode, selectedOn));
        return code;
    }

    /** The quarter a selected group's network starts, as the approved implementation plan says (asked for NGC). */
    @Transactional
    public void setNetworkStart(String code, @org.jspecify.annotations.Nullable String start) {
        currentUser.require(dk.ngc.skema.security.Role.NGC, dk.ngc.skema.security.Role.STEERING_GROUP);
        groups.findByCode(code).ifPresent(group -> group.startNetwork(start));
    }

    private List<PatientGroupSummary> summaries() {
        return groups.findByActiveTrueOrderByCode().stream().map(PatientGroup::toSummary)
                .sorted(java.util.Comparator.comparing((PatientGroupSummary group) -> group.origin() != PatientGroupOrigin.PILOT)
                        .thenComparing(PatientGroupSummary::code))
                .toList();
    }

    @Override
    public String name() {
        return OPTION_SOURCE;
    }

    /** Option values are the groups' codes (stable); answers store them, exports show the names. */
    @Override
    @Transactional(readOnly = true)
    public List<Option> options() {
        return summaries().stream().map(group -> new Option(group.code(), LocalizedText.of(group.nameDa(), group.nameEn()))).toList();
    }
}
