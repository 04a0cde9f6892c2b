package dk.ngc.skema;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Features sit side by side under dk.ngc.skema.<feature>; each owns its entities, repositories and
 * views. Others reach it only through its public service and records.
 */
class ArchitectureTest {

    private static final String BASE = "dk.ngc.skema";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    }

    static String featureOf(JavaClass javaClass) {
        String rest = javaClass.getPackageName().substring(Math.min(javaClass.getPackageName().length(), BASE.length() + 1));
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    @Test
    void entitiesAndRepositoriesAreUsedOnlyInsideTheirOwnFeature() {
        ArchCondition<JavaClass> onlyOwnFeature = new ArchCondition<>("be used only inside their own feature") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                target.getAccessesToSelf().forEach(access -> {
                    JavaClass origin = access.getOriginOwner();
                    if (!featureOf(origin).equals(featureOf(target))) {
                        events.add(SimpleConditionEvent.violated(access, origin.getName() + " reaches into " + target.getName()));
                    }
                });
                target.getDirectDependenciesToSelf().forEach(dependency -> {
                    if (!featureOf(dependency.getOriginClass()).equals(featureOf(target))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
        classes().that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
                .should(onlyOwnFeature).check(classes);
    }

    /**
     * The API for other systems is a feature's {@code api} package: controllers only there, as thin as views (records
     * out, the feature's public service in, which checks the token's scope), never the data layer.
     */
    @Test
    void apiControllersLiveInTheFeaturesApiPackagesAndNeverTouchRepositoriesOrEntities() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().resideInAPackage(BASE + ".*.api").check(classes);
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }

    @Test
    void viewsStayThinAndNeverTouchRepositoriesOrTheEntityManager() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }

    private static final java.util.Set<String> FORM_ENGINE_COMPONENTS = java.util.Set.of(BASE + ".forms.ui.FormRenderer",
            BASE + ".forms.ui.FormRendererFactory", BASE + ".forms.ui.UploadTexts");

    @Test
    void noFeatureUsesAnotherFeaturesViewsExceptTheSharedLayout() {
        // The one form engine: every feature shows a form with its renderer (a hearing shows the form it hears
        // read-only) rather than building its own; its views and editors stay its own.
        ArchCondition<JavaClass> ownOrBaseUi = new ArchCondition<>("use only their own or base's views") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    if (target.getPackageName().startsWith(BASE) && target.getPackageName().endsWith(".ui")
                            && !featureOf(target).equals(featureOf(origin)) && !featureOf(target).equals("base")
                            && !FORM_ENGINE_COMPONENTS.contains(target.getName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
        classes().should(ownOrBaseUi).check(classes);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * A document under hearing comes to the hearing through its DocumentSource interface: the hearing never depends on
     * the features that provide documents (the qualification draft), they depend on it.
     */
    @Test
    void theHearingDoesNotDependOnTheQualificationWhoseDraftItHears() {
        noClasses().that().resideInAPackage(BASE + ".hearing..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".qualification..")
                .check(classes);
    }

    @Test
    void onlyNotificationSendsMail() {
        noClasses().that().resideOutsideOfPackage(BASE + ".notification..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.mail..")
                .because("features publish events; notification writes and sends the mails (outbox, retries)")
                .check(classes);
    }

    @Test
    void servicesAndDomainDoNotDependOnVaadin() {
        noClasses().that().resideInAPackage(BASE + "..").and().resideOutsideOfPackages("..ui..", "..dev..", BASE)
                .and().resideOutsideOfPackage(BASE + ".base..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(classes);
    }

    /**
     * A round changes only inside round/: its entity and repository are the feature's own (above), and the
     * phases after the nominations are asked for only by the feature that runs them.
     */
    @Test
    void onlyTheAssessmentMovesARoundThroughItsAssessment() {
        noClasses().that().resideOutsideOfPackages(BASE + ".round..", BASE + ".assessment..")
                .should().callMethod(dk.ngc.skema.round.RoundService.class, "beginAssessment", long.class)
                .orShould().callMethod(dk.ngc.skema.round.RoundService.class, "completeAssessment", long.class)
                .check(classes);
        noClasses().that().resideOutsideOfPackages(BASE + ".round..", BASE + ".demo..")
                .should().callMethod(dk.ngc.skema.round.RoundService.class, "setNominationPhase", long.class, dk.ngc.skema.round.RoundState.class)
                .orShould().callMethod(dk.ngc.skema.round.RoundService.class, "createRound", String.class, String.class,
                        java.time.Instant.class, java.time.Instant.class, java.math.BigDecimal.class)
                .check(classes);
    }

    @Test
    void everyPackageIsNullMarked() {
        // Without package-info the default is "unknown nullness", and @Nullable elsewhere loses its meaning.
        ArchCondition<JavaClass> inNullMarkedPackage = new ArchCondition<>("reside in a package whose package-info is @NullMarked") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!javaClass.getPackage().isAnnotatedWith(NullMarked.class)) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getPackageName()
                            + " has no package-info.java annotated @NullMarked (" + javaClass.getName() + ")"));
                }
            }
        };
        classes().should(inNullMarkedPackage).check(classes);
    }

    @Test
    void domainTimeComesOnlyFromTheInjectedClock() {
        // Tests fix or move the Clock bean (TestClock); a time read past it is one they cannot control.
        noClasses().that().resideInAPackage(BASE + "..")
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("services and views take the injected java.time.Clock")
                .check(classes);
        noClasses().that().resideInAPackage(BASE + "..").and().doNotHaveFullyQualifiedName(Application.class.getName())
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("the one system clock is the Clock bean in Application")
                .check(classes);
    }
}
