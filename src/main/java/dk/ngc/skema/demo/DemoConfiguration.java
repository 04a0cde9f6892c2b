package dk.ngc.skema.demo;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.security.SystemActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;

import java.time.Clock;

/**
 * The demo: everything Skema shows on a first start that is not production data (rounds, the pilot's
 * delimitation, nominations, an assessment). On with {@code skema.demo.enabled=true} (the default run); off in
 * production and in tests, which ask for it where they need it ({@code testsupport.WithDemoData}). Refused
 * outright under the prod profile, so a stray property can never put demo rows into a production database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(DemoConfiguration.ENABLED)
class DemoConfiguration {

    static final String ENABLED = "skema.demo.enabled";

    DemoConfiguration(Environment environment) {
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("Demo data is refused under the prod profile: remove " + ENABLED + "=true");
        }
    }

    @Bean
    DemoUsers demoUsers(@Value("${skema.dev-login.realm-export:classpath:realm-config/skema-realm.json}") Resource realmExport,
                        Environment environment, Clock clock, ApplicationEventPublisher events) {
        return new DemoUsers(realmExport, environment, clock, events);
    }

    /** After the forms are loaded ({@code FormSeeder}, order 10): the demo fills them in. */
    @Bean
    @Order(20)
    ApplicationRunner demoData(RoundService rounds, NominationService nominations, dk.ngc.skema.nomination.NominationInboxService inboxService,
                               FormService forms, AssessmentService assessments, dk.ngc.skema.hearing.HearingService hearings,
                               SystemActor system, DemoUsers users, Clock clock) {
        var demoRounds = new DemoRounds(rounds, system, clock);
        var living = new LivingDemo(rounds, nominations, inboxService, forms, assessments, system, users, clock);
        var demoHearings = new DemoHearings(hearings, forms, system, users, clock);
        return args -> {
            demoRounds.seed();
            living.seed();
            demoHearings.seed();
        };
    }
}
