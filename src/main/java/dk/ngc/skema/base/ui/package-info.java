/**
 * The shared layout and helpers every feature's views use (main layout, error views): a named
 * interface of the base module (Spring Modulith).
 */
@NullMarked
@NamedInterface("ui")
package dk.ngc.skema.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
