@NullMarked
package dk.ngc.skema.demo;

import org.jspecify.annotations.NullMarked;
