package dk.ngc.skema.base.audit;

import java.util.function.Supplier;

/**
 * Names the actor of changes made where no one is logged in yet (the login itself, scheduled
 * jobs, seeding), so that the history never says "unknown".
 */
public final class AuditActor {

    public static final String SYSTEM = "system";

    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    private AuditActor() {
    }

    public static <T> T callAs(String actor, Supplier<T> work) {
        String previous = ACTOR.get();
        ACTOR.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTOR.remove();
            } else {
                ACTOR.set(previous);
            }
        }
    }

    static String current() {
        return ACTOR.get();
    }
}
