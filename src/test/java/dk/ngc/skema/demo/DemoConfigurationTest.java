package dk.ngc.skema.demo;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo refuses to start under the prod profile even when switched on by mistake. */
class DemoConfigurationTest {

    @Test
    void theDemoIsRefusedUnderTheProdProfile() {
        var production = new MockEnvironment();
        production.setActiveProfiles("prod");

        assertThatThrownBy(() -> new DemoConfiguration(production))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
    }

    @Test
    void theDemoStartsOutsideProduction() {
        var development = new MockEnvironment();
        development.setActiveProfiles("keycloak");

        assertThatCode(() -> new DemoConfiguration(development)).doesNotThrowAnyException();
    }
}
