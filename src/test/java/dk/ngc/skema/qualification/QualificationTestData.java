package dk.ngc.skema.qualification;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.ConsolidationTestData;
import dk.ngc.skema.consolidation.ConsolidationTestData.Filed;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.testsupport.TestRounds;

import java.util.List;
import java.util.function.Consumer;

/**
 * A consolidated round for the qualification tests: three A nominations in two groups. "Hjerte og hørelse" holds the
 * heart nomination (naming Dansk Cardiologisk Selskab, karen's) and the hearing one (naming DSMG, lars'); "Blod" holds
 * the anaemia nomination (naming Dansk Hæmatologisk Selskab, no demo user's).
 */
public final class QualificationTestData {

    public record Round(long roundId, long heartAndHearing, long blood) {
    }

    private QualificationTestData() {
    }

    /** Files, assesses and consolidates the round; NGC (nina) is logged in afterwards. */
    public static Round consolidated(Consumer<String> as, TestRounds testRounds, NominationService nominations, FormService forms,
                                     AssessmentService assessment, ConsolidationService consolidation, String code) {
        // The people a society invitee is mailed through must have logged in once.
        for (String user : List.of("karen", "lars", "svend")) {
            as.accept(user);
        }
        List<NominationInfo> filed = ConsolidationTestData.assessedRound(as, testRounds, nominations, forms, assessment, code,
                List.of(Filed.a("Arvelige hjertesygdomme hos børn " + code, 10, 20, 30, "dcs"),
                        Filed.a("Medfødt hørenedsættelse " + code, 5, 10, 15, "dsmg"),
                        Filed.a("Arvelig anæmi " + code, 1, 2, 3, "dhs")));
        long round = filed.getFirst().roundId();
        long heartAndHearing = consolidation.createGroup(round, "Hjerte og hørelse " + code, "Børn med arvelig hjertesygdom eller hørenedsættelse.");
        long blood = consolidation.createGroup(round, "Blod " + code, null);
        consolidation.place(filed.get(0).id(), heartAndHearing);
        consolidation.place(filed.get(1).id(), heartAndHearing);
        consolidation.place(filed.get(2).id(), blood);
        return new Round(round, heartAndHearing, blood);
    }
}
