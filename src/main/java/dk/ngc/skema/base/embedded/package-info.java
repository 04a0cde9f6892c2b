@NullMarked
package dk.ngc.skema.base.embedded;

import org.jspecify.annotations.NullMarked;
