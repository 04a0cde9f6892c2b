@NullMarked
package dk.ngc.skema.round.ui;

import org.jspecify.annotations.NullMarked;
