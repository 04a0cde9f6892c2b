package dk.ngc.skema.forms.definition;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person types into a number field is read exactly, or refused with the reason; never guessed. */
class NumberInputTest {

    private static final Locale DA = Locale.of("da");

    @ParameterizedTest(name = "{0} in Danish reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "120|120", " 120 |120", "-5|-5", "\u22125|-5", "+7|7", "1,5|1.5", "2.5|2.5", ",5|0.5", "0.125|0.125",
            "1.000.000|1000000", "1.234,5|1234.5", "1 000|1000", "1\u00a0000,25|1000.25", "3000000000|3000000000", "1,500|1.500"})
    void danishDecimalsAndGroupingAreReadExactly(String typed, String expected) {
        var result = NumberInput.parse(typed, false, DA);
        assertThat(result.ok()).as(typed).isTrue();
        assertThat(result.value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} in Danish is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "1e9|EXPONENT", "1E3|EXPONENT", "19abc|NOT_A_NUMBER", "tyve|NOT_A_NUMBER", "2,5e-3|EXPONENT", "1,2,3|NOT_A_NUMBER", "--5|NOT_A_NUMBER", "5,|NOT_A_NUMBER",
            "1.000|AMBIGUOUS", "12.345|AMBIGUOUS", "1.5.3|NOT_A_NUMBER", "1.000,5,1|NOT_A_NUMBER"})
    void whatCannotBeReadWithCertaintyIsRefusedWithTheReason(String typed, NumberInput.Reason reason) {
        var result = NumberInput.parse(typed, false, DA);
        assertThat(result.ok()).isFalse();
        assertThat(result.refused()).isEqualTo(reason);
        assertThat(result.value()).isNull();
    }

    @Test
    void wholeNumbersRefuseFractionsAndWhatDoesNotFitButAcceptAnExactWholeValue() {
        assertThat(NumberInput.parse("2,5", true, DA).refused()).isEqualTo(NumberInput.Reason.NOT_WHOLE);
        assertThat(NumberInput.parse("2,0", true, DA).value()).isEqualTo(BigDecimal.valueOf(2));
        assertThat(NumberInput.parse("9223372036854775807", true, DA).value()).isEqualTo(BigDecimal.valueOf(Long.MAX_VALUE));
        assertThat(NumberInput.parse("9223372036854775808", true, DA).refused()).isEqualTo(NumberInput.Reason.TOO_LARGE);
        assertThat(NumberInput.parse("1e9", true, DA).refused()).isEqualTo(NumberInput.Reason.EXPONENT);
    }

    @Test
    void englishReadsThePointAsDecimalAndRefusesACommaThatCouldBeAThousand() {
        Locale en = Locale.ENGLISH;
        assertThat(NumberInput.parse("1.500", false, en).value()).isEqualByComparingTo("1.5");
        assertThat(NumberInput.parse("1,234.5", false, en).value()).isEqualByComparingTo("1234.5");
        assertThat(NumberInput.parse("2,5", false, en).value()).isEqualByComparingTo("2.5");
        assertThat(NumberInput.parse("1,000", false, en).refused()).isEqualTo(NumberInput.Reason.AMBIGUOUS);
    }

    @Test
    void emptyInputIsNoAnswerAndValuesAreWrittenBackReadably() {
        assertThat(NumberInput.parse("  ", true, DA)).isEqualTo(new NumberInput.Result(null, null));
        assertThat(NumberInput.format(new BigDecimal("1.5"), DA)).isEqualTo("1,5");
        assertThat(NumberInput.format(new BigDecimal("1E+3"), DA)).isEqualTo("1000");
        assertThat(NumberInput.format(new BigDecimal("2.50"), Locale.ENGLISH)).isEqualTo("2.50");
        // What is written back reads back as the same number.
        for (String value : new String[]{"1000", "1.5", "-0.125", "3000000000"}) {
            assertThat(NumberInput.parse(NumberInput.format(new BigDecimal(value), DA), false, DA).value()).isEqualByComparingTo(value);
        }
    }
}
