@NullMarked
package dk.ngc.skema.patientgroup.ui;

import org.jspecify.annotations.NullMarked;
