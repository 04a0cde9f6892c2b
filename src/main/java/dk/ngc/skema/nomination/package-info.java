@NullMarked
package dk.ngc.skema.nomination;

import org.jspecify.annotations.NullMarked;
