package dk.ngc.skema.forms.definition;

import dk.ngc.skema.forms.definition.DefinitionDiff.AnchorFate;
import dk.ngc.skema.forms.definition.DefinitionDiff.Change;
import dk.ngc.skema.forms.definition.DefinitionDiff.Fate;
import dk.ngc.skema.forms.definition.DefinitionDiff.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diff between two versions of the seeded forms, each revision made in code the way NGC would make it in the
 * designer after a hearing: every kind of change is found, described in Danish and English, in document order,
 * with an id to link to; and every anchor of the old version is carried to where it went.
 */
class DefinitionDiffTest {

    static final FormDefinition NOMINATION = FormJson.loadDefinition("nomination-round-2.json");
    static final FormDefinition DELIMITATION = FormJson.loadDefinition("delimitation-generic.json");

    // ------------------------------------------------------------------ revising in code

    static FormDefinition section(FormDefinition definition, String key, UnaryOperator<Section> change) {
        return definition.withSections(definition.sections().stream()
                .map(section -> section.key().equals(key) ? change.apply(section) : section).toList());
    }

    static FormDefinition field(FormDefinition definition, String key, UnaryOperator<Field> change) {
        return definition.withSections(definition.sections().stream().map(section -> section.withFields(section.fields().stream()
                .map(field -> field.key().equals(key) ? change.apply(field) : field).toList())).toList());
    }

    static FormDefinition withoutField(FormDefinition definition, String key) {
        return definition.withSections(definition.sections().stream().map(section -> section.withFields(section.fields().stream()
                .filter(field -> !field.key().equals(key)).toList())).toList());
    }

    static FormDefinition withoutSection(FormDefinition definition, String key) {
        return definition.withSections(definition.sections().stream().filter(section -> !section.key().equals(key)).toList());
    }

    /** The field taken out and put into {@code sectionKey} at {@code index}. */
    static FormDefinition moved(FormDefinition definition, String fieldKey, String sectionKey, int index) {
        Field field = definition.field(fieldKey).orElseThrow();
        return section(withoutField(definition, fieldKey), sectionKey, section -> {
            List<Field> fields = new ArrayList<>(section.fields());
            fields.add(index, field);
            return section.withFields(fields);
        });
    }

    static FormDefinition withSectionAt(FormDefinition definition, Section section, int index) {
        List<Section> sections = new ArrayList<>(definition.sections());
        sections.add(index, section);
        return definition.withSections(sections);
    }

    static Section withTitle(Section section, String da, String en) {
        return new Section(section.key(), LocalizedText.of(da, en), section.help(), section.fields(), section.visibleIf(), section.allowExtraItems());
    }

    static List<Kind> kinds(DefinitionDiff diff) {
        return diff.changes().stream().map(Change::kind).toList();
    }

    static Change only(DefinitionDiff diff) {
        assertThat(diff.changes()).hasSize(1);
        return diff.changes().getFirst();
    }

    // ------------------------------------------------------------------ no change

    @Test
    void theSameVersionOrItsJsonRoundTripHasNoChangesAndKeepsEveryAnchor() {
        for (FormDefinition form : List.of(NOMINATION, DELIMITATION)) {
            FormDefinition copy = FormJson.readDefinition(FormJson.writeDefinition(form)).withVersion(7);
            DefinitionDiff diff = DefinitionDiff.between(form, copy);
            assertThat(diff.isEmpty()).as(form.key()).isTrue();
            assertThat(diff.changes()).isEmpty();
            for (Section section : form.sections()) {
                assertThat(diff.carry(section.key()).fate()).isEqualTo(Fate.KEPT);
                for (Field field : section.fields()) {
                    AnchorFate fate = diff.carry(field.key());
                    assertThat(fate.fate()).as(field.key()).isEqualTo(Fate.KEPT);
                    assertThat(fate.newAnchor()).isEqualTo(field.key());
                    assertThat(fate.sectionKey()).isEqualTo(section.key());
                    assertThat(fate.position()).isEqualTo(section.fields().indexOf(field));
                    field.subFields().forEach(sub -> assertThat(diff.carry(field.key() + "." + sub.key()).fate()).isEqualTo(Fate.KEPT));
                }
            }
        }
    }

    @Test
    void aBlankEnglishTextIsNoChangeFromNoEnglishText() {
        FormDefinition revised = field(NOMINATION, "patientsPerYearNew", f -> FieldEdits.withLabel(f, LocalizedText.of("Antal nydiagnosticerede patienter per år", "  ")));
        FormDefinition without = field(NOMINATION, "patientsPerYearNew", f -> FieldEdits.withLabel(f, LocalizedText.da("Antal nydiagnosticerede patienter per år")));
        assertThat(DefinitionDiff.between(without, revised).isEmpty()).isTrue();
    }

