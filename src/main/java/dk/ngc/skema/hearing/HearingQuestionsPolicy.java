package dk.ngc.skema.hearing;

import dk.ngc.skema.forms.ResponseAccessPolicy;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Tells the form engine who may read and write the invitees' responses to a hearing's questions form: {@link HearingAccess}'s rule. */
@Component
class HearingQuestionsPolicy implements ResponseAccessPolicy {

    private final HearingAccess access;

    HearingQuestionsPolicy(HearingAccess access) {
        this.access = access;
    }

    @Override
    public boolean mayRead(SkemaUser user, long responseId) {
        return access.readableQuestions(user, List.of(responseId)).contains(responseId);
    }

    @Override
    public boolean mayEdit(SkemaUser user, long responseId) {
        return access.mayEditQuestions(user, responseId);
    }

    @Override
    public Set<Long> readableResponses(SkemaUser user, Collection<Long> responseIds) {
        return access.readableQuestions(user, responseIds);
    }
}
