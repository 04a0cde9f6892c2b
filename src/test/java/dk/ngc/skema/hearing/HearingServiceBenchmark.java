package dk.ngc.skema.hearing;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaLoginEvent;
import dk.ngc.skema.security.SkemaUser;
import dk.ngc.skema.security.dev.DevUserDirectory;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A large hearing through the services and the real database: the nomination form sent to 60 persons, 500 comments
 * (on sections, fields and general), every one answered by NGC. Prints the median of several runs after a warm-up of
 * building the note (reads and record), writing it as PDF and DOCX, and reading what the hearing's overview page
 * needs (the hearing with its invitees, and every answer). Targets: note under 2 s, overview under 300 ms. No timing
 * is asserted.
 */
@Tag("benchmark")
class HearingServiceBenchmark extends ServiceTest {

    private static final int RUNS = 5;
    private static final int INVITEES = 60;
    private static final int COMMENTS = 500;
    private static final Locale DA = Locale.of("da");

    @Autowired
    HearingService hearings;
    @Autowired
    HearingNotes notes;
    @Autowired
    FormService forms;

    @Test
    void noteAndOverviewOfAHearingWithSixtyInviteesAndFiveHundredComments() {
        List<SkemaUser> people = new ArrayList<>();
        for (int i = 0; i < INVITEES; i++) {
            SkemaUser person = new SkemaUser("bench-" + i, "bench-" + i, "Benchmark Person " + i, "bench-" + i + "@skema.example",
                    Set.of(Role.STEERING_GROUP), List.of("/regioner/region-nordjylland"));
            events.publishEvent(new SkemaLoginEvent(person));
            people.add(person);
        }
        actAs("nina");
        long id = hearings.create(HearingDraft.of("Stor høring", "Brev", DocumentRef.formVersion(HearingTestData.nominationForm(forms)),
                people.stream().map(person -> InviteeChoice.person(person.username())).toList())).id();
        hearings.send(id);
        HearingDetail detail = hearings.hearing(id);
        List<DocumentAnchor> anchors = detail.document().anchors();
        int perInvitee = COMMENTS / INVITEES + 1;
        int written = 0;
        for (SkemaUser person : people) {
            long invitee = detail.invitees().stream().filter(candidate -> person.username().equals(candidate.username())).findFirst()
                    .orElseThrow().id();
            List<CommentDraft> comments = new ArrayList<>();
            for (int c = 0; c < perInvitee && written < COMMENTS; c++, written++) {
                DocumentAnchor anchor = anchors.get(written % anchors.size());
                comments.add(written % 7 == 0 ? CommentDraft.general("Generel bemærkning " + written)
                        : CommentDraft.on(anchor.kind(), anchor.id(), "Bemærkning " + written + " til " + anchor.headingDa()));
            }
            as(person, () -> hearings.submit(invitee, new AnswerDraft(comments.isEmpty(), comments)));
        }
        actAs("nina");
        Accommodation[] verdicts = Accommodation.values();
        int n = 0;
        for (AnswerInfo answer : hearings.answers(id)) {
            for (CommentInfo comment : answer.comments()) {
                hearings.respond(comment.id(), "NGC's svar " + n, verdicts[n++ % verdicts.length], null);
            }
        }
        hearings.close(id);

        print("note record", median(() -> notes.note(id, DA).groups().size()));
        print("note PDF", median(() -> notes.render(id, NoteFormat.PDF, DA).length));
        print("note DOCX", median(() -> notes.render(id, NoteFormat.DOCX, DA).length));
        print("overview (hearing + answers)", median(() -> hearings.hearing(id).invitees().size() + hearings.answers(id).size()));
        System.out.printf("HearingServiceBenchmark: %d invitees, %d comments, %d responses%n", INVITEES, written, n);
    }

    private void as(SkemaUser user, Runnable work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(DevUserDirectory.authenticationFor(user, clock));
        SecurityContextHolder.setContext(context);
        work.run();
    }

    private static double median(Supplier<Integer> work) {
        work.get(); // warm-up
        work.get();
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    private static void print(String what, double millis) {
        System.out.printf("HearingServiceBenchmark: %-30s median %8.1f ms (of %d runs after 2 warm-ups)%n", what, millis, RUNS);
    }
}
