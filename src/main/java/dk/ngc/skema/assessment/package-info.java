@NullMarked
package dk.ngc.skema.assessment;

import org.jspecify.annotations.NullMarked;
