@NullMarked
package dk.ngc.skema.base.ui;

import org.jspecify.annotations.NullMarked;
