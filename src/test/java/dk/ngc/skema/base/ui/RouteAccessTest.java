package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.Component;
import dk.ngc.skema.forms.ui.MyFormsView;
import dk.ngc.skema.nomination.ui.NominationInboxView;
import dk.ngc.skema.nomination.ui.NominationView;
import dk.ngc.skema.nomination.ui.NominationsView;
import dk.ngc.skema.forms.ui.designer.FormDesignerView;
import dk.ngc.skema.forms.ui.designer.FormVersionEditorView;
import dk.ngc.skema.forms.ui.ResponseView;
import dk.ngc.skema.organisation.ui.OrganisationsView;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route against every role: the table says who may open what. A new route must join the
 * table, or {@link #everyRouteIsInTheTable()} fails.
 */
class RouteAccessTest extends KaribuTest {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

    record Guarded(String path, Set<Role> allowed) {
    }

    static final Map<Class<? extends Component>, Guarded> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put(HomeView.class, new Guarded("", EVERY_ROLE));
        TABLE.put(NoAccessView.class, new Guarded("ingen-adgang", EVERY_ROLE));
        TABLE.put(OrganisationsView.class, new Guarded("organisationer", EnumSet.of(Role.NGC)));
        TABLE.put(MyFormsView.class, new Guarded("skemaer", EnumSet.of(Role.NETWORK_MEMBER, Role.NGC)));
        TABLE.put(dk.ngc.skema.round.ui.RoundsView.class, new Guarded("runder", EnumSet.of(Role.NGC)));
        TABLE.put(dk.ngc.skema.notification.ui.OutboxView.class, new Guarded("udbakke", EnumSet.of(Role.NGC)));
        TABLE.put(dk.ngc.skema.assessment.ui.MyOutcomesView.class, new Guarded("vurdering/mine-resultater", EnumSet.of(Role.REGION, Role.LVS)));
        TABLE.put(NominationsView.class, new Guarded("indstillinger", EnumSet.of(Role.REGION, Role.LVS, Role.NGC)));
        TABLE.put(dk.ngc.skema.patientgroup.ui.PatientGroupsView.class, new Guarded("patientgrupper", EVERY_ROLE));
        TABLE.put(NominationInboxView.class, new Guarded("indstillinger/indbakke", EnumSet.of(Role.NGC)));
        // Decided per nomination by NominationService (parties, NGC, the working group once submitted).
        TABLE.put(NominationView.class, new Guarded("indstilling/999999", EnumSet.noneOf(Role.class)));
        // Whether a response opens is decided per response by FormService (owner or NGC);
        // a response that is not yours, or does not exist, is refused for every role alike.
        TABLE.put(ResponseView.class, new Guarded("besvarelse/999999", EnumSet.noneOf(Role.class)));
        TABLE.put(FormDesignerView.class, new Guarded("skemadesign", EnumSet.of(Role.NGC)));
        TABLE.put(FormVersionEditorView.class, new Guarded("skemadesign/version/1", EnumSet.of(Role.NGC)));
        TABLE.put(dk.ngc.skema.assessment.ui.AssessmentView.class, new Guarded("vurdering", EnumSet.of(Role.WORKING_GROUP)));
        TABLE.put(dk.ngc.skema.assessment.ui.AssessmentResultsView.class, new Guarded("vurdering/resultater", EnumSet.of(Role.NGC)));
        TABLE.put(dk.ngc.skema.hearing.ui.HearingsView.class, new Guarded("hoeringer", EVERY_ROLE));
        TABLE.put(dk.ngc.skema.hearing.ui.HearingEditorView.class, new Guarded("hoeringer/udkast", EnumSet.of(Role.NGC)));
        // Decided per hearing by HearingService (NGC, and the hearing's invitees once it is sent).
        TABLE.put(dk.ngc.skema.hearing.ui.HearingView.class, new Guarded("hoering/999999", EnumSet.noneOf(Role.class)));
        TABLE.put(dk.ngc.skema.consolidation.ui.ConsolidationView.class, new Guarded("konsolidering", EnumSet.of(Role.NGC)));
        TABLE.put(dk.ngc.skema.consolidation.ui.WgsBudgetView.class, new Guarded("wgs-budget", EnumSet.of(Role.NGC, Role.STEERING_GROUP)));
        // qualification: NGC and the societies (each sees only its groups, decided by QualificationService); the case
        // presentation for NGC and the steering group (which reads it once released)
        TABLE.put(dk.ngc.skema.qualification.ui.QualificationView.class, new Guarded("kvalificering", EnumSet.of(Role.NGC, Role.LVS)));
        TABLE.put(dk.ngc.skema.qualification.ui.CasePresentationView.class, new Guarded("sagsfremstilling", EnumSet.of(Role.NGC, Role.STEERING_GROUP)));
        TABLE.put(dk.ngc.skema.decision.ui.DecisionView.class, new Guarded("beslutning", EnumSet.of(Role.NGC, Role.STEERING_GROUP)));
        TABLE.put(dk.ngc.skema.decision.ui.ImplementationPlanView.class, new Guarded("implementeringsplan", EnumSet.of(Role.NGC, Role.STEERING_GROUP)));
        // network: the list for NGC, the appointing organisations and the network members; one network decided by
        // NetworkService (a network that does not exist is refused for every role alike); the directory and the checker for every role
        TABLE.put(dk.ngc.skema.network.ui.NetworksView.class, new Guarded("netvaerker",
                EnumSet.of(Role.NGC, Role.REGION, Role.LVS, Role.RKKP, Role.PATIENTS, Role.NETWORK_MEMBER)));
        TABLE.put(dk.ngc.skema.network.ui.NetworkView.class, new Guarded("netvaerk/999999", EnumSet.noneOf(Role.class)));
        TABLE.put(dk.ngc.skema.network.ui.DirectoryView.class, new Guarded("indikationer", EVERY_ROLE));
        TABLE.put(dk.ngc.skema.network.ui.CheckerView.class, new Guarded("tjek-indikation", EVERY_ROLE));
    }

    @Test
    void everyRouteIsInTheTable() {
        assertThat(routes().getRoutes()).containsExactlyInAnyOrderElementsOf(TABLE.keySet());
    }

    static Stream<Arguments> routeAndRole() {
        return TABLE.entrySet().stream().flatMap(entry -> Arrays.stream(Role.values())
                .map(role -> Arguments.of(entry.getKey().getSimpleName(), entry.getValue().path(), role,
                        entry.getValue().allowed().contains(role), entry.getKey())));
    }

    @ParameterizedTest(name = "{0} as {2}: allowed={3}")
    @MethodSource("routeAndRole")
    void eachRoleOpensOnlyWhatTheTableAllows(String name, String path, Role role, boolean allowed, Class<? extends Component> view) {
        loginWithRoles(role);
        navigate(path);
        boolean opened = !_find(view).isEmpty();
        boolean denied = pageText().contains("Siden findes ikke, eller du har ikke adgang");
        assertThat(opened).as("view opened").isEqualTo(allowed);
        assertThat(denied).as("access-denied page shown").isEqualTo(!allowed);
    }
}
