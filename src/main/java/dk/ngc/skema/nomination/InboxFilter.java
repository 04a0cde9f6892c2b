package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

/**
 * What NGC narrows the inbox to; every part is optional (null or blank means "all").
 *
 * @param state            nominations in this state
 * @param roundId          nominations of this round
 * @param organisationCode nominations filed on behalf of this region or society (not declined)
 * @param text             title contains this text, ignoring case
 */
public record InboxFilter(@Nullable NominationState state, @Nullable Long roundId, @Nullable String organisationCode, @Nullable String text) {

    public static final InboxFilter ALL = new InboxFilter(null, null, null, null);
}
