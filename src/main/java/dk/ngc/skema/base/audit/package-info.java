@NullMarked
package dk.ngc.skema.base.audit;

import org.jspecify.annotations.NullMarked;