    // ------------------------------------------------------------------ sections

    @Nested
    class Sections {

        @Test
        void anAddedSectionIsListedAtItsPlaceWithItsFieldsAndAnchorsNothingOld() {
            Section added = Section.of("patientPerspective", "Patientperspektiv", "Patient perspective",
                    Field.builder("patientVoice", FieldType.LONG_TEXT).label("Hvad siger patienterne?", "What do patients say?").build());
            DefinitionDiff diff = DefinitionDiff.between(NOMINATION, withSectionAt(NOMINATION, added, 3));

            assertThat(kinds(diff)).containsExactly(Kind.SECTION_ADDED, Kind.FIELD_ADDED);
            Change section = diff.changes().get(0);
            assertThat(section.sectionKey()).isEqualTo("patientPerspective");
            assertThat(section.oldAnchor()).isNull();
            assertThat(section.description().da()).isEqualTo("Afsnittet »Patientperspektiv« er tilføjet som afsnit nr. 4.");
            assertThat(section.description().en()).isEqualTo("Section “Patient perspective” added as section number 4.");
            assertThat(diff.changes().get(1).description().da())
                    .isEqualTo("Feltet »Hvad siger patienterne?« er tilføjet i afsnittet »Patientperspektiv« som nr. 1.");
            // the sections after it only shifted: none of them moved
            assertThat(diff.carry("scale").fate()).isEqualTo(Fate.KEPT);
            assertThat(diff.carry("scale").position()).isEqualTo(4);
        }

        @Test
        void aRemovedSectionAndItsFieldsAreListedAndTheirCommentsGoToTheSectionBefore() {
            DefinitionDiff diff = DefinitionDiff.between(NOMINATION, withoutSection(NOMINATION, "nationalAccess"));

            assertThat(kinds(diff)).containsExactly(Kind.SECTION_REMOVED, Kind.FIELD_REMOVED, Kind.FIELD_REMOVED);
            assertThat(diff.changes().get(0).description().da()).isEqualTo("Afsnittet »Adgang til hurtigere og bedre behandling nationalt« er fjernet.");
            assertThat(diff.changes().get(1).fieldKey()).isEqualTo("currentClinicalUse");

            AnchorFate section = diff.carry("nationalAccess");
            assertThat(section.fate()).isEqualTo(Fate.REMOVED);
            assertThat(section.survives()).isFalse();
            assertThat(section.nearestAnchor()).isEqualTo("professionalism");
            assertThat(section.changes()).extracting(Change::kind).containsExactly(Kind.SECTION_REMOVED);
            assertThat(section.description().da()).isEqualTo("Afsnittet »Adgang til hurtigere og bedre behandling nationalt« findes ikke i den "
                    + "reviderede udgave; kommentaren vises under afsnittet »Faglighed og værdi for patienten«.");

            AnchorFate field = diff.carry("nationalRollout");
            assertThat(field.fate()).isEqualTo(Fate.REMOVED);
            assertThat(field.nearestAnchor()).isEqualTo("professionalism");
            assertThat(field.sectionKey()).isEqualTo("professionalism");
            assertThat(field.position()).isEqualTo(-1);
        }

        @Test
        void theFirstSectionRemovedSendsItsCommentsToTheSectionAfterIt() {
            DefinitionDiff diff = DefinitionDiff.between(NOMINATION, withoutSection(NOMINATION, "identity"));
            assertThat(diff.carry("identity").nearestAnchor()).isEqualTo("professionalism");
            assertThat(diff.carry("patientGroupTitle").nearestAnchor()).isEqualTo("professionalism");
        }

        @Test
        void aSectionMovedIsOneMoveNotOneForEverySectionItPassed() {
            Section scale = NOMINATION.sections().get(3);
            FormDefinition revised = withSectionAt(withoutSection(NOMINATION, "scale"), scale, 1);
            DefinitionDiff diff = DefinitionDiff.between(NOMINATION, revised);

            Change move = only(diff);
            assertThat(move.kind()).isEqualTo(Kind.SECTION_MOVED);
            assertThat(move.description().da()).isEqualTo("Afsnittet »Skalering« er flyttet fra nr. 4 til nr. 2.");
            AnchorFate fate = diff.carry("scale");
            assertThat(fate.fate()).isEqualTo(Fate.MOVED);
            assertThat(fate.position()).isEqualTo(1);
            assertThat(diff.carry("professionalism").fate()).isEqualTo(Fate.KEPT);
            // its fields went with it and are not "moved"
            assertThat(diff.carry("wgsPerYear").fate()).isEqualTo(Fate.KEPT);
        }

