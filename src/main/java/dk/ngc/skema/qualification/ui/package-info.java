@NullMarked
package dk.ngc.skema.qualification.ui;

import org.jspecify.annotations.NullMarked;
