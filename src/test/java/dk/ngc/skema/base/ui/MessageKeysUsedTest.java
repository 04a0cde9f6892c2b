package dk.ngc.skema.base.ui;

import dk.ngc.skema.assessment.Outcome;
import dk.ngc.skema.assessment.Rating;
import dk.ngc.skema.forms.FormVersionStatus;
import dk.ngc.skema.forms.ResponseStatus;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.NumberInput;
import dk.ngc.skema.nomination.CoordinationKind;
import dk.ngc.skema.nomination.NominationState;
import dk.ngc.skema.nomination.PartyStatus;
import dk.ngc.skema.organisation.OrganisationType;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text in the Danish bundle is shown somewhere: its key is written out in the code, or it is one of
 * a family of keys the code builds by concatenation ({@code "round.state." + state.name()}). Families are
 * listed here with the values they are built from, so a new enum constant without a text fails here
 * rather than showing a raw key to a user, and a text for a constant that no longer exists goes away.
 */
class MessageKeysUsedTest {

    /** A key prefix the code concatenates with one of a known set of suffixes. */
    record Family(String prefix, Set<String> suffixes) {

        Set<String> keys() {
            return suffixes.stream().map(suffix -> prefix + suffix).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Family names(String prefix, Enum<?>[] constants) {
        return of(prefix, Arrays.stream(constants).map(Enum::name));
    }

    private static Family of(String prefix, Stream<String> suffixes) {
        return new Family(prefix, suffixes.collect(Collectors.toCollection(TreeSet::new)));
    }

    /** For enums the test cannot see (package-private in their feature). */
    private static Family hidden(String prefix, String enumClass, Function<String, String> suffix) {
        try {
            Enum<?>[] constants = (Enum<?>[]) Class.forName(enumClass).getEnumConstants();
            return of(prefix, Arrays.stream(constants).map(Enum::name).map(suffix));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(enumClass + " moved; update the family " + prefix, e);
        }
    }

    static final List<Family> FAMILIES = List.of(
            // HomeView, MainLayout, DevLoginView, OrganisationsView: role.key() and role.key() + ".can"
            of("security.role.", Arrays.stream(Role.values()).flatMap(role -> Stream.of(role.key(), role.key() + ".can"))),
            names("organisation.type.", OrganisationType.values()),
            // hearing.ui: the hearing's public enums named in its pages
            names("hearing.state.", dk.ngc.skema.hearing.HearingState.values()),
            names("hearing.answerMode.", dk.ngc.skema.hearing.AnswerMode.values()),
            names("hearing.answerState.", dk.ngc.skema.hearing.AnswerState.values()),
            names("hearing.body.", dk.ngc.skema.hearing.Body.values()),
            names("hearing.delivery.", dk.ngc.skema.hearing.InviteeDelivery.values()),
            names("hearing.view.note.", dk.ngc.skema.hearing.NoteFormat.values()),
            hidden("hearing.edit.source.", "dk.ngc.skema.hearing.ui.HearingEditorView$Source", name -> name),
            names("forms.status.", ResponseStatus.values()),
            names("forms.number.", NumberInput.Reason.values()),
            // FieldEditors.numberRange: the three parts of a number range
            of("forms.range.", Stream.of("low", "expected", "high")),
            names("forms.designer.status.", FormVersionStatus.values()),
            names("forms.designer.fieldType.", FieldType.values()),
            hidden("forms.designer.condition.mode.", "dk.ngc.skema.forms.ui.designer.ConditionEditor$Mode", name -> name.toLowerCase(Locale.ROOT)),
            names("nomination.state.", NominationState.values()),
            names("nomination.party.status.", PartyStatus.values()),
            names("nomination.inbox.coordination.kind.", CoordinationKind.values()),
            names("assessment.rating.", Rating.values()),
            names("consolidation.suggestion.", dk.ngc.skema.consolidation.SuggestionKind.values()),
            names("consolidation.action.", dk.ngc.skema.consolidation.HistoryAction.values()),
            names("consolidation.scenario.", dk.ngc.skema.consolidation.Scenario.values()),
            names("assessment.status.rated.", Rating.values()),
            names("assessment.outcome.", Outcome.values()),
            names("assessment.roundState.", RoundState.values()),
            names("round.state.", RoundState.values()),
            // qualification: a society's answer to "under an existing specialist network?" (the form's option values)
            of("qualification.network.", Stream.of("none", "whole", "part")),
            // network: seat kinds, how appointments end, the appointment dialog's two ways; the directory's diff and exports
            names("network.seat.", dk.ngc.skema.network.SeatKind.values()),
            names("network.end.", dk.ngc.skema.network.AppointmentEnd.values()),
            of("network.appoint.mode.", Stream.of("person", "invite")),
            names("directory.kind.", dk.ngc.skema.network.DirectoryDiff.Kind.values()),
            names("directory.part.", dk.ngc.skema.network.DirectoryDiff.Part.values()),
            of("directory.csvColumn.", Stream.of("code", "name", "group", "network", "criteria", "requisition", "wgsLow", "wgsExpected",
                    "wgsHigh", "version", "approvedOn")),
            of("directory.pdfColumn.", Stream.of("code", "name", "criteria", "requisition", "wgs", "version")),
            names("delimitation.state.", dk.ngc.skema.network.DelimitationState.values()));

    private static Set<String> danishKeys;
    private static String mainSources;

    @BeforeAll
    static void load() throws IOException {
        var danish = new Properties();
        try (var in = MessageKeysUsedTest.class.getResourceAsStream("/vaadin-i18n/translations_da.properties")) {
            assertThat(in).isNotNull();
            danish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        danishKeys = new TreeSet<>(danish.stringPropertyNames());
        var bundles = Path.of("src/main/resources/vaadin-i18n");
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources")))) {
            mainSources = files.filter(Files::isRegularFile).filter(file -> !file.startsWith(bundles))
                    .map(MessageKeysUsedTest::read).collect(Collectors.joining("\n"));
        }
        assertThat(mainSources).as("sources found from the project directory").contains("getTranslation(");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.nio.charset.MalformedInputException binary) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean written(String literal) {
        return mainSources.contains("\"" + literal + "\"");
    }

    @Test
    void everyDanishKeyIsWrittenInTheCodeOrBelongsToADeclaredFamily() {
        var unused = danishKeys.stream()
                .filter(key -> !written(key))
                .filter(key -> FAMILIES.stream().noneMatch(family -> family.keys().contains(key)))
                .toList();
        assertThat(unused).as("keys in translations_da.properties that no code uses").isEmpty();
    }

    @Test
    void everyFamilyIsStillBuiltByTheCodeAndHasExactlyOneTextPerValue() {
        for (Family family : FAMILIES) {
            assertThat(written(family.prefix())).as("code concatenates \"%s\"", family.prefix()).isTrue();
            var present = danishKeys.stream().filter(key -> key.startsWith(family.prefix()))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(present).as("keys under %s", family.prefix()).isEqualTo(family.keys());
        }
    }
}
