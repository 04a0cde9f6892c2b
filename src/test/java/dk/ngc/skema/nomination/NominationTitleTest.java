package dk.ngc.skema.nomination;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The nomination's title copies the form's title answer into a column of 500 characters; it must always fit. */
class NominationTitleTest {

    @Test
    void aTitleLongerThanTheColumnIsCutAtAWholeCharacterAndAShortOneIsKept() {
        var nomination = new Nomination(1L, 1L, null, "rasmus", Instant.EPOCH);
        nomination.setTitle("a".repeat(499) + "\uD83E\uDDEC".repeat(10));
        assertThat(nomination.getTitle()).isEqualTo("a".repeat(499) + "\uD83E\uDDEC");
        nomination.setTitle("Arvelige hjertesygdomme");
        assertThat(nomination.getTitle()).isEqualTo("Arvelige hjertesygdomme");
        nomination.setTitle(null);
        assertThat(nomination.getTitle()).isNull();
    }
}
