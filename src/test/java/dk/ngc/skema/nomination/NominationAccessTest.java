package dk.ngc.skema.nomination;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestRounds;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one access rule of nominations answers a whole list as it answers each one, with a fixed number of queries. */
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class NominationAccessTest extends ServiceTest {

    @Autowired
    NominationService nominations;
    @Autowired
    NominationAccess access;
    @Autowired
    FormService forms;
    @Autowired
    TestRounds testRounds;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theBulkAnswerIsTheSameAsAskingOneByOneForEveryRole() {
        long round = NominationTestData.openRound(testRounds, "ACC1", "Adgangsrunde");
        actAs("rasmus");
        var draft = NominationTestData.file(nominations, forms, round, "Arvelig blindhed", List.of("region-hovedstaden"), false);
        var submitted = NominationTestData.file(nominations, forms, round, "Arvelig døvhed", List.of("region-hovedstaden", "dcs"), true);
        actAs("sofie");
        var other = NominationTestData.file(nominations, forms, round, "Medfødt hjertesygdom", List.of("region-midtjylland"), true);
        List<Long> responseIds = List.of(draft.responseId(), submitted.responseId(), other.responseId());

        Map<String, List<Long>> expected = Map.of(
                "nina", responseIds,                                                 // NGC reads everything
                "rasmus", List.of(draft.responseId(), submitted.responseId()),       // his region's
                "karen", List.of(submitted.responseId()),                            // a party society (dcs)
                "sofie", List.of(other.responseId()),
                "william", List.of(submitted.responseId(), other.responseId()),      // working group: submitted only
                "svend", List.of(submitted.responseId(), other.responseId()),   // steering group: submitted only
                "pia", List.of());
        expected.forEach((username, readable) -> {
            actAs(username);
            var user = currentUser.require();
            List<Long> oneByOne = responseIds.stream().filter(id -> access.mayRead(user, id)).toList();
            assertThat(oneByOne).as(username + " one by one").containsExactlyInAnyOrderElementsOf(readable);
            assertThat(access.readableResponses(user, responseIds)).as(username + " in bulk").containsExactlyInAnyOrderElementsOf(readable);
        });
    }

    @Test
    void readingTheAnswersOfManyNominationsCostsTheSameNumberOfQueriesAsOfFew() {
        long round = NominationTestData.openRound(testRounds, "ACC2", "Adgangsrunde");
        actAs("karen"); // reads as a party society: the rule must look at parties, not at NGC's shortcut
        List<Long> responseIds = new ArrayList<>();
        actAs("rasmus");
        for (int i = 0; i < 12; i++) {
            responseIds.add(NominationTestData.file(nominations, forms, round, "Gruppe " + i, List.of("region-hovedstaden", "dcs"), true).responseId());
        }
        actAs("karen");
        forms.answersOf(responseIds.subList(0, 1)); // warms what is read once per session (organisation names, ...)
        long few = statementsFor(() -> forms.answersOf(responseIds.subList(0, 3)));
        long many = statementsFor(() -> forms.answersOf(responseIds));
        assertThat(forms.answersOf(responseIds)).hasSize(12);
        assertThat(many).as("statements for 12 responses vs %d for 3", few).isLessThanOrEqualTo(few);
    }

    @Test
    void oneUnreadableResponseRefusesTheWholeList() {
        long round = NominationTestData.openRound(testRounds, "ACC3", "Adgangsrunde");
        actAs("rasmus");
        var mine = NominationTestData.file(nominations, forms, round, "Min gruppe", List.of("region-hovedstaden"), true);
        actAs("sofie");
        var theirs = NominationTestData.file(nominations, forms, round, "Deres gruppe", List.of("region-midtjylland"), false);
        actAs("rasmus");
        assertThat(forms.answersOf(List.of(mine.responseId()))).containsOnlyKeys(mine.responseId());
        assertThatThrownBy(() -> forms.answersOf(List.of(mine.responseId(), theirs.responseId()))).isInstanceOf(AccessDeniedException.class);
    }

    private long statementsFor(Runnable work) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }
}
