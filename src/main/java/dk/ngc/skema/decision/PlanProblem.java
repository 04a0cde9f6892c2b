package dk.ngc.skema.decision;

import java.util.List;

/** One reason a plan cannot be submitted: a message key of the UI bundles and its arguments. */
public record PlanProblem(String messageKey, List<String> arguments) {

    public PlanProblem {
        arguments = List.copyOf(arguments);
    }

    static PlanProblem of(String messageKey, String... arguments) {
        return new PlanProblem(messageKey, List.of(arguments));
    }
}
