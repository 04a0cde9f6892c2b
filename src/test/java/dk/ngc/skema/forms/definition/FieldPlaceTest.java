package dk.ngc.skema.forms.definition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldPlaceTest {

    @Test
    void aPlaceReadsLikeTheValidatorsPlaces() {
        assertThat(FieldPlace.of(2, 4).path()).isEqualTo("sections[2].fields[4]");
        assertThat(FieldPlace.sub(2, 4, 1).path()).isEqualTo("sections[2].fields[4].subFields[1]");
    }

    @Test
    void aSubFieldKnowsItsGroupAndSiblings() {
        FieldPlace sub = FieldPlace.sub(1, 3, 2);
        assertThat(sub.isSub()).isTrue();
        assertThat(sub.index()).isEqualTo(2);
        assertThat(sub.group()).isEqualTo(FieldPlace.of(1, 3));
        assertThat(sub.withIndex(0)).isEqualTo(FieldPlace.sub(1, 3, 0));
        assertThat(FieldPlace.of(1, 3).subField(2)).isEqualTo(sub);
    }

    @Test
    void aFieldOfASectionIsItsOwnGroup() {
        FieldPlace field = FieldPlace.of(0, 5);
        assertThat(field.isSub()).isFalse();
        assertThat(field.index()).isEqualTo(5);
        assertThat(field.group()).isEqualTo(field);
        assertThat(field.withIndex(4)).isEqualTo(FieldPlace.of(0, 4));
    }

    @Test
    void negativeIndicesAreNoPlace() {
        assertThatThrownBy(() -> FieldPlace.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldPlace.of(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldPlace.sub(0, 0, -2)).isInstanceOf(IllegalArgumentException.class);
    }
}
