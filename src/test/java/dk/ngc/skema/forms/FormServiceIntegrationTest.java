package dk.ngc.skema.forms;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.demo.PilotDelimitation;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.Section;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The form engine's service against MariaDB: versions, responses, autosave, submit, who may do what. */
class FormServiceIntegrationTest extends ServiceTest {

    @Autowired
    FormService forms;
    @Autowired
    JdbcTemplate jdbc;

    private long nominationVersion() {
        actAs("nina");
        return forms.publishedVersion(FormSeeder.NOMINATION_FORM).info().id();
    }

    @Test
    void theTwoFormsAreSeededOnceAndPublished() {
        actAs("nina");
        var versions = forms.allVersions();
        assertThat(versions).extracting(FormVersionInfo::formKey).contains(FormSeeder.NOMINATION_FORM, FormSeeder.DELIMITATION_FORM);
        assertThat(versions).filteredOn(v -> v.formKey().equals(FormSeeder.NOMINATION_FORM))
                .extracting(FormVersionInfo::status).contains(FormVersionStatus.PUBLISHED);
        // Seeding again (as every start does) adds no version.
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM form_version", Integer.class);
        forms.seed(FormJson.loadDefinition(FormSeeder.NOMINATION_FORM + ".json"), List.of("region", "lvs"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM form_version", Integer.class)).isEqualTo(before);
    }

    @Test
    void publishingANewVersionRetiresTheOldOneAndLeavesItsResponsesUntouched() {
        long v1 = nominationVersion();
        actAs("rasmus");
        var response = forms.startManagedResponse(FormSeeder.NOMINATION_FORM, Answers.empty());
        long lock = forms.saveDraft(response.id(), Answers.empty().with("patientGroupTitle", "Arvelig hjertesygdom"), forms.response(response.id()).lockVersion());

        actAs("nina");
        var draft = forms.newDraftFrom(v1);
        FormDefinition changed = relabelFirstField(forms.version(draft.id()).definition(), "Ny titel på feltet");
        forms.saveDraftVersion(draft.id(), changed, forms.version(draft.id()).lockVersion());
        forms.publish(draft.id());

        assertThat(forms.version(v1).info().status()).isEqualTo(FormVersionStatus.RETIRED);
        assertThat(forms.version(v1).definition().sections().getFirst().fields().getFirst().label().da()).isNotEqualTo("Ny titel på feltet");
        assertThat(forms.version(draft.id()).definition().sections().getFirst().fields().getFirst().label().da()).isEqualTo("Ny titel på feltet");
        actAs("rasmus");
        var document = forms.response(response.id());
        assertThat(document.info().versionId()).isEqualTo(v1);
        assertThat(document.answers().text("patientGroupTitle")).contains("Arvelig hjertesygdom");
        assertThat(document.lockVersion()).isEqualTo(lock);

        // A published version never changes.
        actAs("nina");
        long publishedLock = forms.version(draft.id()).lockVersion();
        assertThatThrownBy(() -> forms.saveDraftVersion(draft.id(), changed, publishedLock))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("forms.error.versionNotDraft");
    }

    private static FormDefinition relabelFirstField(FormDefinition definition, String label) {
        List<Section> sections = new ArrayList<>(definition.sections());
        Section first = sections.getFirst();
        List<Field> fields = new ArrayList<>(first.fields());
        fields.set(0, fields.getFirst().toBuilder().label(new LocalizedText(label, label)).build());
        sections.set(0, new Section(first.key(), first.title(), first.help(), fields, first.visibleIf(), first.allowExtraItems()));
        return definition.withSections(sections);
    }

    @Test
    void aDefinitionWithDuplicateKeysIsRefusedNamingThePlaceAndNothingIsSaved() {
        long v1 = nominationVersion();
        var draft = forms.newDraftFrom(v1);
        FormDefinition definition = forms.version(draft.id()).definition();
        List<Section> sections = new ArrayList<>(definition.sections());
        Section first = sections.getFirst();
        List<Field> fields = new ArrayList<>(first.fields());
        fields.add(Field.builder(fields.getFirst().key(), FieldType.SHORT_TEXT).label("Dublet", "Duplicate").build());
        sections.set(0, new Section(first.key(), first.title(), first.help(), fields, first.visibleIf(), first.allowExtraItems()));
        String before = forms.exportDefinition(draft.id());

        assertThatThrownBy(() -> forms.saveDraftVersion(draft.id(), definition.withSections(sections), forms.version(draft.id()).lockVersion()))
                .isInstanceOfSatisfying(DefinitionRefusedException.class, refused -> assertThat(refused.problems())
                        .anySatisfy(problem -> assertThat(problem.toString()).contains(fields.getFirst().key())));
        assertThat(forms.exportDefinition(draft.id())).isEqualTo(before);
    }

    @Test
    void exportAndImportRoundTripMakesAnEqualDraft() {
        long v1 = nominationVersion();
        String json = forms.exportDefinition(v1);
        var imported = forms.importDefinition(json);
        assertThat(imported.status()).isEqualTo(FormVersionStatus.DRAFT);
        assertThat(forms.version(imported.id()).definition().withVersion(null))
                .isEqualTo(forms.version(v1).definition().withVersion(null));
        assertThatThrownBy(() -> forms.importDefinition("{ not json"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("forms.error.invalidJson"));
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsToldAndOverwritesNothing() {
        long v1 = nominationVersion();
        actAs("rasmus");
        var response = forms.startManagedResponse(FormSeeder.NOMINATION_FORM, Answers.empty());
        long opened = forms.response(response.id()).lockVersion();
        forms.saveDraft(response.id(), Answers.empty().with("patientGroupTitle", "Første"), opened);
        assertThatThrownBy(() -> forms.saveDraft(response.id(), Answers.empty().with("patientGroupTitle", "Anden"), opened))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(forms.response(response.id()).answers().text("patientGroupTitle")).contains("Første");
    }

    @Test
    void submitListsWhatIsMissingAndFreezesOnlyACompleteResponse() {
        long v1 = nominationVersion();
        actAs("rasmus");
        var response = forms.startManagedResponse(FormSeeder.NOMINATION_FORM, Answers.empty());
        var incomplete = forms.submit(response.id(), Answers.empty().with("patientGroupTitle", "Arvelig hjertesygdom"),
                forms.response(response.id()).lockVersion());
        assertThat(incomplete.submitted()).isFalse();
        assertThat(incomplete.problems()).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.da()).isNotBlank());
        assertThat(forms.response(response.id()).info().status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(forms.response(response.id()).answers().text("patientGroupTitle")).contains("Arvelig hjertesygdom");
    }

    @Test
    void respondentsSeeOnlyTheirOwnResponsesAndOnlyNgcDesigns() {
        long v1 = nominationVersion();
        actAs("rasmus");
        var rasmusDraft = forms.startManagedResponse(FormSeeder.NOMINATION_FORM, Answers.empty());
        actAs("sofie");
        assertThatThrownBy(() -> forms.response(rasmusDraft.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forms.saveDraft(rasmusDraft.id(), Answers.empty(), 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(forms.myResponses()).extracting(ResponseInfo::id).doesNotContain(rasmusDraft.id());
        assertThatThrownBy(forms::allVersions).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forms.newDraftFrom(v1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forms.responsesCsv(v1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forms.responsesXlsx(v1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forms.responsesTable(List.of(rasmusDraft.id()))).isInstanceOf(AccessDeniedException.class);

        // A working-group member may not fill in the nomination form; NGC reads everything.
        // The nomination form is filled only through nominations; the delimitation form only by network members.
        actAs("william");
        assertThatThrownBy(() -> forms.startResponse(v1)).isInstanceOf(AccessDeniedException.class);
        actAs("nina");
        long delimitation = forms.publishedVersion(FormSeeder.DELIMITATION_FORM).info().id();
        actAs("william");
        assertThatThrownBy(() -> forms.startResponse(delimitation)).isInstanceOf(AccessDeniedException.class);
        actAs("nanna");
        assertThat(forms.startResponse(delimitation).owner()).isEqualTo("nanna");
        actAs("nina");
        assertThat(forms.response(rasmusDraft.id()).editable()).isFalse();
    }

    @Test
    void aSubmittedDelimitationExportsAsPdfAndCsv() {
        actAs("mette");
        var started = forms.startResponse(forms.publishedVersion(FormSeeder.DELIMITATION_FORM).info().id());
        assertThat(forms.submit(started.id(), PilotDelimitation.answers(), forms.response(started.id()).lockVersion()).submitted()).isTrue();
        var pilot = forms.response(started.id()).info();
        assertThat(pilot.status()).isEqualTo(ResponseStatus.SUBMITTED);
        byte[] pdf = forms.responsePdf(pilot.id(), java.util.Locale.of("da"), Map.of(ResponseStatus.SUBMITTED, "Indsendt"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        actAs("nina");
        String csv = new String(forms.responsesCsv(pilot.versionId()), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFresponse_id,status,owner").contains("mette").contains("Aalborg");
        // The same responses as a workbook, read back as a spreadsheet would.
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(forms.responsesXlsx(pilot.versionId())))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("response_id");
            assertThat(rows).anySatisfy(row -> assertThat(row.getCellText(2)).isEqualTo("mette"));
            assertThat(rows.stream().flatMap(row -> row.stream()).filter(java.util.Objects::nonNull).map(cell -> cell.getText()))
                    .anyMatch(text -> text.contains("Aalborg"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void attachmentsAreStoredWithChecksumWithinTheFieldsLimits() {
        long v1 = nominationVersion();
        actAs("rasmus");
        var response = forms.startManagedResponse(FormSeeder.NOMINATION_FORM, Answers.empty());
        // The nomination form has no file field: the service refuses a path that is not in the form.
        assertThatThrownBy(() -> forms.storeAttachment(response.id(), "noSuchField", "a.pdf", "application/pdf", new byte[]{1}))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void anAttachmentIsStoredWithItsChecksumAndReadBackOnlyByThoseWhoMayReadTheResponse() {
        actAs("nina");
        FormDefinition withFile = new FormDefinition("bilag-test", null, new LocalizedText("Bilag", "Attachments"), null, List.of(
                new Section("files", new LocalizedText("Bilag", "Attachments"), null, List.of(
                        Field.builder("protocol", FieldType.FILE).label("Protokol", "Protocol")
                                .allowedTypes("application/pdf", ".pdf").maxBytes(1024L).build()), null, false)));
        var draft = forms.importDefinition(FormJson.writeDefinition(withFile));
        forms.publish(draft.id());
        actAs("rasmus");
        var response = forms.startManagedResponse("bilag-test", Answers.empty());
        byte[] pdf = dk.ngc.skema.testsupport.TestFiles.pdf();
        var entry = forms.storeAttachment(response.id(), "protocol", "protokol.pdf", "application/pdf", pdf);
        assertThat(entry.get("sha256")).isEqualTo(java.util.HexFormat.of().formatHex(sha256(pdf)));
        var file = forms.attachment(response.id(), ((Number) entry.get("id")).longValue());
        assertThat(file.content()).isEqualTo(pdf);
        assertThat(file.fileName()).isEqualTo("protokol.pdf");

        assertThatThrownBy(() -> forms.storeAttachment(response.id(), "protocol", "virus.exe", "application/octet-stream", pdf))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("forms.error.fileProgram"));
        assertThatThrownBy(() -> forms.storeAttachment(response.id(), "protocol", "stor.pdf", "application/pdf", new byte[2048]))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("forms.error.fileTooLarge"));
        actAs("sofie");
        assertThatThrownBy(() -> forms.attachment(response.id(), ((Number) entry.get("id")).longValue()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUploadIsCheckedByTheSameRulesAsSubmitAlsoForAFileFieldInARepeatingGroup() {
        actAs("nina");
        FormDefinition withRows = new FormDefinition("bilag-raekker-test", null, new LocalizedText("Bilag", "Attachments"), null, List.of(
                new Section("files", new LocalizedText("Bilag", "Attachments"), null, List.of(
                        Field.builder("photo", FieldType.FILE).label("Foto", "Photo").allowedTypes("image/*").build(),
                        Field.builder("sites", FieldType.REPEATING_GROUP).label("Steder", "Sites").subFields(
                                Field.builder("name", FieldType.SHORT_TEXT).label("Navn", "Name").build(),
                                Field.builder("consent", FieldType.FILE).label("Samtykke", "Consent")
                                        .allowedTypes("pdf").maxBytes(1024L).build()).build()), null, false)));
        forms.publish(forms.importDefinition(FormJson.writeDefinition(withRows)).id());
        actAs("rasmus");
        long id = forms.startManagedResponse("bilag-raekker-test", Answers.empty()).id();
        byte[] small = dk.ngc.skema.testsupport.TestFiles.pdf();
        byte[] png = dk.ngc.skema.testsupport.TestFiles.png();

        // "image/*" admits any image, as submit does.
        assertThat(forms.storeAttachment(id, "photo", "scan.PNG", "image/png", png)).containsEntry("name", "scan.PNG");
        assertThatThrownBy(() -> forms.storeAttachment(id, "photo", "scan.pdf", "application/pdf", small))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("forms.error.fileType"));

        // A file in a row is checked against its own field's limits: an extension without a dot, and a size.
        assertThat(forms.storeAttachment(id, "sites[2].consent", "samtykke.pdf", "application/pdf", small)).containsEntry("size", (long) small.length);
        assertThatThrownBy(() -> forms.storeAttachment(id, "sites[2].consent", "samtykke.docx", "application/msword",
                dk.ngc.skema.testsupport.TestFiles.docx()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("forms.error.fileType"));
        assertThatThrownBy(() -> forms.storeAttachment(id, "sites[2].consent", "stor.pdf", "application/pdf", new byte[2048]))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("forms.error.fileTooLarge"));
        // Only file fields take files.
        for (String notAFileField : List.of("sites", "sites[1].name", "sites[1].nothing", "sites.consent")) {
            assertThatThrownBy(() -> forms.storeAttachment(id, notAFileField, "a.pdf", "application/pdf", small))
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("forms.error.noSuchField"));
        }
    }

    @Test
    void aDraftOverItsFieldsLengthLimitIsRefusedNamingTheFieldAndNothingIsSaved() {
        nominationVersion();
        actAs("rasmus");
        long id = forms.startManagedResponse(FormSeeder.NOMINATION_FORM, Answers.empty()).id();
        long lock = forms.saveDraft(id, Answers.empty().with("patientGroupTitle", "Arvelige hjertesygdomme"), forms.response(id).lockVersion());
        String tooLong = "Arvelige hjertesygdomme hos børn og unge ".repeat(15); // 615 characters; the field takes 200

        assertThatThrownBy(() -> forms.saveDraft(id, Answers.empty().with("patientGroupTitle", tooLong), lock))
                .isInstanceOfSatisfying(AnswersRefusedException.class, e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("patientGroupTitle");
                    assertThat(problem.message(java.util.Locale.of("da"))).contains("615 tegn", "højst plads til 200");
                }));
        assertThatThrownBy(() -> forms.submit(id, Answers.empty().with("patientGroupTitle", tooLong), lock))
                .isInstanceOf(AnswersRefusedException.class);
        var document = forms.response(id);
        assertThat(document.answers().text("patientGroupTitle")).contains("Arvelige hjertesygdomme");
        assertThat(document.lockVersion()).isEqualTo(lock);
        // The draft is not stuck: the next save that keeps the limit goes through.
        assertThat(forms.saveDraft(id, Answers.empty().with("patientGroupTitle", "Arvelige hjertesygdomme hos børn"), lock)).isGreaterThan(lock);
    }

    @Test
    void aDraftWithAFractionOrAnOverlargeNumberInAWholeNumberFieldIsRefused() {
        nominationVersion();
        actAs("rasmus");
        long id = forms.startManagedResponse(FormSeeder.NOMINATION_FORM, Answers.empty()).id();
        long lock = forms.response(id).lockVersion();
        assertThatThrownBy(() -> forms.saveDraft(id, Answers.empty().with("patientsPerYearNew", new java.math.BigDecimal("2.5")), lock))
                .isInstanceOfSatisfying(AnswersRefusedException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.path()).containsExactly("patientsPerYearNew"));
        assertThatThrownBy(() -> forms.saveDraft(id, Answers.empty().with("patientsPerYearNew", new java.math.BigDecimal("1e30")), lock))
                .isInstanceOf(AnswersRefusedException.class);
        // A whole number larger than the old integer field could hold (2³¹) is kept exactly.
        assertThat(forms.saveDraft(id, Answers.empty().with("patientsPerYearNew", 3_000_000_000L), lock)).isGreaterThan(lock);
        assertThat(forms.response(id).answers().get("patientsPerYearNew")).isEqualTo(3_000_000_000L);
    }

    @Test
    void aLongTitleWithoutALimitIsKeptWholeInTheAnswersAndCutSafelyWhereItNamesTheResponse() {
        actAs("nina");
        FormDefinition open = new FormDefinition("titel-test", null, new LocalizedText("Titel", "Title"), null, List.of(
                new Section("main", new LocalizedText("Titel", "Title"), null, List.of(
                        Field.builder("name", FieldType.SHORT_TEXT).label("Navn", "Name").build()), null, false)));
        forms.publish(forms.importDefinition(FormJson.writeDefinition(open)).id());
        actAs("rasmus");
        long id = forms.startManagedResponse("titel-test", Answers.empty()).id();
        // 499 letters and then emoji (two UTF-16 units each): a cut by units would split one in half.
        String title = "a".repeat(499) + "\uD83E\uDDEC".repeat(200);

        forms.saveDraft(id, Answers.empty().with("name", title), forms.response(id).lockVersion());

        var document = forms.response(id);
        assertThat(document.answers().text("name")).contains(title);
        assertThat(document.info().title()).isEqualTo("a".repeat(499) + "\uD83E\uDDEC");
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
