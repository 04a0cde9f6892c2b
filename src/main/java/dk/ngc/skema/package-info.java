/**
 * Skema. Every package is {@link org.jspecify.annotations.NullMarked}: a type is non-null unless it says
 * {@link org.jspecify.annotations.Nullable}, so a reader knows where a value may be absent
 * (ArchitectureTest fails for a package that forgets it).
 */
@NullMarked
package dk.ngc.skema;

import org.jspecify.annotations.NullMarked;
