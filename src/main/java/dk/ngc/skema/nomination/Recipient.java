package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

/**
 * Someone a domain event asks notification to write to: the address is the publisher's to decide (it also
 * records who was told), the wording notification's.
 *
 * @param username the login name, null for an address Skema has never seen log in (an invited co-author)
 * @param name     the name to greet, null when unknown
 */
public record Recipient(@Nullable String username, @Nullable String name, @Nullable String email) {
}
