package dk.ngc.skema.hearing;

/** How an invitee answers: as an organisation (drafted by any of its users, submitted by one) or personally. */
public enum AnswerMode {
    ORGANISATION, PERSONAL
}
