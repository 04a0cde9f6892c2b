package dk.ngc.skema.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.FormVersionInfo;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.hearing.InviteeGroup;
import dk.ngc.skema.network.MemberChoice;
import dk.ngc.skema.network.NetworkInfo;
import dk.ngc.skema.network.NetworkService;
import dk.ngc.skema.network.SeatKind;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** NGC sends a hearing to the members of one specialist network from the hearing editor; the member in the seat is invited personally. */
class NetworkHearingKaribuTest extends KaribuTest {

    @Autowired
    NetworkService networks;
    @Autowired
    HearingService hearings;
    @Autowired
    FormService forms;
    @Autowired
    PatientGroupService catalogue;

    @Test
    void ngcPicksANetworksMembersInTheHearingEditor() {
        login("nina");
        String group = catalogue.addSelected("Arvelig leversygdom", "Hereditary liver disease", "NH2", LocalDate.of(2021, 6, 1));
        NetworkInfo network = networks.create(group, "Arvelige leversygdomme", "Hereditary liver disease", null, List.of());
        login("rasmus");
        networks.appoint(network.seats().stream().filter(s -> s.kind() == SeatKind.REGION && "region-hovedstaden".equals(s.organisationCode()))
                .findFirst().orElseThrow().id(), MemberChoice.person("rasmus"), null, null);

        login("nina");
        navigate("hoeringer");
        _click(_get(Button.class, spec -> spec.withId("hearing-new")));
        String title = "Høring i netværket " + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withId("hearing-title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withId("hearing-letter-da")), "Kære netværk\n\nHermed udkastet.");
        @SuppressWarnings("unchecked")
        ComboBox<FormVersionInfo> version = _get(ComboBox.class, spec -> spec.withId("hearing-version"));
        _setValue(version, forms.publishedVersion("nomination-round-2").info());
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<InviteeGroup> groups = _get(MultiSelectComboBox.class, spec -> spec.withId("hearing-groups"));
        InviteeGroup members = groups.getListDataView().getItems().filter(g -> g.nameDa().equals("Arvelige leversygdomme")).findFirst().orElseThrow();
        assertThat(groups.getItemLabelGenerator().apply(members)).isEqualTo("Arvelige leversygdomme (1 medlemmer nu)");
        _setValue(groups, Set.of(members));
        _click(_get(Button.class, spec -> spec.withId("hearing-send")));

        Grid<?> invitees = _get(Grid.class, spec -> spec.withId("hearing-invitees"));
        List<List<String>> rows = IntStream.range(0, _size(invitees)).mapToObj(index -> _getFormattedRow(invitees, index)).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).contains("Rasmus Berg", "Personligt");
    }
}
