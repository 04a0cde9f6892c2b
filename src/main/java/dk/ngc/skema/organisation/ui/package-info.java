@NullMarked
package dk.ngc.skema.organisation.ui;

import org.jspecify.annotations.NullMarked;
