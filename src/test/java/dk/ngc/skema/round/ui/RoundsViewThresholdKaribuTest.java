package dk.ngc.skema.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The A threshold of a new round is read exactly: "1e9" once made a round with a threshold of 19 %. */
class RoundsViewThresholdKaribuTest extends KaribuTest {

    @Autowired
    RoundService nominations;

    private void fillIn(String code, String threshold) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Kode")), code);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Navn")), "Runde " + code);
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Åbner (dansk tid)")), LocalDateTime.of(2031, 3, 1, 9, 0));
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Frist (dansk tid)")), LocalDateTime.of(2031, 6, 1, 12, 0));
        _setValue(_get(TextField.class, spec -> spec.withLabel("A-tærskel (%)")), threshold);
        _click(_get(Button.class, spec -> spec.withId("create-round")));
    }

    @Test
    void aThresholdThatIsNotReadExactlyIsRefusedOnTheFieldAndNoRoundIsMade() {
        login("nina");
        navigate("runder");
        fillIn("T19", "1e9");

        TextField threshold = _get(TextField.class, spec -> spec.withLabel("A-tærskel (%)"));
        assertThat(threshold.isInvalid()).isTrue();
        assertThat(threshold.getErrorMessage()).contains("Skriv tallet med cifre", "1e9");
        assertThat(nominations.rounds()).extracting(RoundInfo::code).doesNotContain("T19");
    }

    @Test
    void aThresholdWithADecimalCommaIsTakenAsWritten() {
        login("nina");
        navigate("runder");
        fillIn("T66", "66,7");

        assertThat(nominations.rounds()).filteredOn(round -> round.code().equals("T66")).singleElement()
                .satisfies(round -> assertThat(round.thresholdPercent()).isEqualByComparingTo("66.7"));
    }
}
