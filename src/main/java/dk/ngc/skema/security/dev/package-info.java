@NullMarked
@NamedInterface("dev")
package dk.ngc.skema.security.dev;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
