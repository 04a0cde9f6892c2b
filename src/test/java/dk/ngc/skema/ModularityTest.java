package dk.ngc.skema;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Spring Modulith's view of the features: each top-level package under dk.ngc.skema is an application module;
 * others may use only its top-level package and the sub-packages it declares as named interfaces, and no two
 * modules depend on each other in a cycle.
 */
class ModularityTest {

    @Test
    void featuresAreApplicationModulesWithoutCyclesOrReachingIntoInternals() {
        ApplicationModules.of(Application.class).verify();
    }
}
