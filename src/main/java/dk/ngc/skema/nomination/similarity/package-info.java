@NullMarked
package dk.ngc.skema.nomination.similarity;

import org.jspecify.annotations.NullMarked;
