package dk.ngc.skema.base;

/**
 * A refusal because the thing asked for by its id does not exist (a mistyped or stale address).
 * Opening a page with such an id shows the "not found" page with HTTP 404, not the error page; in a
 * click it is shown like any other refusal.
 */
public class NotFound extends Refusal {

    public NotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
