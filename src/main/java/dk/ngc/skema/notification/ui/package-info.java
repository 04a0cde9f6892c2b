@NullMarked
package dk.ngc.skema.notification.ui;

import org.jspecify.annotations.NullMarked;
