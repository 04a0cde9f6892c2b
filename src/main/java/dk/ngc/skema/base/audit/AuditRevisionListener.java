package dk.ngc.skema.base.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the acting user: an explicit {@link AuditActor}, else the logged-in user, else "system". */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(currentActor());
    }

    static String currentActor() {
        var explicit = AuditActor.current();
        if (explicit != null) {
            return explicit;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && authentication.getName() != null) {
            return authentication.getName();
        }
        return AuditActor.SYSTEM;
    }
}
