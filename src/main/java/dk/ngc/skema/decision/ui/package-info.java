/** The decision page of the steering group and NGC. */
@NullMarked
package dk.ngc.skema.decision.ui;

import org.jspecify.annotations.NullMarked;
