@NullMarked
package dk.ngc.skema.assessment.ui;

import org.jspecify.annotations.NullMarked;
