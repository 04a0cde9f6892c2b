/**
 * Who changed what (Envers revisions); features that act on behalf of a system user say so through
 * {@link dk.ngc.skema.base.audit.AuditActor}: a named interface of the base module (Spring Modulith).
 */
@NullMarked
@NamedInterface("audit")
package dk.ngc.skema.base.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
