package dk.ngc.skema.base;

/**
 * A refusal the user can act on, carrying a message key of the UI bundles (and its arguments) so
 * the view shows it in the user's language. Nothing was changed when it is thrown.
 */
public class Refusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public Refusal(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
