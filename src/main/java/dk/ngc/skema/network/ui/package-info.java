@NullMarked
package dk.ngc.skema.network.ui;

import org.jspecify.annotations.NullMarked;
