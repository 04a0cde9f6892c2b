@NullMarked
package dk.ngc.skema.nomination.ui;

import org.jspecify.annotations.NullMarked;
