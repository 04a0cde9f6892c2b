package dk.ngc.skema.nomination;

import dk.ngc.skema.forms.definition.Answers;

import java.util.List;

/** Test data of this feature for tests in its sub-packages (e.g. the views). */
public final class NominationTestData {

    private NominationTestData() {
    }

    /** Every required answer of the round-2 form; see {@link NominationServiceTest#complete}. */
    public static Answers complete(String title, List<String> onBehalfOf) {
        return NominationServiceTest.complete(title, onBehalfOf);
    }
}
