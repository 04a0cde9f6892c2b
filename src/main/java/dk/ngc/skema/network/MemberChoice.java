package dk.ngc.skema.network;

import org.jspecify.annotations.Nullable;

/**
 * Whom an organisation appoints: a person of the organisation who has logged in ({@code username}), or one invited by
 * e-mail ({@code name} and {@code email}, recorded as given).
 */
public record MemberChoice(@Nullable String username, @Nullable String name, @Nullable String email) {

    public static MemberChoice person(String username) {
        return new MemberChoice(username, null, null);
    }

    public static MemberChoice invite(String name, String email) {
        return new MemberChoice(null, name, email);
    }
}
