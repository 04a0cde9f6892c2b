package dk.ngc.skema.hearing;

import java.util.Objects;

/** Whom NGC invites: a body (resolved at sending), a hand-picked organisation, or a hand-picked person. */
public sealed interface InviteeChoice {

    /** A body, e.g. the working group. */
    record OfBody(Body body) implements InviteeChoice {
        public OfBody {
            Objects.requireNonNull(body, "body");
        }
    }

    /** A group another feature keeps ({@link InviteeGroupSource}), e.g. the members of one specialist network, by its key. */
    record OfGroup(String key) implements InviteeChoice {
        public OfGroup {
            Objects.requireNonNull(key, "key");
        }
    }

    /** An organisation by code; it answers as one. */
    record Organisation(String code) implements InviteeChoice {
        public Organisation {
            Objects.requireNonNull(code, "code");
        }
    }

    /** A person by username; they answer personally. */
    record Person(String username) implements InviteeChoice {
        public Person {
            Objects.requireNonNull(username, "username");
        }
    }

    static InviteeChoice body(Body body) {
        return new OfBody(body);
    }

    static InviteeChoice group(String key) {
        return new OfGroup(key);
    }

    static InviteeChoice organisation(String code) {
        return new Organisation(code);
    }

    static InviteeChoice person(String username) {
        return new Person(username);
    }
}
