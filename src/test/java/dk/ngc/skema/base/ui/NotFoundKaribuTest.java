package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An address with an id that does not exist shows "not found" with HTTP 404, never the error page. */
class NotFoundKaribuTest extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"skemadesign/version/999999", "indstilling/999999", "besvarelse/999999"})
    void anUnknownIdShowsTheNotFoundPageWith404(String path) {
        login("nina"); // NGC may open all three kinds of page when the id exists

        // The status the server answers when the address is opened in the browser.
        int status = UI.getCurrent().getInternals().getRouter()
                .navigate(UI.getCurrent(), new Location(path), NavigationTrigger.PAGE_LOAD);

        assertThat(status).isEqualTo(404);
        assertThat(pageText()).contains("Siden findes ikke, eller du har ikke adgang")
                .doesNotContain("Der opstod en fejl");
    }
}
