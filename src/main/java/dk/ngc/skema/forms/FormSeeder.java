package dk.ngc.skema.forms;

import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Loads the seeded forms at every start, versioned like any other (a changed file becomes a new
 * published version; an unchanged one changes nothing). Production too: forms are not demo data (the demo's
 * responses are seeded in demo/, outside production).
 */
@Component
@org.springframework.core.annotation.Order(10)
class FormSeeder implements ApplicationRunner {

    static final String NOMINATION_FORM = "nomination-round-2";
    static final String DELIMITATION_FORM = "delimitation-generic";
    /** The kvalificeringsskema (phase 3's four questions per consolidated group), the questions of the qualification hearing. */
    static final String QUALIFICATION_FORM = "qualification";

    private static final Logger log = LoggerFactory.getLogger(FormSeeder.class);

    private final FormService formService;

    FormSeeder(FormService formService) {
        this.formService = formService;
    }

    @Override
    public void run(ApplicationArguments args) {
        // No respondent roles: nominations are started through the nomination feature, never as a bare form.
        formService.seed(FormJson.loadDefinition(NOMINATION_FORM + ".json"), List.of());
        formService.seed(FormJson.loadDefinition(DELIMITATION_FORM + ".json"), List.of(Roles.NETWORK_MEMBER));
        // No respondent roles: the societies fill it in as the questions of the qualification hearing.
        formService.seed(FormJson.loadDefinition(QUALIFICATION_FORM + ".json"), List.of());
        log.info("Seeded forms {}, {} and {}", NOMINATION_FORM, DELIMITATION_FORM, QUALIFICATION_FORM);
    }
}
