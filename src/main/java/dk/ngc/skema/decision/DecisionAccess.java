package dk.ngc.skema.decision;

import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one rule of who may do what with a round's decision (positions, decisions, implementation plan):
 * <ul>
 *   <li>NGC reads everything, records the decisions and drafts the implementation plan;</li>
 *   <li>the steering group reads the released case material, every member's position and the decisions, registers its
 *   own position per group until the group is decided, reads the plan once NGC submits it and approves it;</li>
 *   <li>regions and societies see nothing here: they learn their nominations' outcome by mail and in the catalogue.</li>
 * </ul>
 * Services check through it; views only ask it to hide what cannot be done.
 */
@Component
public class DecisionAccess {

    private final CurrentUser currentUser;

    DecisionAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the user records decisions and drafts the plan (NGC). */
    public boolean manages(SkemaUser user) {
        return user.hasRole(Role.NGC);
    }

    /** Whether the user reads a round's positions and decisions (NGC, the steering group). */
    public boolean mayRead(SkemaUser user) {
        return manages(user) || user.hasRole(Role.STEERING_GROUP);
    }

    /** Whether the user registers a position (a steering-group member), on a group not decided yet. */
    public boolean mayTakePosition(SkemaUser user, boolean decided) {
        return user.hasRole(Role.STEERING_GROUP) && !decided;
    }

    /** Whether the user reads a plan version: NGC every one, the steering group those submitted for approval or approved. */
    public boolean mayReadPlan(SkemaUser user, boolean submitted) {
        return manages(user) || submitted && user.hasRole(Role.STEERING_GROUP);
    }

    /** Whether the user approves a submitted plan (the steering group). */
    public boolean mayApprovePlan(SkemaUser user) {
        return user.hasRole(Role.STEERING_GROUP);
    }

    SkemaUser requireManager() {
        SkemaUser user = currentUser.require();
        if (!manages(user)) {
            throw new AccessDeniedException(user.username() + " may not record decisions");
        }
        return user;
    }

    SkemaUser requireReader() {
        SkemaUser user = currentUser.require();
        if (!mayRead(user)) {
            throw new AccessDeniedException(user.username() + " may not read the decision");
        }
        return user;
    }
}
