package dk.ngc.skema.consolidation;

import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one rule of who may do what with the consolidation and the WGS budget ledger:
 * <ul>
 *   <li><b>the workspace</b> (a round's A nominations, the draft groups, suggestions, history): NGC reads and
 *   writes it; nobody else sees NGC's draft, the steering group included;</li>
 *   <li><b>the ledger</b>: NGC and the steering group read it (the groups' names and WGS estimates, the cut
 *   line); only NGC sets a group's priority and start year.</li>
 * </ul>
 * Services check through it; views only ask it to hide what cannot be done.
 */
@Component
public class ConsolidationAccess {

    private final CurrentUser currentUser;

    ConsolidationAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean mayWorkOnConsolidation(SkemaUser user) {
        return user.hasRole(Role.NGC);
    }

    public boolean mayReadLedger(SkemaUser user) {
        return user.hasRole(Role.NGC) || user.hasRole(Role.STEERING_GROUP);
    }

    public boolean mayChangeLedger(SkemaUser user) {
        return user.hasRole(Role.NGC);
    }

    /** Whether the user applies an approved implementation plan to the ledger (the steering group approving it, NGC). */
    public boolean mayApplyApprovedPlan(SkemaUser user) {
        return user.hasRole(Role.NGC) || user.hasRole(Role.STEERING_GROUP);
    }

    SkemaUser requirePlanApplier() {
        return require(this::mayApplyApprovedPlan, "applying an approved plan to the WGS ledger");
    }

    SkemaUser requireWorkspace() {
        return require(this::mayWorkOnConsolidation, "the consolidation workspace");
    }

    SkemaUser requireLedgerReader() {
        return require(this::mayReadLedger, "the WGS ledger");
    }

    SkemaUser requireLedgerWriter() {
        return require(this::mayChangeLedger, "changing the WGS ledger");
    }

    private SkemaUser require(java.util.function.Predicate<SkemaUser> rule, String what) {
        SkemaUser user = currentUser.require();
        if (!rule.test(user)) {
            throw new AccessDeniedException(user.username() + " may not use " + what);
        }
        return user;
    }
}
