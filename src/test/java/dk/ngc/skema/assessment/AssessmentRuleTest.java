package dk.ngc.skema.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The round setting "A threshold" and how it reads to people. */
class AssessmentRuleTest {

    @Test
    void theDefaultIsTheProcessPlansFiftyPercent() {
        assertThat(AssessmentRule.DEFAULT.thresholdPercent()).isEqualByComparingTo("50");
        assertThat(AssessmentRule.DEFAULT.textDa()).isEqualTo(
                "En indstilling er A, når mindst 50 % af de habile medlemmer har givet A. Præcis 50 % er A. "
                        + "Inhabile medlemmer tæller ikke med. Habile medlemmer, der ikke har vurderet, tæller som ikke A.");
        assertThat(AssessmentRule.DEFAULT.textEn()).startsWith("A nomination is A when at least 50 % of the impartial members");
    }

    @Test
    void aDecimalThresholdIsWrittenTheDanishWay() {
        var rule = AssessmentRule.ofPercent("66.70");

        assertThat(rule.thresholdDa()).isEqualTo("66,7 %");
        assertThat(rule.thresholdEn()).isEqualTo("66.7 %");
        assertThat(rule.textDa()).contains("mindst 66,7 % af de habile medlemmer", "Præcis 66,7 % er A");
    }

    @Test
    void fiftyAndFiftyPointZeroAreTheSameRule() {
        assertThat(AssessmentRule.ofPercent("50.0")).isEqualTo(AssessmentRule.DEFAULT);
        assertThat(AssessmentRule.ofPercent("1E+2").thresholdDa()).isEqualTo("100 %");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "100.01", "150"})
    void aThresholdOutsideAboveZeroUpToAHundredIsRefused(String threshold) {
        assertThatThrownBy(() -> AssessmentRule.ofPercent(threshold))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
    }

    @Test
    void aMissingThresholdIsRefused() {
        assertThatThrownBy(() -> new AssessmentRule((BigDecimal) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theComparisonIsExactNotRounded() {
        var rule = AssessmentRule.ofPercent("66.7");

        assertThat(rule.reachedBy(8, 12)).isFalse(); // 66.666… %
        assertThat(rule.reachedBy(9, 12)).isTrue();
        assertThat(AssessmentRule.DEFAULT.reachedBy(6, 12)).isTrue();
        assertThat(AssessmentRule.DEFAULT.reachedBy(5, 11)).isFalse();
        assertThat(AssessmentRule.ofPercent("33.33").reachedBy(1, 3)).isTrue();  // 33.333… ≥ 33.33
        assertThat(AssessmentRule.ofPercent("33.34").reachedBy(1, 3)).isFalse(); // 33.333… < 33.34
    }

    @Test
    void minimumATellsHowManyAsAreNeeded() {
        assertThat(AssessmentRule.DEFAULT.minimumA(12)).isEqualTo(6);
        assertThat(AssessmentRule.DEFAULT.minimumA(11)).isEqualTo(6);
        assertThat(AssessmentRule.ofPercent("66.7").minimumA(12)).isEqualTo(9);
        assertThat(AssessmentRule.DEFAULT.minimumA(0)).isZero();
    }
}
