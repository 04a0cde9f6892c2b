package dk.ngc.skema.qualification;

import dk.ngc.skema.consolidation.WgsRange;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A society's answer as one line of the case presentation: readable however the society typed its free text. */
class SocietyAnswerTest {

    private static SocietyAnswer answer(String specialties, String issues) {
        return new SocietyAnswer("dps", "Dansk Pædiatrisk Selskab", "RESPONDED", null, new WgsRange(60, 1200, 1400),
                specialties, issues, "part", "R1-00", "Pilotnetværket", "Syndromisk høretab.");
    }

    @Test
    void specialtiesTypedOneALineAreListedWithCommasAndNoFullStopStandsBeforeTheNextClause() {
        String line = answer("Audiologi (øre-næse-hals)\nBørneneurologi\n", "Henvises sent.").summary(Locale.of("da"));

        assertThat(line).contains("specialer, der ikke er beskrevet: Audiologi (øre-næse-hals), Børneneurologi;")
                .contains("yderligere problemstillinger: Henvises sent;")
                .contains("WGS per år 60 / 1.200 / 1.400")
                .contains("(Syndromisk høretab)")
                .doesNotContain(".;");
    }

    @Test
    void anUnansweredQuestionReadsAsADash() {
        assertThat(answer(null, "  ").summary(Locale.of("da"))).contains("ikke er beskrevet: –;").contains("problemstillinger: –;");
    }
}