        @Test
        void titleAndHelpPerLanguageConditionAndOwnItems() {
            FormDefinition revised = section(NOMINATION, "scale", s -> new Section(s.key(),
                    LocalizedText.of("Omfang og volumen", "Scale"), LocalizedText.of("Skøn er nok.", "Estimates will do."),
                    s.fields(), Condition.equalTo("nominationType", "new"), true));
            DefinitionDiff diff = DefinitionDiff.between(NOMINATION, revised);

            assertThat(kinds(diff)).containsExactly(Kind.SECTION_RELABELLED, Kind.SECTION_RELABELLED,
                    Kind.SECTION_CONDITION_CHANGED, Kind.SECTION_SETTINGS_CHANGED);
            assertThat(diff.changes()).extracting(Change::detail).containsExactly("title", "help", null, "allowExtraItems");
            assertThat(diff.changes().get(0).description().da()).isEqualTo("Afsnittet »Skalering« hedder nu »Omfang og volumen«.");
            assertThat(diff.changes().get(0).description().en()).isEqualTo("Section “Scale” is now called “Omfang og volumen” in Danish (was “Skalering”).");
            assertThat(diff.changes().get(1).description().da())
                    .isEqualTo("Hjælpeteksten til afsnittet »Omfang og volumen« er tilføjet: »Skøn er nok.«. På engelsk: »(ingen)« → »Estimates will do.«.");
            assertThat(diff.changes().get(2).description().da()).isEqualTo("Afsnittet »Omfang og volumen« vises nu kun, hvis "
                    + "»Er der tale om en ny patientgruppe eller en udvidelse?« er »Ny patientgruppe« (før: altid).");
            assertThat(diff.changes().get(2).description().en()).isEqualTo("Section “Scale” is now shown only if "
                    + "“Is this a new patient group or an expansion?” is “New patient group” (before: always).");
            assertThat(diff.changes().get(3).description().da()).isEqualTo("I afsnittet »Omfang og volumen« kan man nu tilføje egne punkter.");
            assertThat(diff.carry("scale").fate()).isEqualTo(Fate.RELABELLED);
        }
    }

    // ------------------------------------------------------------------ fields

    @Nested
    class Fields {

        @Test
        void addedAndRemovedFieldsStandWhereTheyAreOrWere() {
            FormDefinition revised = withoutField(NOMINATION, "addedValue");
            revised = section(revised, "scale", s -> {
                List<Field> fields = new ArrayList<>(s.fields());
                fields.add(2, Field.builder("familyStudies", FieldType.LONG_TEXT).label("Familieundersøgelser (trio)", "Family studies (trio)").build());
                return s.withFields(fields);
            });
            DefinitionDiff diff = DefinitionDiff.between(NOMINATION, revised);

            assertThat(kinds(diff)).containsExactly(Kind.FIELD_REMOVED, Kind.FIELD_ADDED);
            Change removed = diff.changes().get(0);
            assertThat(removed.fieldKey()).isEqualTo("addedValue");
            assertThat(removed.oldAnchor()).isEqualTo("addedValue");
            assertThat(removed.sectionKey()).isEqualTo("professionalism");
            assertThat(removed.description().da())
                    .isEqualTo("Feltet »Merværdi ved skifte fra nuværende diagnostik« er fjernet fra afsnittet »Faglighed og værdi for patienten«.");
            Change added = diff.changes().get(1);
            assertThat(added.description().en()).isEqualTo("Field “Family studies (trio)” added to section “Scale” as number 3.");

            AnchorFate fate = diff.carry("addedValue");
            assertThat(fate.fate()).isEqualTo(Fate.REMOVED);
            assertThat(fate.nearestAnchor()).isEqualTo("professionalism");
            assertThat(fate.description().da()).isEqualTo("Feltet »Merværdi ved skifte fra nuværende diagnostik« findes ikke i den "
                    + "reviderede udgave; kommentaren vises under afsnittet »Faglighed og værdi for patienten«.");
            // fields after an added or removed one only shifted
            assertThat(diff.carry("basis").fate()).isEqualTo(Fate.KEPT);
            assertThat(diff.carry("basis").position()).isEqualTo(2);
            assertThat(diff.carry("wgsBasis").position()).isEqualTo(4);
        }

        @Test
        void aFieldMovedToAnotherSectionKeepsItsCommentsThere() {
            DefinitionDiff diff = DefinitionDiff.between(NOMINATION, moved(NOMINATION, "diagnosticYield", "scale", 0));

            Change move = only(diff);
            assertThat(move.kind()).isEqualTo(Kind.FIELD_MOVED);
            assertThat(move.sectionKey()).isEqualTo("scale");
            assertThat(move.description().da()).isEqualTo("Feltet »Forventet diagnostisk udbytte« er flyttet fra afsnittet "
                    + "»Faglighed og værdi for patienten« til afsnittet »Skalering« (nu nr. 1).");
            AnchorFate fate = diff.carry("diagnosticYield");
            assertThat(fate.fate()).isEqualTo(Fate.MOVED);
            assertThat(fate.sectionKey()).isEqualTo("scale");
            assertThat(fate.position()).isZero();
            assertThat(fate.newAnchor()).isEqualTo("diagnosticYield");
            assertThat(fate.description()).isEqualTo(move.description());
        }

