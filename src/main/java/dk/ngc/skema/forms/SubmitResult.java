package dk.ngc.skema.forms;

import dk.ngc.skema.forms.definition.AnswerProblem;

import java.util.List;

/** Either submitted, or the list of what is missing or wrong (and then nothing was changed but the draft). */
public record SubmitResult(boolean submitted, List<AnswerProblem> problems, long lockVersion) {
}
