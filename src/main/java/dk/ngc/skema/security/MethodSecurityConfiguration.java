package dk.ngc.skema.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * {@code @PreAuthorize} on service methods ({@link Roles.Checks}). JSR-250 stays off for beans: views carry
 * {@code @RolesAllowed} for Vaadin's navigation check, and must not be proxied by method security.
 */
@Configuration
@EnableMethodSecurity
class MethodSecurityConfiguration {
}
