package dk.ngc.skema.forms;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.definition.DefinitionProblem;

import java.util.List;

/** A definition with problems (duplicate keys, dangling conditions, cycles, ...) was refused; nothing was saved. */
public class DefinitionRefusedException extends Refusal {

    private final transient List<DefinitionProblem> problems;

    public DefinitionRefusedException(List<DefinitionProblem> problems) {
        super("forms.error.definitionRefused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
