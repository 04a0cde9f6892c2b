@NullMarked
package dk.ngc.skema.forms;

import org.jspecify.annotations.NullMarked;
