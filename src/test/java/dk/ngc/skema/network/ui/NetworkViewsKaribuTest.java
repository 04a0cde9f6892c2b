package dk.ngc.skema.network.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.network.DirectoryService;
import dk.ngc.skema.network.DirectoryTestData;
import dk.ngc.skema.network.IndicationRecord;
import dk.ngc.skema.network.NetworkInfo;
import dk.ngc.skema.network.NetworkService;
import dk.ngc.skema.network.NetworkSummary;
import dk.ngc.skema.organisation.PersonSummary;
import dk.ngc.skema.patientgroup.PatientGroupSummary;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The networks list and set-up, a network's composition with an appointment, the directory and the checker. */
class NetworkViewsKaribuTest extends KaribuTest {

    @Autowired
    NetworkService networks;
    @Autowired
    DirectoryService directory;
    @Autowired
    dk.ngc.skema.network.DelimitationService delimitations;
    @Autowired
    dk.ngc.skema.forms.FormService forms;

    @Test
    void ngcComparesAGroupWithTheExistingNetworksAndSetsUpANewOne() {
        login("nina");
        navigate("netvaerker");
        NetworksView view = _get(NetworksView.class);
        // Each test of the shared database sets up networks for groups of its own: this one R1-04 (not R1-09, the
        // group whose overlaps NetworkServiceTest ranks: a network of its own would match it first).
        PatientGroupSummary kidney = group(view, "R1-04");
        _setValue(view.group, kidney);
        _setValue(view.description, "Arvelige nyresygdomme med nyresvigt");
        _click(_get(Button.class, spec -> spec.withId("network-compare")));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("network-overlaps")).getElement().getTextRecursively())
                .isNotBlank();
        assertThat(view.name.getValue()).isEqualTo(kidney.nameDa());
        _click(_get(Button.class, spec -> spec.withId("network-create")));

        assertThat(networks.networks()).anySatisfy(n -> assertThat(n.groups()).extracting(g -> g.code()).contains(kidney.code()));
        @SuppressWarnings("unchecked")
        Grid<NetworkSummary> grid = _get(Grid.class, spec -> spec.withId("networks"));
        assertThat(_size(grid)).isEqualTo(networks.networks().size());
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0)).isNotEmpty();
        // The group is no longer offered for a new network.
        assertThat(view.group.getListDataView().getItems()).noneMatch(g -> g.code().equals(kidney.code()));
    }

    @Test
    void aRegionAppointsAMemberToItsOwnSeatOnTheCompositionPage() {
        login("nina");
        long id = networks.networks().stream().filter(n -> n.groups().stream().anyMatch(g -> g.code().equals("R1-05"))).findFirst()
                .map(NetworkSummary::id)
                .orElseGet(() -> networks.create("R1-05", "Primær immundefekt", "Primary immunodeficiency", null, List.of("dsi")).id());
        login("rasmus");
        navigate("netvaerk/" + id);
        assertThat(pageText()).contains("Primær immundefekt", "Formand (NGC)", "Region: Region Hovedstaden", "Region: Region Sjælland");
        int filledBefore = networks.network(id).count().filled();
        // Only his own region's seat offers "Udpeg et medlem".
        List<Button> appoint = _find(Button.class, spec -> spec.withClasses("network-appoint"));
        assertThat(appoint).hasSize(1);
        _click(appoint.getFirst());
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> person = _get(ComboBox.class, spec -> spec.withLabel("Person"));
        _setValue(person, networks.candidates(networks.network(id).seats().get(1).id()).stream()
                .filter(p -> p.username().equals("rasmus")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("network-appoint-save")));

        NetworkInfo after = networks.network(id);
        assertThat(after.count().filled()).isEqualTo(filledBefore + 1);
        assertThat(_get(Span.class, spec -> spec.withId("network-count")).getText()).contains((filledBefore + 1) + " sæder besat");
        assertThat(pageText()).contains("Rasmus Berg, udpeget af Region Hovedstaden");
        assertThat(_find(Anchor.class)).anySatisfy(anchor -> assertThat(anchor.getId().orElse("")).startsWith("network-letter-"));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("");
        navigate("netvaerk/" + id);
        assertThat(pageText()).contains("Composition", "Chair (NGC)", "Replace the member", "Appointment letter (PDF)");
    }

    @Test
    void everyoneSearchesTheDirectoryAndNgcSignsOffARelease() {
        login("nina");
        IndicationRecord pilot = pilot();
        directory.approve(DirectoryTestData.heartDraft("R1-02"));
        navigate("indikationer");
        DirectoryView view = _get(DirectoryView.class);
        assertThat(_size(view.grid)).isEqualTo(directory.indications().size());
        _setValue(view.search, "sjældne misdannelser");
        assertThat(_size(view.grid)).isEqualTo(directory.search("sjældne misdannelser").size()).isPositive();
        assertThat(view.details(pilot).getElement().getTextRecursively()).contains("Alle følgende skal være opfyldt:",
                "Pædiatri (Pædiatrisk afdeling), efter MDT-konference med klinisk genetisk afdeling");

        _setValue(_get(TextField.class, spec -> spec.withId("directory-release-title")), "Karibu-udgave");
        _click(_get(Button.class, spec -> spec.withId("directory-sign-off")));
        assertThat(directory.releases().getFirst().title()).isEqualTo("Karibu-udgave");
        _click(_find(Button.class, spec -> spec.withClasses("directory-change-log")).getFirst());
        assertThat(view.diffBox.getElement().getTextRecursively()).contains("Ændringslog for udgave", "Forventet WGS pr. år");
        assertThat(_find(Anchor.class, spec -> spec.withId("directory-csv"))).hasSize(1);

        login("rasmus");
        navigate("");
        navigate("indikationer");
        assertThat(_find(Button.class, spec -> spec.withId("directory-sign-off"))).isEmpty();
        assertThat(pageText()).contains("Katalog over godkendte indikationer", "Karibu-udgave");
        assertThat(_size(_get(DirectoryView.class).grid)).isEqualTo(directory.indications().size());
    }

    @Test
    void theCheckerAnswersWithTheReasonInDanishAndStoresNothing() {
        login("nina");
        IndicationRecord pilot = pilot();
        login("pia");
        navigate("tjek-indikation");
        CheckerView view = _get(CheckerView.class);
        @SuppressWarnings("unchecked")
        ComboBox<CheckerView.Choice> choice = view.choice;
        CheckerView.Choice pilotChoice = choice.getListDataView().getItems()
                .filter(c -> c.indication() != null && c.indication().code().equals(pilot.code())).findFirst().orElseThrow();
        _setValue(choice, pilotChoice);
        for (String id : List.of("suspected-genetic-cause", "not-known-family-disease", "malformations")) {
            _setValue(_get(Checkbox.class, spec -> spec.withAttribute("data-node-id", id)), true);
        }
        TextField age = _get(TextField.class, spec -> spec.withAttribute("data-variable", "age"));
        assertThat(age.getLabel()).isEqualTo("Alder (år)");
        _setValue(age, "8");
        _click(_get(Button.class, spec -> spec.withId("checker-check")));
        assertThat(view.resultText()).contains(pilot.code(), "kan tilbydes WGS", "Fordi:", "alder er 8 år")
                .doesNotContain("kan ikke");

        _setValue(age, "19");
        _click(_get(Button.class, spec -> spec.withId("checker-check")));
        assertThat(view.resultText()).contains("kan ikke tilbydes WGS", "alder er 19 år, kræver alder < 18 år");
    }

    @Test
    void theSteeringGroupSeesTheWarningAndApprovesTheDelimitationOnTheNetworksPage() {
        login("mette");
        login("nina");
        NetworkInfo network = networks.create("R1-01", "Børn og unge med kræft", null, null, List.of("dps"));
        login("lars");
        networks.appoint(network.seats().stream().filter(s -> s.kind() == dk.ngc.skema.network.SeatKind.LVS).findFirst().orElseThrow().id(),
                dk.ngc.skema.network.MemberChoice.person("mette"), "dsmg", null);
        login("mette");
        navigate("netvaerk/" + network.id());
        _click(_get(Button.class, spec -> spec.withId("delimitation-start")));
        var version = delimitations.delimitations(network.id()).getFirst();
        // the network's own variant: it leaves out the MDT practice and adds an item of its own
        var submitted = forms.submit(version.responseId(), dk.ngc.skema.demo.PilotDelimitation.answers().markedNotRelevant("mdtPractice", true)
                        .with("followUp.extra", List.of(java.util.Map.of("title", "Søskende", "text", "Søskende tilbydes genetisk rådgivning."))),
                forms.response(version.responseId()).lockVersion());
        assertThat(submitted.submitted()).isTrue();
        login("nina");
        navigate("");
        navigate("netvaerk/" + network.id());
        _click(_get(Button.class, spec -> spec.withClasses("delimitation-send")));

        login("svend");
        navigate("");
        navigate("netvaerk/" + network.id());
        assertThat(pageText()).contains("Version 1: I høring", "Region Sjælland: tabellen over den nuværende organisering siger, "
                + "at Afdeling for Genomisk Medicin fortolker data");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("besvarelse/" + version.responseId() + "#field-currentSetup",
                "besvarelse/" + version.responseId() + "#field-indications");
        assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("delimitation-difference-details-" + version.id()))
                .getSummaryText()).isEqualTo("Forskel fra det generiske skema: 1 punkt udeladt, 1 eget punkt tilføjet");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("delimitation-difference-" + version.id()))
                .getElement().getTextRecursively()).contains("Udeladt som ikke relevant: ", "Søskende – Søskende tilbydes genetisk rådgivning.");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("besvarelse/" + version.responseId() + "#field-mdtPractice");
        _click(_get(Button.class, spec -> spec.withClasses("delimitation-approve")));
        assertThat(pageText()).contains("Version 1: Godkendt – gældende");
        assertThat(directory.indications()).anySatisfy(i -> assertThat(i.groupCode()).isEqualTo("R1-01"));
    }

    private IndicationRecord pilot() {
        return directory.indications().stream().filter(i -> i.groupCode().equals("PILOT")).findFirst()
                .orElseGet(() -> directory.approve(DirectoryTestData.pilotDraft()));
    }

    private static PatientGroupSummary group(NetworksView view, String code) {
        return view.group.getListDataView().getItems().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }
}
