package dk.ngc.skema.network;

import dk.ngc.skema.consolidation.WgsRange;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A signed-off release of the directory: how many indications it holds and their expected WGS per year in sum. */
public record ReleaseInfo(int number, String title, @Nullable String note, String signedOffBy, Instant signedOffAt, int indications,
                          WgsRange wgsPerYear) {
}
