package dk.ngc.skema.demo;

import dk.ngc.skema.qualification.QualificationGroupInfo;
import dk.ngc.skema.qualification.QualificationInfo;
import dk.ngc.skema.qualification.QualificationService;
import dk.ngc.skema.qualification.SocietyAnswer;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.WithDemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo round S1's draft consolidation is out for qualification, and karen has answered for her paediatric society. */
@WithDemoData
class DemoQualificationTest extends ServiceTest {

    @Autowired
    QualificationService qualification;
    @Autowired
    RoundService rounds;
    @Autowired
    @Qualifier("qualificationDemoData")
    ApplicationRunner demoQualification;

    @Test
    void karensSocietyHasAnsweredForTheHearingLossGroupAndASecondStartAddsNothing() throws Exception {
        actAs("nina");
        long round = rounds.byCode(LivingDemo.EARLIER_ROUND).orElseThrow().id();
        QualificationInfo info = qualification.qualification(round).orElseThrow();
        QualificationGroupInfo group = info.groups().getFirst();
        assertThat(group.name()).isEqualTo(DemoConsolidation.HEARING_GROUP);
        assertThat(group.societies()).extracting(QualificationGroupInfo.Society::code).containsExactly("dsmg", "dps");
        assertThat(group.answers()).extracting(SocietyAnswer::societyCode, SocietyAnswer::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dsmg", "AWAITING"), org.assertj.core.groups.Tuple.tuple("dps", "RESPONDED"));
        SocietyAnswer paediatrics = group.answers().get(1);
        assertThat(paediatrics.wgsPerYear().expected()).isEqualTo(90);
        assertThat(paediatrics.networkCode()).isEqualTo(DemoQualification.PILOT_GROUP);

        actAs("karen"); // sees the group she is asked about, through her paediatric society
        assertThat(qualification.qualification(round).orElseThrow().groups()).extracting(QualificationGroupInfo::name)
                .containsExactly(DemoConsolidation.HEARING_GROUP);

        actAs("nina");
        long hearing = info.hearingId();
        demoQualification.run(new DefaultApplicationArguments());
        assertThat(qualification.qualification(round).orElseThrow().hearingId()).isEqualTo(hearing);
    }
}
