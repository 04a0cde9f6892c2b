package dk.ngc.skema.forms.definition;

import dk.ngc.skema.demo.PilotCriteria;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dk.ngc.skema.forms.definition.AnswerProblem.Kind.*;
import static dk.ngc.skema.forms.definition.TestForms.field;
import static dk.ngc.skema.forms.definition.TestForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ResponseValidatorTest {

    private static List<AnswerProblem> validate(Field field, Object value) {
        return ResponseValidator.validate(form(field), Answers.empty().with(field.key(), value));
    }

    private static List<AnswerProblem> validate(FormDefinition definition, Answers answers) {
        return ResponseValidator.validate(definition, answers);
    }

    @Nested
    class Required {

        private final FormDefinition definition = form(
                Field.builder("title", FieldType.SHORT_TEXT).label("Patientgruppens titel", "Title of the patient group").required().build(),
                field("optional", FieldType.SHORT_TEXT).build(),
                field("intro", FieldType.STATIC_TEXT).text("Læs dette", "Read this").build());

        @Test
        void aMissingOrBlankRequiredAnswerIsReportedInBothLanguagesWithTheLabel() {
            assertThat(validate(definition, Answers.empty().with("title", "   "))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(REQUIRED);
                assertThat(problem.path()).isEqualTo("title");
                assertThat(problem.sectionKey()).isEqualTo("main");
                assertThat(problem.message(Locale.of("da"))).isEqualTo("\"Patientgruppens titel\" skal udfyldes");
                assertThat(problem.message(Locale.ENGLISH)).isEqualTo("\"Title of the patient group\" is required");
            });
        }

        @Test
        void anAnsweredFormHasNoProblems() {
            assertThat(validate(definition, Answers.empty().with("title", "Arvelige hjertesygdomme"))).isEmpty();
        }

        @Test
        void aHiddenRequiredFieldIsNotRequiredAndItsLeftoverValueIsNotChecked() {
            FormDefinition conditional = form(
                    field("nominationType", FieldType.SINGLE_CHOICE).required()
                            .options(Option.of("new", "Ny", "New"), Option.of("expansion", "Udvidelse", "Expansion")).build(),
                    field("existingGroup", FieldType.SHORT_TEXT).required().maxLength(5)
                            .visibleIf(Condition.equalTo("nominationType", "expansion")).build());

            assertThat(validate(conditional, Answers.empty().with("nominationType", "new").with("existingGroup", "far too long")))
                    .isEmpty();
            assertThat(validate(conditional, Answers.empty().with("nominationType", "expansion")))
                    .extracting(AnswerProblem::kind, AnswerProblem::path).containsExactly(tuple(REQUIRED, "existingGroup"));
        }

        @Test
        void fieldsInAHiddenSectionAreSkipped() {
            Section gate = Section.of("gate", "Port", "Gate", field("expansion", FieldType.YES_NO).required().build());
            Section details = Section.of("details", "Detaljer", "Details", field("which", FieldType.SHORT_TEXT).required().build())
                    .withVisibleIf(Condition.equalTo("expansion", true));
            FormDefinition definition = form(gate, details);

            assertThat(validate(definition, Answers.empty().with("expansion", false))).isEmpty();
            assertThat(validate(definition, Answers.empty().with("expansion", true)))
                    .extracting(AnswerProblem::path, AnswerProblem::sectionKey).containsExactly(tuple("which", "details"));
        }

        @Test
        void aFieldMarkedNotRelevantIsSkippedOnlyWhereTheFormAllowsIt() {
            FormDefinition definition = form(
                    field("mdtPractice", FieldType.LONG_TEXT).required().notRelevantAllowed().build(),
                    field("title", FieldType.SHORT_TEXT).required().build());
            Answers answers = Answers.empty().markedNotRelevant("mdtPractice", true).markedNotRelevant("title", true);

            assertThat(validate(definition, answers)).extracting(AnswerProblem::kind, AnswerProblem::path)
                    .containsExactly(tuple(NOT_RELEVANT_NOT_ALLOWED, "title"));
        }
    }

    @Nested
    class Texts {

        private final Field description = Field.builder("description", FieldType.LONG_TEXT).label("Beskrivelse", "Description")
                .maxLength(10).build();

        @Test
        void textUpToMaxLengthIsAcceptedCountingCharactersNotBytes() {
            assertThat(validate(description, "æøåÆØÅæøåü")).isEmpty();
        }

        @Test
        void textOverMaxLengthIsRefusedWithTheCount() {
            assertThat(validate(description, "12345678901")).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(TOO_LONG);
                assertThat(problem.da()).isEqualTo("\"Beskrivelse\" er på 11 tegn; der er højst plads til 10");
            });
        }

        @Test
        void aNumberWhereTextIsExpectedIsTheWrongShape() {
            assertThat(validate(description, 42)).extracting(AnswerProblem::kind).containsExactly(WRONG_SHAPE);
        }
    }

    @Nested
    class Numbers {

        private final Field patients = field("patients", FieldType.INTEGER).min(0).max(100000).build();
        private final Field share = field("share", FieldType.DECIMAL).min(0).max(1).build();

        @Test
        void wholeNumbersWithinBoundsAreAccepted() {
            assertThat(validate(patients, 250)).isEmpty();
            assertThat(validate(patients, new BigDecimal("250.0"))).as("250.0 is a whole number").isEmpty();
            assertThat(validate(share, new BigDecimal("0.35"))).isEmpty();
        }

        @Test
        void aFractionIsNotAWholeNumber() {
            assertThat(validate(patients, new BigDecimal("12.5"))).extracting(AnswerProblem::kind).containsExactly(NOT_AN_INTEGER);
        }

        @Test
        void boundsAreEnforcedWithDanishNumberFormatting() {
            assertThat(validate(patients, -1)).extracting(AnswerProblem::kind).containsExactly(BELOW_MIN);
            assertThat(validate(patients, 100001)).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(ABOVE_MAX);
                assertThat(problem.da()).endsWith("må højst være 100.000");
                assertThat(problem.en()).endsWith("must be at most 100,000");
            });
            assertThat(validate(share, new BigDecimal("1.5"))).extracting(AnswerProblem::kind).containsExactly(ABOVE_MAX);
        }

        @Test
        void textIsNotANumber() {
            assertThat(validate(patients, "mange")).extracting(AnswerProblem::kind).containsExactly(NOT_A_NUMBER);
        }
    }

    @Nested
    class NumberRanges {

        private final Field wgs = field("wgsPerYear", FieldType.NUMBER_RANGE).required().min(0).build();

        @Test
        void lowExpectedHighInOrderIsAccepted() {
            assertThat(validate(wgs, NumberRange.of(4000, 5000, 6000))).isEmpty();
            assertThat(validate(wgs, Map.of("expected", 5000))).as("low and high are optional").isEmpty();
        }

        @Test
        void expectedAboveHighIsRefused() {
            assertThat(validate(wgs, NumberRange.of(4000, 7000, 6000))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(RANGE_ORDER);
                assertThat(problem.path()).isEqualTo("wgsPerYear");
                assertThat(problem.da()).contains("4.000 / 7.000 / 6.000");
            });
        }

        @Test
        void aRequiredRangeNeedsTheExpectedNumber() {
            assertThat(validate(wgs, Map.of("low", 4000, "high", 6000))).extracting(AnswerProblem::kind, AnswerProblem::path)
                    .containsExactly(tuple(REQUIRED, "wgsPerYear.expected"));
        }

        @Test
        void eachPartRespectsTheBounds() {
            assertThat(validate(wgs, Map.of("low", -5, "expected", 10))).extracting(AnswerProblem::kind, AnswerProblem::path)
                    .containsExactly(tuple(BELOW_MIN, "wgsPerYear.low"));
        }
    }

    @Nested
    class Choices {

        private final Field nominationType = field("nominationType", FieldType.SINGLE_CHOICE)
                .options(Option.of("new", "Ny", "New"), Option.of("expansion", "Udvidelse", "Expansion")).build();
        private final Field basis = field("wgsBasis", FieldType.MULTIPLE_CHOICE).minCount(2)
                .options(Option.of("trio", "Trio", "Trio"), Option.of("screening", "Screening", "Screening"),
                        Option.of("cancer", "Kræft", "Cancer")).build();

        @Test
        void aKnownOptionIsAccepted() {
            assertThat(validate(nominationType, "expansion")).isEmpty();
            assertThat(validate(basis, List.of("trio", "cancer"))).isEmpty();
        }

        @Test
        void anUnknownOptionIsRefused() {
            assertThat(validate(nominationType, "other")).extracting(AnswerProblem::kind).containsExactly(UNKNOWN_OPTION);
            assertThat(validate(basis, List.of("trio", "coverage"))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(UNKNOWN_OPTION);
                assertThat(problem.da()).contains("\"coverage\" er ikke en af svarmulighederne");
            });
        }

        @Test
        void tooFewChoicesAreRefusedCountingEachOnce() {
            assertThat(validate(basis, List.of("trio", "trio"))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(TOO_FEW_CHOSEN);
                assertThat(problem.en()).endsWith("choose at least 2 (chosen: 1)");
            });
        }

        @Test
        void yesNoMustBeABoolean() {
            Field declared = field("nationalNomination", FieldType.YES_NO).required().build();
            assertThat(validate(declared, false)).as("'no' is an answer").isEmpty();
            assertThat(validate(declared, "ja")).extracting(AnswerProblem::kind).containsExactly(WRONG_SHAPE);
        }

        @Test
        void organisationsNeedTheMinimumCount() {
            Field onBehalfOf = field("onBehalfOf", FieldType.ORGANISATIONS).required().minCount(1).orgTypes("region", "lvs").build();
            assertThat(validate(onBehalfOf, List.of("region-hovedstaden", "lvs-dsmg"))).isEmpty();
            assertThat(validate(onBehalfOf, List.of())).extracting(AnswerProblem::kind).containsExactly(REQUIRED);
            Field two = onBehalfOf.toBuilder().minCount(2).build();
            assertThat(validate(two, List.of("region-hovedstaden"))).extracting(AnswerProblem::kind).containsExactly(TOO_FEW_CHOSEN);
        }

        @Test
        void aDateMustBeAnIsoDate() {
            Field date = field("start", FieldType.DATE).build();
            assertThat(validate(date, "2021-05-03")).isEmpty();
            assertThat(validate(date, "03.05.2021")).extracting(AnswerProblem::kind).containsExactly(INVALID_DATE);
        }
    }

    @Nested
    class ContactPersons {

        private final Field contact = field("contactPerson", FieldType.CONTACT_PERSON).required().build();

        @Test
        void aContactWithNameAndValidEmailIsAccepted() {
            assertThat(validate(contact, Map.of("name", "Birgitte Nybo", "organisation", "NGC", "email", "bn@ngc.dk",
                    "phone", "+45 12 34 56 78"))).isEmpty();
        }

        @Test
        void anInvalidEmailIsRefusedAtTheEmail() {
            assertThat(validate(contact, Map.of("name", "Birgitte Nybo", "email", "bn@ngc"))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(INVALID_EMAIL);
                assertThat(problem.path()).isEqualTo("contactPerson.email");
            });
        }

        @Test
        void aRequiredContactNeedsNameAndEmail() {
            assertThat(validate(contact, Map.of("phone", "12345678"))).extracting(AnswerProblem::path)
                    .containsExactly("contactPerson.name", "contactPerson.email");
        }
    }

    @Nested
    class References {

        private final Field references = field("references", FieldType.REFERENCES).required().build();

        @Test
        void aCitationOrAnyPlausibleIdentifierIsEnough() {
            assertThat(validate(references, List.of(
                    Map.of("citation", "Stark Z et al. Genet Med 2018"),
                    Map.of("doi", "https://doi.org/10.1038/s41436-018-0006-8"),
                    Map.of("pubmed", "29740068"),
                    Map.of("url", "https://www.ngc.dk")))).isEmpty();
        }

        @Test
        void aRowWithNeitherCitationNorIdentifierIsRefused() {
            assertThat(validate(references, List.of(Map.of("citation", "Stark 2018"), Map.of("citation", " "))))
                    .extracting(AnswerProblem::kind, AnswerProblem::path).containsExactly(tuple(INVALID_REFERENCE, "references[2]"));
        }

        @Test
        void implausibleIdentifiersAreRefusedWhereTheyAre() {
            assertThat(validate(references, List.of(Map.of("citation", "X", "doi", "1038/abc", "pubmed", "PMC123", "url", "www.ngc.dk"))))
                    .extracting(AnswerProblem::path)
                    .containsExactly("references[1].doi", "references[1].pubmed", "references[1].url");
        }
    }

    @Nested
    class RepeatingGroups {

        private final Field indications = Field.builder("indications", FieldType.REPEATING_GROUP).label("Indikationer", "Indications")
                .required().rows(1, 2).subFields(
                        Field.builder("name", FieldType.SHORT_TEXT).label("Navn", "Name").required().build(),
                        Field.builder("description", FieldType.LONG_TEXT).label("Beskrivelse", "Description").required().maxLength(20).build(),
                        Field.builder("hasMdt", FieldType.YES_NO).label("MDT?", "MDT?").build(),
                        Field.builder("mdt", FieldType.LONG_TEXT).label("MDT-praksis", "MDT practice").required()
                                .visibleIf(Condition.equalTo("hasMdt", true)).notRelevantAllowed().build())
                .build();

        @Test
        void eachRowIsValidatedWithRowNumbersCountedFromOne() {
            List<AnswerProblem> problems = validate(indications, List.of(
                    Map.of("name", "Børn", "description", "Sjældne sygdomme"),
                    Map.of("name", "Voksne", "description", "Alt for lang beskrivelse af gruppen")));

            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(TOO_LONG);
                assertThat(problem.path()).isEqualTo("indications[2].description");
                assertThat(problem.da()).startsWith("\"Beskrivelse\" (\"Indikationer\", række 2)");
            });
        }

        @Test
        void aSubFieldConditionReadsItsOwnRow() {
            List<AnswerProblem> problems = validate(indications, List.of(
                    Map.of("name", "A", "description", "a", "hasMdt", false),
                    Map.of("name", "B", "description", "b", "hasMdt", true)));

            assertThat(problems).extracting(AnswerProblem::kind, AnswerProblem::path)
                    .containsExactly(tuple(REQUIRED, "indications[2].mdt"));
        }

        @Test
        void aSubFieldCanBeMarkedNotRelevantByItsPath() {
            FormDefinition definition = form(indications);
            Answers answers = Answers.empty().with("indications", List.of(Map.of("name", "B", "description", "b", "hasMdt", true)))
                    .markedNotRelevant("indications[1].mdt", true);

            assertThat(ResponseValidator.validate(definition, answers)).isEmpty();
        }

        @Test
        void rowLimitsAreEnforced() {
            Map<String, Object> row = Map.of("name", "A", "description", "a");
            assertThat(validate(indications, List.of(row, row, row))).extracting(AnswerProblem::kind).containsExactly(TOO_MANY_ROWS);
            Field atLeastTwo = indications.toBuilder().rows(2, 5).build();
            assertThat(validate(atLeastTwo, List.of(row))).extracting(AnswerProblem::kind).containsExactly(TOO_FEW_ROWS);
            assertThat(validate(indications, List.of())).extracting(AnswerProblem::kind).containsExactly(REQUIRED);
        }
    }

    @Nested
    class RegionMatrices {

        private final Field setup = field("currentSetup", FieldType.REGION_MATRIX).required().maxLength(40).columns(
                Option.of("requisition", "Rekvisition", "Requisition"), Option.of("sequencing", "Sekventering", "Sequencing")).build();

        @Test
        void knownRegionsAndColumnsAreAccepted() {
            assertThat(validate(setup, Map.of("region-midtjylland", Map.of("requisition", "Klinisk Genetisk Afdeling",
                    "sequencing", "MOMA")))).isEmpty();
        }

        @Test
        void unknownRegionsAndColumnsAreRefusedWhereTheyAre() {
            assertThat(validate(setup, Map.of(
                    "region-fyn", Map.of("requisition", "X"),
                    "region-sjaelland", Map.of("interpretation", "Afdeling for Genomisk Medicin"))))
                    .extracting(AnswerProblem::kind, AnswerProblem::path).containsExactlyInAnyOrder(
                            tuple(UNKNOWN_OPTION, "currentSetup.region-fyn"),
                            tuple(UNKNOWN_OPTION, "currentSetup.region-sjaelland.interpretation"));
        }

        @Test
        void cellsRespectMaxLength() {
            assertThat(validate(setup, Map.of("region-nordjylland", Map.of("sequencing",
                    "Afdeling for Molekylær Diagnostik, Aalborg Universitetshospital"))))
                    .extracting(AnswerProblem::kind, AnswerProblem::path)
                    .containsExactly(tuple(TOO_LONG, "currentSetup.region-nordjylland.sequencing"));
        }

        @Test
        void anEmptyRequiredMatrixIsRequired() {
            assertThat(validate(setup, Map.of("region-nordjylland", Map.of("sequencing", " "))))
                    .extracting(AnswerProblem::kind).containsExactly(REQUIRED);
        }
    }

    @Nested
    class Files {

        private final Field attachment = field("attachment", FieldType.FILE).allowedTypes("application/pdf", ".docx")
                .maxBytes(5L * 1024 * 1024).build();

        @Test
        void anAllowedTypeWithinTheSizeIsAccepted() {
            assertThat(validate(attachment, List.of(
                    Map.of("id", "f1", "name", "bilag.pdf", "type", "application/pdf", "size", 1_000_000),
                    Map.of("id", "f2", "name", "Skema.DOCX", "type", "application/octet-stream", "size", 20_000)))).isEmpty();
        }

        @Test
        void aWrongTypeOrTooLargeFileIsRefused() {
            assertThat(validate(attachment, List.of(
                    Map.of("id", "f1", "name", "billede.png", "type", "image/png", "size", 1000),
                    Map.of("id", "f2", "name", "stor.pdf", "type", "application/pdf", "size", 6L * 1024 * 1024))))
                    .extracting(AnswerProblem::kind, AnswerProblem::path)
                    .containsExactly(tuple(FILE_TYPE, "attachment[1]"), tuple(FILE_TOO_LARGE, "attachment[2]"));
        }
    }

    @Nested
    class CriteriaTrees {

        private final Field criteria = field("criteria", FieldType.CRITERIA_TREE).required().build();

        @Test
        void thePilotTreeIsAccepted() {
            assertThat(validate(criteria, PilotCriteria.rareDiseaseChildren())).isEmpty();
        }

        @Test
        void anImpossibleAtLeastIsRefusedAtTheGroup() {
            CriteriaNode tree = CriteriaNode.all("root", CriteriaNode.atLeast("g", 2, CriteriaNode.criterion("a", "A", "A")));
            assertThat(validate(criteria, tree)).extracting(AnswerProblem::kind, AnswerProblem::path)
                    .containsExactly(tuple(INVALID_CRITERIA, "criteria.children[0]"));
        }

        @Test
        void duplicateIdsAndEmptyGroupsAreRefused() {
            CriteriaNode tree = CriteriaNode.all("root", CriteriaNode.criterion("a", "A", "A"), CriteriaNode.criterion("a", "B", "B"),
                    CriteriaNode.any("empty"));
            assertThat(validate(criteria, tree)).extracting(AnswerProblem::path)
                    .containsExactly("criteria.children[1]", "criteria.children[2]");
        }

        @Test
        void somethingElseIsTheWrongShape() {
            assertThat(validate(criteria, Map.of("type", "tree"))).extracting(AnswerProblem::kind).containsExactly(WRONG_SHAPE);
        }
    }

    @Nested
    class Checklists {

        private final Field parameters = field("followUp", FieldType.CHECKLIST).required()
                .options(Option.of("totalSamples", "Totalt antal prøver", "Total samples"),
                        Option.of("diagnosticYield", "Diagnostisk udbytte", "Diagnostic yield")).build();

        @Test
        void checkedItemsAndOwnRowsWhereAllowedAreAccepted() {
            assertThat(validate(parameters, Map.of("checked", List.of("totalSamples")))).isEmpty();
            Field withExtra = parameters.toBuilder().allowExtraItems().build();
            assertThat(validate(withExtra, Map.of("checked", List.of(), "extra", List.of("Patientperspektivet")))).isEmpty();
        }

        @Test
        void unknownItemsOwnRowsWhereNotAllowedAndBlankOwnRowsAreRefused() {
            assertThat(validate(parameters, Map.of("checked", List.of("timeToAnswer")))).extracting(AnswerProblem::kind)
                    .containsExactly(UNKNOWN_OPTION);
            assertThat(validate(parameters, Map.of("checked", List.of("totalSamples"), "extra", List.of("LUP"))))
                    .extracting(AnswerProblem::kind).containsExactly(EXTRA_ITEMS_NOT_ALLOWED);
            Field withExtra = parameters.toBuilder().allowExtraItems().build();
            assertThat(validate(withExtra, Map.of("checked", List.of("totalSamples"), "extra", List.of("LUP", ""))))
                    .extracting(AnswerProblem::kind, AnswerProblem::path).containsExactly(tuple(REQUIRED, "followUp.extra[2]"));
        }

        @Test
        void nothingCheckedIsNotAnAnswer() {
            assertThat(validate(parameters, Map.of("checked", List.of()))).extracting(AnswerProblem::kind).containsExactly(REQUIRED);
        }
    }

    @Nested
    class SectionExtraItems {

        @Test
        void ownItemsNeedTitleAndTextAndAreRefusedWhereTheSectionDoesNotAllowThem() {
            Section open = new Section("open", LocalizedText.of("Åben", "Open"), null, List.of(), null, true);
            Section closed = Section.of("closed", "Lukket", "Closed");
            FormDefinition definition = form(open, closed);
            Answers answers = Answers.empty()
                    .with(open.extraItemsKey(), List.of(Map.of("title", "Økonomi", "text", "Se bilag"), Map.of("title", "Uden tekst")))
                    .with(closed.extraItemsKey(), List.of(Map.of("title", "X", "text", "Y")));

            assertThat(ResponseValidator.validate(definition, answers)).extracting(AnswerProblem::kind, AnswerProblem::path)
                    .containsExactly(tuple(REQUIRED, "open.extra[2].text"), tuple(EXTRA_ITEMS_NOT_ALLOWED, "closed.extra"));
        }
    }

    /** What even a draft may not hold: checked on every save, for every value, shown or hidden. */
    @Nested
    class StorageLimits {

        private final FormDefinition definition = form(
                field("kind", FieldType.SINGLE_CHOICE).options(Option.of("a", "A", "A"), Option.of("b", "B", "B")).build(),
                field("title", FieldType.SHORT_TEXT).required().maxLength(10).build(),
                field("hiddenNote", FieldType.LONG_TEXT).maxLength(5).visibleIf(Condition.equalTo("kind", "b")).build(),
                field("count", FieldType.INTEGER).min(0).max(10).build(),
                field("rows", FieldType.REPEATING_GROUP).rows(null, 1).subFields(field("name", FieldType.SHORT_TEXT).maxLength(3).build()).build());

        @Test
        void aTextOverItsLimitIsReportedEvenWhereTheFieldIsHiddenButMissingAndOutOfBoundsAreNot() {
            Answers answers = Answers.empty().with("kind", "a").with("hiddenNote", "for lang").with("count", 99L)
                    .with("rows", List.of(Map.of("name", "Aarhus"), Map.of("name", "Ok")));
            assertThat(ResponseValidator.storageProblems(definition, answers)).extracting(AnswerProblem::kind, AnswerProblem::path)
                    .containsExactlyInAnyOrder(tuple(TOO_LONG, "hiddenNote"), tuple(TOO_MANY_ROWS, "rows"), tuple(TOO_LONG, "rows[1].name"));
            // Submission checks the rest, and only what is shown.
            assertThat(ResponseValidator.validate(definition, answers)).extracting(AnswerProblem::kind).contains(REQUIRED, ABOVE_MAX);
            assertThat(ResponseValidator.validate(definition, answers)).extracting(AnswerProblem::path).doesNotContain("hiddenNote");
        }

        @Test
        void aWholeNumberFieldRefusesFractionsAndNumbersBeyondWhatItCanHold() {
            assertThat(ResponseValidator.storageProblems(definition, Answers.empty().with("count", new BigDecimal("2.5"))))
                    .extracting(AnswerProblem::kind).containsExactly(NOT_AN_INTEGER);
            List<AnswerProblem> huge = ResponseValidator.storageProblems(definition, Answers.empty().with("count", new BigDecimal("1e30")));
            assertThat(huge).extracting(AnswerProblem::kind).containsExactly(NUMBER_TOO_LARGE);
            assertThat(huge.getFirst().message(Locale.of("da"))).isEqualTo("\"count (da)\": tallet er for stort");
            assertThat(ResponseValidator.validate(definition, Answers.empty().with("count", new BigDecimal("1e30"))))
                    .extracting(AnswerProblem::kind).contains(NUMBER_TOO_LARGE);
            assertThat(ResponseValidator.storageProblems(definition, Answers.empty().with("count", 3_000_000_000L))).isEmpty();
        }

        @Test
        void ownItemsOfASectionKeepTheirLengthLimitsAsTheFormShowsThem() {
            Section open = new Section("open", LocalizedText.of("Åben", "Open"), null, List.of(), null, true);
            Answers answers = Answers.empty().with(open.extraItemsKey(), List.of(
                    Map.of("title", "x".repeat(ResponseValidator.EXTRA_ITEM_TITLE_MAX + 1), "text", "Se bilag")));
            assertThat(ResponseValidator.storageProblems(form(open), answers)).extracting(AnswerProblem::kind, AnswerProblem::path)
                    .containsExactly(tuple(TOO_LONG, "open.extra[1].title"));
        }
    }
}