        @Test
        void aFieldMovedWithinItsSectionIsOneMove() {
            DefinitionDiff diff = DefinitionDiff.between(NOMINATION, moved(NOMINATION, "groupDescription", "identity", 1));
            Change move = only(diff);
            assertThat(move.kind()).isEqualTo(Kind.FIELD_MOVED);
            assertThat(move.description().en()).isEqualTo("Field “Description of the patient group” moved from number 8 to number 2 in section “Patient group and nominators”.");
            assertThat(diff.carry("groupDescription").position()).isEqualTo(1);
            assertThat(diff.carry("nominationType").fate()).isEqualTo(Fate.KEPT);
        }

        @Test
        void labelHelpAndStaticTextChangesSayWhichLanguage() {
            FormDefinition revised = field(NOMINATION, "professionalRationale", f -> FieldEdits.withLabel(f, LocalizedText.of("Faglig begrundelse for WGS", "Professional rationale")));
            revised = field(revised, "diagnosticYield", f -> FieldEdits.withLabel(f, LocalizedText.of("Forventet diagnostisk udbytte", "Expected yield")));
            revised = field(revised, "basis", f -> FieldEdits.withHelp(f, LocalizedText.da("Sæt gerne begge.")));
            Field intro = DELIMITATION.field("delimitationIntro").orElseThrow();
            FormDefinition delimitation = field(DELIMITATION, "delimitationIntro", f -> FieldEdits.withText(f, LocalizedText.of("Beskriv hver indikation.",
                    intro.text().en())));
            DefinitionDiff diff = DefinitionDiff.between(NOMINATION, revised);

            assertThat(kinds(diff)).containsExactly(Kind.FIELD_RELABELLED, Kind.FIELD_RELABELLED, Kind.FIELD_RELABELLED);
            assertThat(diff.changes()).extracting(Change::detail).containsExactly("label", "label", "help");
            assertThat(diff.changes().get(0).description().da()).isEqualTo("Feltet »Faglig begrundelse« hedder nu »Faglig begrundelse for WGS«.");
            assertThat(diff.changes().get(0).description().en())
                    .isEqualTo("Field “Professional rationale” is now called “Faglig begrundelse for WGS” in Danish (was “Faglig begrundelse”).");
            assertThat(diff.changes().get(1).description().da())
                    .isEqualTo("Feltet »Forventet diagnostisk udbytte« hedder nu »Expected yield« på engelsk (før »Expected diagnostic yield«).");
            assertThat(diff.changes().get(1).description().en()).isEqualTo("Field “Expected diagnostic yield” is now called “Expected yield”.");
            assertThat(diff.carry("professionalRationale").fate()).isEqualTo(Fate.RELABELLED);

            Change text = only(DefinitionDiff.between(DELIMITATION, delimitation));
            assertThat(text.kind()).isEqualTo(Kind.FIELD_RELABELLED);
            assertThat(text.detail()).isEqualTo("text");
            assertThat(text.description().da()).startsWith("Den faste tekst i feltet »Beskriv hver indikation for sig").contains("til »Beskriv hver indikation.«");
        }

        @Test
        void typeRequiredAndLimits() {
            FormDefinition revised = field(NOMINATION, "patientsPerYearPrevious", f -> FieldEdits.withRequired(FieldEdits.withType(f, FieldType.NUMBER_RANGE), true));
            revised = field(revised, "groupDescription", f -> FieldEdits.withNotRelevantAllowed(FieldEdits.withMaxLength(f, 5000), true));
            revised = field(revised, "patientGroupTitle", f -> FieldEdits.withRequired(f, false));
            DefinitionDiff diff = DefinitionDiff.between(NOMINATION, revised);

            assertThat(kinds(diff)).containsExactly(Kind.FIELD_REQUIRED_CHANGED, Kind.FIELD_LIMITS_CHANGED, Kind.FIELD_LIMITS_CHANGED,
                    Kind.FIELD_TYPE_CHANGED, Kind.FIELD_REQUIRED_CHANGED);
            assertThat(diff.changes().get(0).description().da()).isEqualTo("Feltet »Patientgruppens titel« er ikke længere obligatorisk.");
            assertThat(diff.changes().get(1).detail()).isEqualTo("notRelevantAllowed");
            assertThat(diff.changes().get(1).description().da())
                    .isEqualTo("For feltet »Beskrivelse af patientgruppen« er muligheden for »ikke relevant« ændret fra nej til ja.");
            assertThat(diff.changes().get(2).description().en())
                    .isEqualTo("For field “Description of the patient group”, the maximum number of characters changed from 3000 to 5000.");
            assertThat(diff.changes().get(3).description().da())
                    .isEqualTo("Feltet »Antal tidligere diagnosticerede eller uafklarede patienter« har skiftet type fra heltal til talinterval (skøn).");
            assertThat(diff.changes().get(4).description().en())
                    .isEqualTo("Field “Previously diagnosed or undiagnosed patients” is now required.");
            assertThat(diff.carry("patientsPerYearPrevious").fate()).isEqualTo(Fate.CHANGED);
        }

