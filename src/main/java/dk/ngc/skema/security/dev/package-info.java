@NullMarked
package dk.ngc.skema.security.dev;

import org.jspecify.annotations.NullMarked;
