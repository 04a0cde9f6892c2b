@NullMarked
package dk.ngc.skema.consolidation;

import org.jspecify.annotations.NullMarked;