        @Test
        void conditionsAreDescribedWithTheLabelsOfEachVersion() {
            FormDefinition revised = field(NOMINATION, "experience", f -> FieldEdits.withVisibleIf(f, Condition.or(
                    Condition.equalTo("basis", "experience"), Condition.compare("patientsPerYearNew", Comparison.GT, 100))));
            revised = field(revised, "existingGroup", f -> FieldEdits.withVisibleIf(f, null));
            DefinitionDiff diff = DefinitionDiff.between(NOMINATION, revised);

            assertThat(kinds(diff)).containsExactly(Kind.FIELD_CONDITION_CHANGED, Kind.FIELD_CONDITION_CHANGED);
            assertThat(diff.changes().get(0).description().da()).isEqualTo("Feltet »Hvilken allerede udvalgt patientgruppe ønskes udvidet?« "
                    + "vises nu altid (før: kun, hvis »Er der tale om en ny patientgruppe eller en udvidelse?« er »Udvidelse af en allerede udvalgt patientgruppe«).");
            assertThat(diff.changes().get(1).description().en()).isEqualTo("Field “National or international experience” is now shown "
                    + "only if “Basis of the nomination” is “National or international experience” or “Newly diagnosed patients per year” > 100 "
                    + "(before: only if “Basis of the nomination” is “National or international experience”).");
        }

        @Test
        void optionsAddedRemovedRelabelledAndReordered() {
            FormDefinition revised = field(NOMINATION, "wgsBasis", f -> FieldEdits.withOptions(f, List.of(
                    Option.of("screening", "Screening af raske familiemedlemmer", "Screening"),
                    Option.of("trio", "Trioanalyser ved diagnose", "Trio analyses at diagnosis"),
                    Option.of("coverage", "Dækning", "Coverage"),
                    Option.of("other", "Andet", "Other"))));
            DefinitionDiff diff = DefinitionDiff.between(NOMINATION, revised);

            assertThat(kinds(diff)).containsExactly(Kind.OPTION_RELABELLED, Kind.OPTION_REMOVED, Kind.OPTION_RELABELLED,
                    Kind.OPTION_RELABELLED, Kind.OPTION_ADDED, Kind.OPTIONS_REORDERED);
            // a removed option stands after the one it followed
            assertThat(diff.changes()).extracting(Change::detail).containsExactly("screening", "cancer", "trio", "coverage", "other", null);
            assertThat(diff.changes().get(0).description().da()).isEqualTo("Valgmuligheden »Screening« i feltet »Antallet af WGS bygger på behov for« "
                    + "hedder nu »Screening af raske familiemedlemmer«.");
            assertThat(diff.changes().get(0).description().en()).isEqualTo("The choice “Screening” of field “The number of WGS is based on the need for” "
                    + "is now called “Screening af raske familiemedlemmer” in Danish (was “Screening”).");
            assertThat(diff.changes().get(1).description().da()).isEqualTo("Valgmuligheden »Kræftsygdomme« er fjernet fra feltet »Antallet af WGS bygger på behov for«.");
            assertThat(diff.changes().get(4).description().en()).isEqualTo("Field “The number of WGS is based on the need for” has a new choice, “Other”.");
            assertThat(diff.changes().get(5).description().da()).isEqualTo("Valgmulighederne i feltet »Antallet af WGS bygger på behov for« står i en ny rækkefølge.");
            assertThat(diff.carry("wgsBasis").changes()).hasSize(6);
            assertThat(diff.carry("wgsBasis").fate()).isEqualTo(Fate.CHANGED);
        }

        @Test
        void regionMatrixColumnsAreOptionsToo() {
            FormDefinition revised = field(NOMINATION, "currentSetup", f -> {
                List<Option> columns = new ArrayList<>(f.columns());
                columns.add(Option.of("sequencing", "Sekventering", "Sequencing"));
                return FieldEdits.withColumns(f, columns);
            });
            Change added = only(DefinitionDiff.between(NOMINATION, revised));
            assertThat(added.kind()).isEqualTo(Kind.OPTION_ADDED);
            assertThat(added.id()).isEqualTo("chg-option-added-currentSetup--column--sequencing");
            assertThat(added.description().da()).isEqualTo("Feltet »Nuværende diagnostisk setup« har fået kolonnen »Sekventering«.");
        }

