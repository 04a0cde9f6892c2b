@NullMarked
package dk.ngc.skema.forms.ui.criteria;

import org.jspecify.annotations.NullMarked;
