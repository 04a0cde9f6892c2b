@NullMarked
package dk.ngc.skema.forms.ui.designer;

import org.jspecify.annotations.NullMarked;
