package dk.ngc.skema.consolidation;

import java.util.List;

/** A selected group of the catalogue and the A nominations NGC marked as its expansion. */
public record ExpansionInfo(String code, String name, List<ANomination> nominations) {

    public ExpansionInfo {
        nominations = List.copyOf(nominations);
    }
}
