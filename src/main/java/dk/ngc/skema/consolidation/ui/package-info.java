@NullMarked
package dk.ngc.skema.consolidation.ui;

import org.jspecify.annotations.NullMarked;
