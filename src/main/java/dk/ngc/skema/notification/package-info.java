@NullMarked
package dk.ngc.skema.notification;

import org.jspecify.annotations.NullMarked;
