@NullMarked
package dk.ngc.skema.base.startup;

import org.jspecify.annotations.NullMarked;
