package dk.ngc.skema.nomination;

/**
 * What NGC narrows the inbox to; every part is optional (null or blank means "all").
 *
 * @param state            nominations in this state
 * @param roundId          nominations of this round
 * @param organisationCode nominations filed on behalf of this region or society (not declined)
 * @param text             title contains this text, ignoring case
 */
public record InboxFilter(NominationState state, Long roundId, String organisationCode, String text) {

    public static final InboxFilter ALL = new InboxFilter(null, null, null, null);
}
