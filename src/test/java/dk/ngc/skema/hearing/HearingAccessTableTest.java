package dk.ngc.skema.hearing;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.testsupport.RoleTable;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static dk.ngc.skema.security.Role.LVS;
import static dk.ngc.skema.security.Role.NETWORK_MEMBER;
import static dk.ngc.skema.security.Role.NGC;
import static dk.ngc.skema.testsupport.RoleTable.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may call each hearing service, per realm role. The hearing is sent to Dansk Cardiologisk Selskab (the role
 * table's LVS person works there) and Dansk Selskab for Medicinsk Genetik (its network member's organisation), and to
 * William personally: so the LVS person and the network member are invitees, through their organisations, and
 * everyone else is not, NGC runs it. Calls that change something are made so that a rule refuses them, or last.
 */
class HearingAccessTableTest extends ServiceTest {

    private static final Locale DA = Locale.of("da");

    @Autowired
    HearingService hearings;
    @Autowired
    HearingNotes notes;
    @Autowired
    HearingAccess access;
    @Autowired
    FormService forms;

    private long sentHearing() {
        actAs("william");
        actAs("nina");
        long id = hearings.create(HearingDraft.of("Adgangstabel", "Brev", DocumentRef.formVersion(HearingTestData.nominationForm(forms)),
                List.of(InviteeChoice.organisation("dcs"), InviteeChoice.organisation("dsmg"), InviteeChoice.person("william")))).id();
        hearings.send(id);
        return id;
    }

    @Test
    void everyRoleGetsExactlyWhatTheHearingGivesIt() {
        long id = sentHearing();
        HearingDetail detail = hearings.hearing(id);
        long dcs = detail.invitees().stream().filter(invitee -> "dcs".equals(invitee.organisationCode())).findFirst().orElseThrow().id();
        long dsmg = detail.invitees().stream().filter(invitee -> "dsmg".equals(invitee.organisationCode())).findFirst().orElseThrow().id();
        long draft = hearings.create(HearingDraft.of("Kladde", "Brev", DocumentRef.formVersion(HearingTestData.nominationForm(forms)),
                List.of())).id();
        LocalDate yesterday = HearingDeadlines.danishDay(clock.instant()).minusDays(1);
        SecurityContextHolder.clearContext();

        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        calls.put("hearings", () -> hearings.hearings());
        calls.put("myHearings", () -> hearings.myHearings());
        calls.put("myOpenInvitations", () -> hearings.myOpenInvitations());
        calls.put("hearing", () -> hearings.hearing(id));
        calls.put("draftHearing", () -> hearings.hearing(draft));
        calls.put("answers", () -> hearings.answers(id));
        calls.put("answerOfDcs", () -> hearings.answer(dcs));
        calls.put("file", () -> hearings.file(id)); // a form, not a file: refused by the rule for those who may read
        calls.put("create", () -> hearings.create(HearingDraft.of(" ", "Brev", DocumentRef.formVersion(1), List.of())));
        calls.put("update", () -> hearings.update(id, HearingDraft.of("x", "Brev", DocumentRef.formVersion(1), List.of())));
        calls.put("uploadFile", () -> hearings.uploadFile("tom.pdf", new byte[0]));
        calls.put("send", () -> hearings.send(id));
        calls.put("extendDeadline", () -> hearings.extendDeadline(dcs, yesterday));
        calls.put("decideLateAnswer", () -> hearings.decideLateAnswer(dcs, true));
        calls.put("respond", () -> hearings.respond(Long.MAX_VALUE, "svar", Accommodation.NOTED, null));
        calls.put("setRevisedDocument", () -> hearings.setRevisedDocument(draft, DocumentRef.formVersion(1)));
        calls.put("note", () -> notes.note(draft, DA));
        calls.put("startNote", () -> notes.start(draft, NoteFormat.PDF, DA));
        calls.put("noteProgress", () -> notes.progress(UUID.randomUUID()));
        calls.put("saveDraftForDcs", () -> hearings.saveDraft(dcs, AnswerDraft.of(CommentDraft.on(AnchorKind.FIELD, "noSuchField", "x"))));
        calls.put("submitForDsmg", () -> hearings.submit(dsmg, new AnswerDraft(false, List.of())));
        calls.put("remind", () -> hearings.remind(draft));
        calls.put("close", () -> hearings.close(draft));
        calls.put("declineForDsmg", () -> hearings.decline(dsmg));

        Set<String> ngc = roles(NGC);
        Set<String> withARole = new TreeSet<>(roles(Role.values()));
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("hearings", ngc);
        expected.put("myHearings", withARole);
        expected.put("myOpenInvitations", withARole);
        expected.put("hearing", roles(NGC, LVS, NETWORK_MEMBER));
        expected.put("draftHearing", ngc); // nobody is invited to a draft
        expected.put("answers", roles(NGC, LVS, NETWORK_MEMBER));
        expected.put("answerOfDcs", roles(NGC, LVS)); // before the deadline, DSMG does not see DCS's answer
        expected.put("file", roles(NGC, LVS, NETWORK_MEMBER));
        expected.put("create", ngc);
        expected.put("update", ngc);
        expected.put("uploadFile", ngc);
        expected.put("send", ngc);
        expected.put("extendDeadline", ngc);
        expected.put("decideLateAnswer", ngc);
        expected.put("respond", ngc);
        expected.put("setRevisedDocument", ngc);
        expected.put("note", ngc);
        expected.put("startNote", ngc);
        expected.put("noteProgress", ngc);
        expected.put("saveDraftForDcs", roles(LVS));
        expected.put("submitForDsmg", roles(NETWORK_MEMBER));
        expected.put("remind", ngc);
        expected.put("close", ngc);
        expected.put("declineForDsmg", roles(NETWORK_MEMBER));

        assertThat(new RoleTable(events, clock).admitted(calls)).containsExactlyEntriesOf(expected);
    }