        @Test
        void aKeyChangedWithNothingElseIsARenameAndCarriesTheComments() {
            FormDefinition revised = field(NOMINATION, "nationalRollout", f -> FieldEdits.withKey(f, "nationalSpread"));
            DefinitionDiff diff = DefinitionDiff.between(NOMINATION, revised);

            Change rename = only(diff);
            assertThat(rename.kind()).isEqualTo(Kind.FIELD_RENAMED);
            assertThat(rename.fieldKey()).isEqualTo("nationalSpread");
            assertThat(rename.oldAnchor()).isEqualTo("nationalRollout");
            AnchorFate fate = diff.carry("nationalRollout");
            assertThat(fate.fate()).isEqualTo(Fate.RENAMED);
            assertThat(fate.newAnchor()).isEqualTo("nationalSpread");
            assertThat(fate.position()).isEqualTo(1);
        }

        @Test
        void aRenamedFieldThatConditionsAskAboutChangesNoCondition() {
            FormDefinition revised = field(NOMINATION, "basis", f -> FieldEdits.withKey(f, "grundlag"));
            revised = field(revised, "references", f -> FieldEdits.withVisibleIf(f, Condition.equalTo("grundlag", "publications")));
            revised = field(revised, "experience", f -> FieldEdits.withVisibleIf(f, Condition.equalTo("grundlag", "experience")));
            assertThat(kinds(DefinitionDiff.between(NOMINATION, revised))).containsExactly(Kind.FIELD_RENAMED);
        }

        @Test
        void aKeyChangedTogetherWithItsLabelOrAmbiguouslyIsRemovedAndAdded() {
            FormDefinition relabelled = field(NOMINATION, "nationalRollout", f -> FieldEdits.withLabel(FieldEdits.withKey(f, "nationalSpread"), LocalizedText.of("Udbredelse", "Spread")));
            assertThat(kinds(DefinitionDiff.between(NOMINATION, relabelled))).containsExactly(Kind.FIELD_REMOVED, Kind.FIELD_ADDED);
            assertThat(DefinitionDiff.between(NOMINATION, relabelled).carry("nationalRollout").fate()).isEqualTo(Fate.REMOVED);

            // two new fields look like the old one: no guessing
            Field copy = FieldEdits.withKey(NOMINATION.field("nationalRollout").orElseThrow(), "nationalSpreadToo");
            FormDefinition twice = section(field(NOMINATION, "nationalRollout", f -> FieldEdits.withKey(f, "nationalSpread")), "nationalAccess", s -> {
                List<Field> fields = new ArrayList<>(s.fields());
                fields.add(copy);
                return s.withFields(fields);
            });
            assertThat(kinds(DefinitionDiff.between(NOMINATION, twice))).containsExactly(Kind.FIELD_REMOVED, Kind.FIELD_ADDED, Kind.FIELD_ADDED);
        }
    }

    // ------------------------------------------------------------------ repeating groups and criteria (delimitation)

    @Nested
    class GroupsAndCriteria {

        static FormDefinition indications(UnaryOperator<List<Field>> subFields) {
            Field indications = DELIMITATION.field("indications").orElseThrow();
            return field(DELIMITATION, "indications", f -> FieldEdits.withSubFields(f, subFields.apply(new ArrayList<>(indications.subFields()))));
        }

        static Field sub(String key) {
            return DELIMITATION.field("indications").orElseThrow().subFields().stream()
                    .filter(field -> field.key().equals(key)).findFirst().orElseThrow();
        }

        static List<Field> replaced(List<Field> fields, Field field) {
            return fields.stream().map(f -> f.key().equals(field.key()) ? field : f).toList();
        }

