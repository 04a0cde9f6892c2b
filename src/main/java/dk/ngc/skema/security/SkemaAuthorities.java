package dk.ngc.skema.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/** Turns realm roles into the {@code ROLE_<role>} authorities that {@code @RolesAllowed} checks. */
public final class SkemaAuthorities {

    private SkemaAuthorities() {
    }

    public static List<GrantedAuthority> of(SkemaUser user) {
        return user.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
