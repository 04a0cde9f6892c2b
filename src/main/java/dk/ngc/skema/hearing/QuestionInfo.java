package dk.ngc.skema.hearing;

/** One of the hearing's questions; a comment answering it has anchor kind QUESTION and this id as anchor. */
public record QuestionInfo(long id, int position, String text) {
}
