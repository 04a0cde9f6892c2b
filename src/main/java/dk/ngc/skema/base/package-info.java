@NullMarked
package dk.ngc.skema.base;

import org.jspecify.annotations.NullMarked;
