package dk.ngc.skema.organisation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A person as other features see it. */
public record PersonSummary(String username, String fullName, @Nullable String email, Set<String> roles,
                            List<OrganisationSummary> organisations, @Nullable Instant lastLoginAt) {
}
