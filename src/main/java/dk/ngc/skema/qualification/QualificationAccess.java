package dk.ngc.skema.qualification;

import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * The one rule of who may do what with the qualification and the case presentation:
 * <ul>
 *   <li><b>the qualification</b>: NGC sends it, reads every society's answers and takes them into the groups; a society
 *   (a user of role lvs in that society) reads only the groups it is asked about, with its own answer (which it writes
 *   in the hearing, under the hearing's rule); nobody else sees it, the steering group included (it is NGC's draft);</li>
 *   <li><b>the case presentation</b>: NGC writes the notes on principles 3 and 4, reads the working version and
 *   releases it; the steering group reads it once released (the released snapshot), never the draft.</li>
 * </ul>
 * Services check through it; views only ask it to hide what cannot be done. The bulk forms take a list of groups.
 */
@Component
public class QualificationAccess {

    private final CurrentUser currentUser;

    QualificationAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean manages(SkemaUser user) {
        return user.hasRole(Role.NGC);
    }

    /** Whether the user reads the qualification of a group that asked these societies. */
    public boolean mayReadGroup(SkemaUser user, Collection<String> societyCodes) {
        return manages(user) || user.hasRole(Role.LVS) && societyCodes.stream().anyMatch(user::belongsTo);
    }

    /** The societies (of these) the user answers for: its own societies when of role lvs; none for NGC. */
    public List<String> societiesOf(SkemaUser user, Collection<String> societyCodes) {
        if (!user.hasRole(Role.LVS)) {
            return List.of();
        }
        return societyCodes.stream().filter(user::belongsTo).toList();
    }

    /** Whether the user reads the case presentation: NGC always (the working version), the steering group once released. */
    public boolean mayReadCase(SkemaUser user, boolean released) {
        return manages(user) || released && user.hasRole(Role.STEERING_GROUP);
    }

    SkemaUser requireManager() {
        SkemaUser user = currentUser.require();
        if (!manages(user)) {
            throw new AccessDeniedException(user.username() + " may not manage the qualification");
        }
        return user;
    }

    SkemaUser requireAny(Role... roles) {
        SkemaUser user = currentUser.require();
        for (Role role : roles) {
            if (user.hasRole(role)) {
                return user;
            }
        }
        throw new AccessDeniedException(user.username() + " may not read the qualification");
    }
}