        @Test
        void subFieldsAreComparedInsideTheirGroupAndCarriedAsGroupDotSub() {
            FormDefinition revised = indications(subs -> {
                subs.removeIf(f -> f.key().equals("description"));
                subs.add(Field.builder("mdtRequired", FieldType.YES_NO).label("Kræves MDT-konference?", "Is an MDT conference required?").build());
                return replaced(subs, FieldEdits.withMaxLength(sub("requisition"), 1000));
            });
            DefinitionDiff diff = DefinitionDiff.between(DELIMITATION, revised);

            assertThat(kinds(diff)).containsExactly(Kind.FIELD_REMOVED, Kind.FIELD_LIMITS_CHANGED, Kind.FIELD_ADDED);
            assertThat(diff.changes()).extracting(Change::fieldKey)
                    .containsExactly("indications.description", "indications.requisition", "indications.mdtRequired");
            assertThat(diff.changes().get(0).description().da()).isEqualTo("Feltet »Beskrivelse af indikationen« i »Indikationer« er fjernet fra feltet »Indikationer«.");
            assertThat(diff.changes().get(2).description().en())
                    .isEqualTo("Field “Is an MDT conference required?” in “Indications” added to field “Indications” as number 5.");

            AnchorFate removed = diff.carry("indications.description");
            assertThat(removed.fate()).isEqualTo(Fate.REMOVED);
            assertThat(removed.nearestAnchor()).isEqualTo("indications");
            assertThat(removed.sectionKey()).isEqualTo("delimitation");
            assertThat(diff.carry("indications.requisition").fate()).isEqualTo(Fate.CHANGED);
            assertThat(diff.carry("indications.requisition").position()).isEqualTo(2);
            assertThat(diff.carry("indications").fate()).isEqualTo(Fate.KEPT);
        }

        @Test
        void aSubFieldMovedWithinItsGroup() {
            FormDefinition revised = indications(subs -> {
                Field wgs = subs.removeLast();
                subs.addFirst(wgs);
                return subs;
            });
            DefinitionDiff diff = DefinitionDiff.between(DELIMITATION, revised);
            Change move = only(diff);
            assertThat(move.kind()).isEqualTo(Kind.FIELD_MOVED);
            assertThat(move.fieldKey()).isEqualTo("indications.wgsPerYear");
            assertThat(move.description().da()).isEqualTo("Feltet »Forventet antal WGS per år« i »Indikationer« er flyttet fra nr. 5 til nr. 1 i feltet »Indikationer«.");
            assertThat(diff.carry("indications.wgsPerYear").fate()).isEqualTo(Fate.MOVED);
        }

        @Test
        void theCriteriaTemplateNodeByNode() {
            CriteriaNode template = CriteriaNode.all("indication",
                    CriteriaNode.criterion("suspected-genetic-cause", "Mistanke om genetisk årsag", "Suspected genetic cause"),
                    CriteriaNode.atLeast("features", 1,
                            CriteriaNode.criterion("malformations", "Én eller flere misdannelser", "One or more malformations"),
                            CriteriaNode.criterion("iq", "IQ under 70", "IQ below 70", Quantity.of("IQ", Comparison.LT, 70, null))));
            FormDefinition before = indications(subs -> replaced(subs, FieldEdits.withDefaultCriteria(sub("criteria"), template)));
            CriteriaNode revisedTemplate = CriteriaNode.all("indication",
                    CriteriaNode.atLeast("features", 2,
                            CriteriaNode.criterion("iq", "IQ under 70", "IQ below 70", Quantity.of("IQ", Comparison.LT, 75, null)),
                            CriteriaNode.criterion("malformations", "Én eller flere misdannelser", "One or more malformations"),
                            CriteriaNode.any("neuro", CriteriaNode.criterion("ataxia", "Ataksi", "Ataxia"),
                                    CriteriaNode.criterion("epilepsy", "Epilepsi", "Epilepsy"))),
                    CriteriaNode.criterion("not-known-in-family", "Ikke kendt genetisk sygdom i familien", "No known genetic disease in the family"));
            FormDefinition after = indications(subs -> replaced(subs, FieldEdits.withDefaultCriteria(sub("criteria"), revisedTemplate)));
            DefinitionDiff diff = DefinitionDiff.between(before, after);

            assertThat(kinds(diff)).containsExactly(Kind.CRITERION_CHANGED, Kind.CRITERION_CHANGED, Kind.CRITERION_CHANGED,
                    Kind.CRITERION_ADDED, Kind.CRITERION_ADDED, Kind.CRITERION_REMOVED);
            // the two swapped criteria: one of them moved, as one card moved in a deck
            assertThat(diff.changes()).extracting(Change::detail)
                    .containsExactly("features", "iq", "malformations", "neuro", "not-known-in-family", "suspected-genetic-cause");
            assertThat(diff.changes().get(0).description().da()).isEqualTo("I skabelonen for feltet »Kriterier, der skal være opfyldt, før WGS "
                    + "kan tilbydes« i »Indikationer« er »mindst 1 af følgende« ændret: nu »mindst 2 af følgende«.");
            assertThat(diff.changes().get(1).description().en()).endsWith("“IQ below 70” changed: new limit IQ < 75.");
            assertThat(diff.changes().get(2).description().en()).endsWith("“One or more malformations” changed: moved in the tree.");
            assertThat(diff.changes().get(3).description().da()).startsWith("Gruppen »mindst én af følgende« med 2 underpunkter er tilføjet");
            assertThat(diff.changes().get(5).description().en()).startsWith("The criterion “Suspected genetic cause” was removed from the template of field");
            assertThat(diff.carry("indications.criteria").fate()).isEqualTo(Fate.CHANGED);
        }

