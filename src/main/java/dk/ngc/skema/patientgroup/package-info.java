@NullMarked
package dk.ngc.skema.patientgroup;

import org.jspecify.annotations.NullMarked;
