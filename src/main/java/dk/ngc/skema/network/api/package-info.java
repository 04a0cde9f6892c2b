/** The approved-indications directory in the read-only API for the regions' requisition systems. */
@NullMarked
package dk.ngc.skema.network.api;

import org.jspecify.annotations.NullMarked;
