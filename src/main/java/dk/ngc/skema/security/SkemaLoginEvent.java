package dk.ngc.skema.security;

/** Published when someone logs in, so that features can record the person and their organisations. */
public record SkemaLoginEvent(SkemaUser user) {
}
