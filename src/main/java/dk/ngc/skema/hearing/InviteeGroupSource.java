package dk.ngc.skema.hearing;

import java.util.List;

/**
 * People to consult that another feature keeps, e.g. the members of one specialist network (as {@link DocumentSource}
 * is for documents): hearing cannot know them itself without depending on that feature. A Spring bean implementing it
 * is picked up by {@link HearingService} by its {@link #name()}, the prefix of its groups' keys ("network:12"). The
 * group is resolved to its members when the hearing is sent, each answering personally.
 */
public interface InviteeGroupSource {

    /** The prefix of this source's keys, e.g. "network". */
    String name();

    /** The groups NGC may choose among now, by name. */
    List<InviteeGroup> groups();

    /** The group's members as they are now; empty for a key that names nothing any more. */
    List<InviteeGroup.Member> members(String key);
}
