@NullMarked
package dk.ngc.skema.round;

import org.jspecify.annotations.NullMarked;
