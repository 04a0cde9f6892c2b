package dk.ngc.skema.qualification;

import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.forms.definition.Answers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a society's kvalificeringsskema: a row per group, as NGC's side-by-side view and the case presentation take it. */
class QualificationFormTest {

    @Test
    void aResponseStartsWithARowPerGroupAsked() {
        assertThat(QualificationForm.prefill(List.of(7L, 9L)).rows("groups")).extracting(row -> row.get("group")).containsExactly("7", "9");
        assertThat(QualificationForm.prefill(List.of()).rows("groups")).isEmpty();
    }

    @Test
    void eachRowIsReadByItsGroupWithBlankTextsAsNotAnsweredAndTheNetworkOnlyWhenTheGroupGoesUnderOne() {
        Answers answers = Answers.of(Map.of("groups", List.of(
                Map.of("group", "7", "wgsPerYear", Map.of("low", 40, "expected", 20, "high", 60), "otherSpecialties", "  ",
                        "existingNetwork", "none", "network", "PILOT"),
                Map.of("group", "9", "furtherIssues", "Sen henvisning", "existingNetwork", "part", "network", "PILOT",
                        "networkPart", "Syndromisk"),
                Map.of("group", "7", "furtherIssues", "given twice: the first row counts"),
                Map.of("furtherIssues", "no group"))));
        Map<Long, QualificationForm.Row> rows = QualificationForm.rows(answers);
        assertThat(rows).containsOnlyKeys(7L, 9L);
        QualificationForm.Row first = rows.get(7L);
        assertThat(first.wgsPerYear()).as("put in order, as a society may write them reversed").isEqualTo(new WgsRange(20, 40, 60));
        assertThat(first.otherSpecialties()).isNull();
        assertThat(first.furtherIssues()).isNull();
        assertThat(first.networkCode()).as("»Nej« names no network").isNull();
        QualificationForm.Row second = rows.get(9L);
        assertThat(second.wgsPerYear()).isNull();
        assertThat(second.networkCode()).isEqualTo("PILOT");
        assertThat(second.networkPart()).isEqualTo("Syndromisk");

        SocietyAnswer answer = QualificationForm.answer("dps", "Dansk Pædiatrisk Selskab", "RESPONDED", null, second, code -> "Pilotgruppen");
        assertThat(answer.networkName()).isEqualTo("Pilotgruppen");
        assertThat(answer.answered()).isTrue();
        assertThat(QualificationForm.answer("dsmg", "DSMG", "AWAITING", null, null, code -> code).answered()).isFalse();
    }
}
