package dk.ngc.skema.forms;

import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.Section;
import dk.ngc.skema.forms.export.ResponseBook;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.NominationTestData;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.testsupport.RoleTable;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestFiles;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dk.ngc.skema.security.Role.LVS;
import static dk.ngc.skema.security.Role.NETWORK_MEMBER;
import static dk.ngc.skema.security.Role.NGC;
import static dk.ngc.skema.security.Role.REGION;
import static dk.ngc.skema.security.Role.STEERING_GROUP;
import static dk.ngc.skema.security.Role.WORKING_GROUP;
import static dk.ngc.skema.testsupport.RoleTable.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each of the form engine's methods, per realm role. The responses are a nomination's (submitted,
 * party Region Hovedstaden and Dansk Cardiologisk Selskab; and a draft of Region Hovedstaden's), so the
 * nomination's access policy widens who reads and edits them, as in use. Calls that change something are made
 * so that a business rule refuses them (a stale lock version, an unknown field, invalid JSON), or last.
 */
class FormAccessTableTest extends ServiceTest {

    private static final Locale DA = Locale.of("da");
    private static final String ATTACHMENT_FORM = "bilag-adgangstabel";

    @Autowired
    FormService forms;
    @Autowired
    NominationService nominations;
    @Autowired
    TestRounds testRounds;

    @Test
    void everyRoleGetsExactlyWhatTheProcessGivesIt() {
        actAs("nina");
        long delimitation = forms.publishedVersion(FormSeeder.DELIMITATION_FORM).info().id();
        long nominationForm = forms.publishedVersion(FormSeeder.NOMINATION_FORM).info().id();
        FormDefinition delimitationDefinition = forms.version(delimitation).definition();
        if (forms.allVersions().stream().noneMatch(version -> version.formKey().equals(ATTACHMENT_FORM))) {
            FormDefinition definition = new FormDefinition(ATTACHMENT_FORM, null, new LocalizedText("Bilag", "Attachments"), null, List.of(
                    new Section("files", new LocalizedText("Bilag", "Attachments"), null, List.of(
                            Field.builder("protocol", FieldType.FILE).label("Protokol", "Protocol").build()), null, false)));
            forms.publish(forms.importDefinition(FormJson.writeDefinition(definition)).id());
        }
        long round = NominationTestData.openRound(testRounds, "FTAB", "Formadgangstabel");
        actAs("rasmus");
        long submitted = NominationTestData.file(nominations, forms, round, "Arvelig øjensygdom", List.of("region-hovedstaden", "dcs"), true).responseId();
        long draft = NominationTestData.file(nominations, forms, round, "Kladde om lungesygdom", List.of("region-hovedstaden"), false).responseId();
        long withFile = forms.startManagedResponse(ATTACHMENT_FORM, Answers.empty()).id();
        long file = ((Number) forms.storeAttachment(withFile, "protocol", "protokol.pdf", "application/pdf", TestFiles.pdf()).get("id")).longValue();
        var cover = new ResponseBook.Cover("Samlet", List.of(), List.of("Titel"), new float[]{1f}, null);

        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        // Versions and the designer
        calls.put("allVersions", () -> forms.allVersions());
        calls.put("version", () -> forms.version(delimitation));
        calls.put("versionOfManagedForm", () -> forms.version(nominationForm));
        calls.put("publishedVersion", () -> forms.publishedVersion(FormSeeder.DELIMITATION_FORM));
        calls.put("formsICanFillIn", () -> forms.formsICanFillIn());
        calls.put("newDraftFrom", () -> forms.newDraftFrom(-1)); // no such version: refused by the rule
        calls.put("saveDraftVersion", () -> forms.saveDraftVersion(delimitation, delimitationDefinition, -1)); // stale lock
        calls.put("publish", () -> forms.publish(delimitation)); // already published
        calls.put("exportDefinition", () -> forms.exportDefinition(delimitation));
        calls.put("importDefinition", () -> forms.importDefinition("ikke json"));
        calls.put("withCurrentOptions", () -> forms.withCurrentOptions(delimitationDefinition));
        // Responses
        calls.put("myResponses", () -> forms.myResponses());
        calls.put("response", () -> forms.response(submitted));
        calls.put("draftResponse", () -> forms.response(draft));
        calls.put("saveDraft", () -> forms.saveDraft(draft, Answers.empty(), -1)); // stale lock
        calls.put("submit", () -> forms.submit(draft, Answers.empty(), -1)); // stale lock
        calls.put("startManagedResponse", () -> forms.startManagedResponse("ingen-saadan-formular", Answers.empty()));
        // Attachments
        calls.put("storeAttachment", () -> forms.storeAttachment(draft, "ingen-saadan-mark", "a.pdf", "application/pdf", TestFiles.pdf()));
        calls.put("attachment", () -> forms.attachment(withFile, file));
        // Exports
        calls.put("responsePdf", () -> forms.responsePdf(submitted, DA, Map.of()));
        calls.put("responseBook", () -> forms.responseBook(cover, List.of(new FormService.BookEntry(submitted, List.of("Titel"), "Titel")), DA, Map.of()));
        calls.put("answersOf", () -> forms.answersOf(List.of(submitted)));
        calls.put("responsesCsv", () -> forms.responsesCsv(nominationForm));
        calls.put("responsesXlsx", () -> forms.responsesXlsx(nominationForm));
        calls.put("responsesTable", () -> forms.responsesTable(List.of(submitted)));
        // Last: it starts a delimitation for whoever may fill one in.
        calls.put("startResponse", () -> forms.startResponse(delimitation));

        Set<String> everyone = new TreeSet<>(roles(Role.values()));
        everyone.add(RoleTable.NONE);
        Set<String> ngc = roles(NGC);
        // A submitted nomination's readers: NGC, the working and steering group, and staff of its party organisations.
        Set<String> nominationReaders = roles(NGC, WORKING_GROUP, STEERING_GROUP, REGION, LVS);
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("allVersions", ngc);
        // The delimitation form is the network members' to fill in ("Mine skemaer").
        expected.put("version", roles(NGC, NETWORK_MEMBER));
        expected.put("versionOfManagedForm", ngc);
        expected.put("publishedVersion", roles(NGC, NETWORK_MEMBER));
        expected.put("formsICanFillIn", everyone); // each sees the forms their roles may fill in, maybe none
        expected.put("newDraftFrom", ngc);
        expected.put("saveDraftVersion", ngc);
        expected.put("publish", ngc);
        expected.put("exportDefinition", ngc);
        expected.put("importDefinition", ngc);
        expected.put("withCurrentOptions", everyone); // a pure computation on a definition the caller already holds
        expected.put("myResponses", everyone); // each sees their own
        expected.put("response", nominationReaders);
        expected.put("draftResponse", roles(NGC, REGION)); // a draft: NGC and its nominator's organisation
        expected.put("saveDraft", roles(REGION)); // NGC reads, never edits, somebody's draft
        expected.put("submit", roles(REGION));
        // No check of its own: the owning feature (NominationService.start) has checked who may start one.
        expected.put("startManagedResponse", everyone);
        expected.put("storeAttachment", roles(REGION));
        expected.put("attachment", ngc); // the owner's (rasmus) and NGC's
        expected.put("responsePdf", nominationReaders);
        expected.put("responseBook", nominationReaders);
        expected.put("answersOf", nominationReaders);
        expected.put("responsesCsv", ngc);
        expected.put("responsesXlsx", ngc);
        expected.put("responsesTable", ngc);
        expected.put("startResponse", roles(NETWORK_MEMBER));

        assertThat(new RoleTable(events, clock).admitted(calls)).containsExactlyEntriesOf(expected);
        // Nothing a caller did changed the versions or the responses.
        actAs("nina");
        assertThat(forms.version(delimitation).info().status()).isEqualTo(FormVersionStatus.PUBLISHED);
        assertThat(forms.response(submitted).info().status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(forms.response(draft).info().status()).isEqualTo(ResponseStatus.DRAFT);
    }
}
