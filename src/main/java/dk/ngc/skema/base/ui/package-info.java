/**
 * The shared layout and helpers every feature's views use (main layout, date formats, error views): a named
 * interface of the base module (Spring Modulith).
 */
@NamedInterface("ui")
package dk.ngc.skema.base.ui;

import org.springframework.modulith.NamedInterface;