        @Test
        void aTemplateAddedToAFieldWithoutOneIsOneAddedNode() {
            CriteriaNode template = CriteriaNode.any("root", CriteriaNode.criterion("a", "A", "A"), CriteriaNode.criterion("b", "B", "B"));
            FormDefinition before = indications(subs -> replaced(subs, FieldEdits.withDefaultCriteria(sub("criteria"), null)));
            FormDefinition after = indications(subs -> replaced(subs, FieldEdits.withDefaultCriteria(sub("criteria"), template)));
            Change added = only(DefinitionDiff.between(before, after));
            assertThat(added.kind()).isEqualTo(Kind.CRITERION_ADDED);
            assertThat(added.detail()).isEqualTo("root");
        }
    }

    // ------------------------------------------------------------------ the list as a whole

    @Test
    void oneRevisionWithEveryKindIsInDocumentOrderWithUniqueStableLinkSafeIds() {
        FormDefinition revised = new FormDefinition(NOMINATION.key(), 2, LocalizedText.of("Indstillingsskema, runde 2 (revideret)", "Nomination form, round 2 (revised)"),
                NOMINATION.description(), NOMINATION.sections());
        revised = withoutSection(revised, "declarations");
        revised = moved(revised, "nationalRollout", "identity", 0);
        revised = field(revised, "wgsBasisExplanation", f -> FieldEdits.withLabel(f, LocalizedText.of("Uddyb beregningen", "Explain the calculation")));
        revised = field(revised, "basis", f -> FieldEdits.withRequired(f, false));
        revised = section(revised, "professionalism", s -> withTitle(s, "Faglighed", "Professionalism"));
        revised = field(revised, "contactPerson", f -> FieldEdits.withHelp(f, LocalizedText.of("Den, NGC kan kontakte.", "The person NGC may contact.")));

        DefinitionDiff diff = DefinitionDiff.between(NOMINATION, revised);
        DefinitionDiff again = DefinitionDiff.between(NOMINATION, revised);

        assertThat(kinds(diff)).containsExactly(Kind.FORM_RELABELLED, Kind.FIELD_MOVED, Kind.FIELD_RELABELLED,
                Kind.SECTION_RELABELLED, Kind.FIELD_REQUIRED_CHANGED, Kind.FIELD_RELABELLED,
                Kind.SECTION_REMOVED, Kind.FIELD_REMOVED, Kind.FIELD_REMOVED);
        assertThat(diff.changes()).extracting(Change::sectionKey).containsExactly(null, "identity", "identity", "professionalism",
                "professionalism", "scale", "declarations", "declarations", "declarations");
        assertThat(again.changes()).isEqualTo(diff.changes());
        var ids = new HashSet<String>();
        for (Change change : diff.changes()) {
            assertThat(change.id()).matches("chg-[A-Za-z0-9_-]+");
            assertThat(ids.add(change.id())).as(change.id()).isTrue();
            assertThat(diff.change(change.id())).contains(change);
            assertThat(change.description().da()).isNotBlank().doesNotContain("!forms.");
            assertThat(change.description().en()).isNotBlank().doesNotContain("!forms.").isNotEqualTo(change.description().da());
        }
        assertThat(diff.change("chg-nothing")).isEmpty();
        assertThat(diff.carry("mayBeAppointed").nearestAnchor()).isEqualTo("currentDiagnostics");
        assertThat(diff.carry("nationalRollout").sectionKey()).isEqualTo("identity");
    }

    @Test
    void anAnchorTheOldVersionDoesNotHaveIsUnknown() {
        AnchorFate fate = DefinitionDiff.between(NOMINATION, NOMINATION).carry("page-3");
        assertThat(fate.fate()).isEqualTo(Fate.UNKNOWN);
        assertThat(fate.survives()).isFalse();
        assertThat(fate.nearestAnchor()).isNull();
        assertThat(fate.description().da()).isEqualTo("»page-3« er ikke et afsnit eller felt i den kommenterede udgave.");
    }

    @Test
    void everythingRemovedLeavesNoPlaceForTheComments() {
        FormDefinition empty = NOMINATION.withSections(List.of(Section.of("new", "Nyt", "New")));
        AnchorFate fate = DefinitionDiff.between(NOMINATION.withSections(NOMINATION.sections().subList(0, 1)),
                empty.withSections(List.of())).carry("identity");
        assertThat(fate.fate()).isEqualTo(Fate.REMOVED);
        assertThat(fate.nearestAnchor()).isNull();
        assertThat(fate.sectionKey()).isNull();
        assertThat(fate.description().en()).isEqualTo("Section “Patient group and nominators” is not in the revised version.");
    }
}
