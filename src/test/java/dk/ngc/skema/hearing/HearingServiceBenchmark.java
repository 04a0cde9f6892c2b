package dk.ngc.skema.hearing;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.security.SkemaUser;
import dk.ngc.skema.security.dev.DevUserDirectory;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A large hearing through the services and the real database ({@link LargeHearing}: the nomination form sent to 60
 * persons, 500 comments on sections, fields and general, every one answered by NGC). Prints the median of several
 * runs after a warm-up of building the note (reads and record), writing it as PDF and DOCX, and reading what the
 * hearing's overview page needs (the hearing with its invitees, and every answer). Targets: note under 2 s, overview under 300 ms. No timing
 * is asserted. The overview page's render is timed by {@code ui.HearingViewBenchmark}.
 */
@Tag("benchmark")
class HearingServiceBenchmark extends ServiceTest {

    private static final int RUNS = 5;
    private static final Locale DA = Locale.of("da");

    @Autowired
    HearingService hearings;
    @Autowired
    HearingNotes notes;
    @Autowired
    FormService forms;

    @Test
    void noteAndOverviewOfAHearingWithSixtyInviteesAndFiveHundredComments() {
        LargeHearing large = LargeHearing.make(hearings, forms, events, this::as, () -> actAs("nina"));
        long id = large.id();

        print("note record", median(() -> notes.note(id, DA).groups().size()));
        print("note PDF", median(() -> notes.render(id, NoteFormat.PDF, DA).length));
        print("note DOCX", median(() -> notes.render(id, NoteFormat.DOCX, DA).length));
        print("overview (hearing + answers)", median(() -> hearings.hearing(id).invitees().size() + hearings.answers(id).size()));
        System.out.printf("HearingServiceBenchmark: %d invitees, %d comments, %d responses%n", large.invitees().size(), large.comments(),
                large.responses());
    }

    private void as(SkemaUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(DevUserDirectory.authenticationFor(user, clock));
        SecurityContextHolder.setContext(context);
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
