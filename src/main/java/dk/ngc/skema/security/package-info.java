@NullMarked
package dk.ngc.skema.security;

import org.jspecify.annotations.NullMarked;
