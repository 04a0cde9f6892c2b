package dk.ngc.skema.nomination.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class NominationViewKaribuTest extends KaribuTest {

    @Autowired
    NominationService nominations;

    @Test
    void ngcExtendsTheDeadlineOfOneNominationWhileTheFilerCannot() {
        login("rasmus");
        long round = nominations.openRounds().getFirst().id();
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        UI.getCurrent().navigate(NominationView.class, nomination.id());
        assertThat(pageText()).contains("Region Hovedstaden: bekræftet", "Ikke indsendt endnu");
        assertThat(_find(Button.class, spec -> spec.withId("grant-extension"))).isEmpty();

        login("nina");
        UI.getCurrent().navigate(NominationView.class, nomination.id());
        LocalDateTime until = LocalDateTime.of(2031, 6, 1, 12, 0);
        _setValue(_get(DateTimePicker.class), until);
        _click(_get(Button.class, spec -> spec.withId("grant-extension")));
        assertThat(nominations.nomination(nomination.id(), Locale.of("da")).deadline())
                .isEqualTo(until.atZone(ZoneId.of("Europe/Copenhagen")).toInstant());
    }
}
