package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutKaribuTest extends KaribuTest {

    /** Which areas each demo user finds in the side navigation; later features add their areas here. */
    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = '|', value = {
            "nina    | Forside;Indstillingsrunder;Indstillinger;Indbakke;Patientgrupper;Skemaer;Vurderingsresultater;Konsolidering;WGS-budget;Kvalificering;Sagsfremstilling;Beslutning;Implementeringsplan;Specialistnetværk;Indikationer;Tjek indikation;Høringer;Skemadesigner;Organisationer og personer;Udbakke",
            "rasmus  | Forside;Indstillinger;Patientgrupper;Mine resultater;Specialistnetværk;Indikationer;Tjek indikation;Høringer",
            "lars    | Forside;Indstillinger;Patientgrupper;Mine resultater;Kvalificering;Specialistnetværk;Indikationer;Tjek indikation;Høringer",
            "pia     | Forside;Patientgrupper;Specialistnetværk;Indikationer;Tjek indikation;Høringer",
            "rikke   | Forside;Patientgrupper;Specialistnetværk;Indikationer;Tjek indikation;Høringer",
            "william | Forside;Patientgrupper;Vurdering;Indikationer;Tjek indikation;Høringer",
            "mette   | Forside;Patientgrupper;Skemaer;Vurdering;Specialistnetværk;Indikationer;Tjek indikation;Høringer",
            "svend   | Forside;Patientgrupper;WGS-budget;Sagsfremstilling;Beslutning;Implementeringsplan;Indikationer;Tjek indikation;Høringer",
            "nanna   | Forside;Indstillinger;Patientgrupper;Skemaer;Mine resultater;Specialistnetværk;Indikationer;Tjek indikation;Høringer",
    })
    void navigationShowsOnlyTheAreasOfTheUsersRoles(String username, String expected) {
        login(username);
        navigate("");
        List<String> items = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(items).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    @Test
    void homePageSaysWhoTheUserIsWhatTheyActForAndWhatTheyMayDo() {
        login("karen");
        navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Velkommen, Karen Juhl");
        var page = _get(HomeView.class).getElement().getTextRecursively();
        assertThat(page).contains("Dansk Cardiologisk Selskab", "Dansk Pædiatrisk Selskab",
                "Lægevidenskabeligt selskab", "bekræfte indstillinger, hvor selskabet er part");
    }

    @Test
    void userMenuShowsNameRolesOrganisationsLanguageAndLogout() {
        login("mette");
        navigate("");
        var menu = _get(MenuBar.class, spec -> spec.withId("user-menu"));
        var root = menu.getItems().getFirst();
        assertThat(root.getElement().getTextRecursively()).contains("Mette Skov");
        List<String> entries = root.getSubMenu().getItems().stream().map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(entries).containsExactly(
                "Roller: Arbejdsgruppen, Specialistnetværk",
                "Organisationer: Dansk Selskab for Medicinsk Genetik",
                "Sprog",
                "Log ud");
        var language = root.getSubMenu().getItems().get(2).getSubMenu().getItems().stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(language).containsExactly("Dansk", "English");
    }

    @Test
    void aUserWithoutSkemaRolesIsToldTheyHaveNoAccess() {
        login("ole");
        navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Ingen adgang til Skema");
        assertThat(_find(SideNavItem.class)).isEmpty();
    }

    @Test
    void englishIsCompleteForTheLayout() {
        login("nina");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("organisationer");
        navigate("");
        List<String> items = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(items).containsExactly("Home", "Nomination rounds", "Nominations", "Inbox", "Patient groups", "Forms", "Assessment results", "Consolidation", "WGS budget", "Qualification", "Case presentation", "Decision", "Implementation plan", "Specialist networks", "Indications", "Check indication", "Hearings", "Form designer", "Organisations and people", "Outbox");
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Nina Holm");
    }
}
