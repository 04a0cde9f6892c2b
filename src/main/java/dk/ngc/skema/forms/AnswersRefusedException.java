package dk.ngc.skema.forms;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.definition.AnswerProblem;

import java.util.List;

/**
 * Answers that no saved response may hold (a text longer than its field allows, a number that is not whole
 * where whole numbers are asked for, ...) were refused; nothing was saved. The problems name their fields,
 * so the form can show each message on its field.
 */
public class AnswersRefusedException extends Refusal {

    private final transient List<AnswerProblem> problems;

    public AnswersRefusedException(List<AnswerProblem> problems) {
        super("forms.error.answersRefused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
