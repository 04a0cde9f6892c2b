@NullMarked
package dk.ngc.skema.organisation;

import org.jspecify.annotations.NullMarked;
