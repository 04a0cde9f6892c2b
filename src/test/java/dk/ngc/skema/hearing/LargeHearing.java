package dk.ngc.skema.hearing;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaLoginEvent;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.context.ApplicationEventPublisher;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The benchmarks' large hearing, made through the services: the nomination form sent to {@value #INVITEES} persons,
 * {@value #COMMENTS} comments (on sections, fields and general; every seventh general), every one answered by NGC,
 * the hearing closed. The same data for the service benchmark and the page's render.
 *
 * @param id        the hearing
 * @param invitees  the persons invited, in order (the first answered first)
 * @param comments  how many comments were written
 * @param responses how many NGC answered
 */
public record LargeHearing(long id, List<SkemaUser> invitees, int comments, int responses) {

    public static final int INVITEES = 60;
    public static final int COMMENTS = 500;

    /**
     * Makes the hearing. {@code asUser} logs a made-up invitee in (as the caller's kind of test does it), {@code asNgc}
     * logs NGC (nina) in; NGC is logged in when this returns.
     */
    public static LargeHearing make(HearingService hearings, FormService forms, ApplicationEventPublisher events,
                                    Consumer<SkemaUser> asUser, Runnable asNgc) {
        List<SkemaUser> people = new ArrayList<>();
        for (int i = 0; i < INVITEES; i++) {
            SkemaUser person = new SkemaUser("bench-" + i, "bench-" + i, "Benchmark Person " + i, "bench-" + i + "@skema.example",
                    Set.of(Role.STEERING_GROUP), List.of("/regioner/region-nordjylland"));
            events.publishEvent(new SkemaLoginEvent(person));
            people.add(person);
        }
        asNgc.run();
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
            asUser.accept(person);
            hearings.submit(invitee, new AnswerDraft(comments.isEmpty(), comments));
        }
        asNgc.run();
        Accommodation[] verdicts = Accommodation.values();
        int responses = 0;
        for (AnswerInfo answer : hearings.answers(id)) {
            for (CommentInfo comment : answer.comments()) {
                hearings.respond(comment.id(), "NGC's svar " + responses, verdicts[responses++ % verdicts.length], null);
            }
        }
        hearings.close(id);
        return new LargeHearing(id, List.copyOf(people), written, responses);
    }
}
