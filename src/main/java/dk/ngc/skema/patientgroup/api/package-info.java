/** The catalogue of selected patient groups in the read-only API for the regions' systems. */
@NullMarked
package dk.ngc.skema.patientgroup.api;

import org.jspecify.annotations.NullMarked;
