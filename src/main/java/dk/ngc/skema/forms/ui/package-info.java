@NullMarked
package dk.ngc.skema.forms.ui;

import org.jspecify.annotations.NullMarked;