    @Test
    void withinOneRoleTheOrganisationDecides() {
        long id = sentHearing();
        HearingDetail detail = hearings.hearing(id);
        long dcs = detail.invitees().stream().filter(invitee -> "dcs".equals(invitee.organisationCode())).findFirst().orElseThrow().id();

        actAs("lars"); // LVS, but of DSMG: reads the hearing through DSMG, does not answer for DCS
        assertThat(hearings.hearing(id).mine()).extracting(InviteeInfo::organisationCode).containsExactly("dsmg");
        assertThatThrownBy(() -> hearings.saveDraft(dcs, AnswerDraft.noRemarks())).isInstanceOf(AccessDeniedException.class);
        actAs("karen"); // LVS of DCS (and Dansk Pædiatrisk Selskab)
        assertThat(hearings.saveDraft(dcs, AnswerDraft.noRemarks()).invitee().answerState()).isEqualTo(AnswerState.DRAFT);
        actAs("rasmus"); // region, not invited
        assertThatThrownBy(() -> hearings.hearing(id)).isInstanceOf(AccessDeniedException.class);
        actAs("ole"); // no role, even in an organisation
        assertThatThrownBy(() -> hearings.hearing(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBulkAnswerEqualsTheOneByOneAnswerForEveryDemoUser() {
        long first = sentHearing();
        long second = sentHearing();
        actAs("nina");
        long draft = hearings.create(HearingDraft.of("Kladde", "Brev", DocumentRef.formVersion(HearingTestData.nominationForm(forms)),
                List.of(InviteeChoice.organisation("dcs")))).id();
        List<Long> ids = List.of(first, second, draft);
        for (String username : List.of("nina", "karen", "lars", "mette", "william", "jens", "rasmus", "ole")) {
            actAs(username);
            var user = demoUsers.find(username).orElseThrow().user();
            Set<Long> bulk = access.readable(user, ids);
            Set<Long> oneByOne = new TreeSet<>();
            ids.forEach(hearingId -> {
                if (access.mayRead(user, hearingId)) {
                    oneByOne.add(hearingId);
                }
            });
            assertThat(bulk).as(username).containsExactlyInAnyOrderElementsOf(oneByOne);
        }
        assertThat(access.readable(demoUsers.find("karen").orElseThrow().user(), ids)).containsExactlyInAnyOrder(first, second);
        assertThat(access.readable(demoUsers.find("nina").orElseThrow().user(), ids)).containsExactlyInAnyOrder(first, second, draft);
    }
}
