package dk.ngc.skema.base;

import dk.ngc.skema.security.SkemaUser;

import java.util.List;
import java.util.Locale;

/**
 * What a feature asks of this person right now, for the home page. Each feature implements it as a
 * component and the home page collects them all, so base never depends on a feature. An implementation
 * returns nothing for roles it has no task for, and reads only through its services' access checks.
 */
public interface HomeTasks {

    List<HomeTask> tasksFor(SkemaUser user, Locale locale);
}
