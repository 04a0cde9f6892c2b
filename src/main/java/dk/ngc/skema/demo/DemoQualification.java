package dk.ngc.skema.demo;

import dk.ngc.skema.forms.ResponseDocument;
import dk.ngc.skema.hearing.AnswerDraft;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.hearing.InviteeInfo;
import dk.ngc.skema.qualification.QualificationInfo;
import dk.ngc.skema.qualification.QualificationService;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The qualification of the demo round S1, made through the services as its users would: NGC sends the draft
 * consolidation to the society the hearing-loss group's nomination names (DSMG) and, as the group is of children, also
 * to Dansk Pædiatrisk Selskab; karen answers the kvalificeringsskema for her paediatric society (a wider WGS range,
 * audiology and child neurology involved, and that part of the group fits the pilot network). DSMG has not answered
 * yet. After the consolidation (order 30), and only once: a later start finds the qualification sent.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(DemoConfiguration.ENABLED)
class DemoQualification {

    static final String PAEDIATRICS = "dps";
    static final String PILOT_GROUP = "PILOT";

    @Bean
    @Order(35)
    ApplicationRunner qualificationDemoData(QualificationService qualification, HearingService hearings, RoundService rounds,
                                            DemoUsers users) {
        return args -> seed(qualification, hearings, rounds, users);
    }

    static void seed(QualificationService qualification, HearingService hearings, RoundService rounds, DemoUsers users) {
        Optional<RoundInfo> round = users.lookUpAs("nina", () -> rounds.byCode(LivingDemo.EARLIER_ROUND));
        if (round.isEmpty()) {
            return;
        }
        long roundId = round.get().id();
        boolean sent = users.lookUpAs("nina", () -> qualification.qualification(roundId).isPresent());
        boolean consolidated = users.lookUpAs("nina", () -> !qualification.casePresentation(roundId).groups().isEmpty());
        if (sent || !consolidated) {
            return;
        }
        // The societies' people must be known to Skema to get the invitation.
        users.runAs("karen", () -> hearings.myHearings());
        users.runAs("lars", () -> hearings.myHearings());
        QualificationInfo info = users.callAs("nina", () -> {
            Map<Long, List<String>> alsoAsk = new LinkedHashMap<>();
            qualification.casePresentation(roundId).groups().forEach(group -> alsoAsk.put(group.groupId(), List.of(PAEDIATRICS)));
            return qualification.send(roundId, null, alsoAsk);
        });
        users.runAs("karen", () -> {
            InviteeInfo paediatrics = hearings.hearing(info.hearingId()).mine().stream()
                    .filter(invitee -> PAEDIATRICS.equals(invitee.organisationCode())).findFirst().orElseThrow();
            ResponseDocument response = hearings.startQuestions(paediatrics.id());
            List<Map<String, Object>> rows = response.answers().rows("groups").stream().map(row -> {
                Map<String, Object> answered = new LinkedHashMap<>(row);
                answered.put("wgsPerYear", Map.of("low", 60, "expected", 90, "high", 140));
                answered.put("otherSpecialties", "Audiologi (øre-næse-hals)\nBørneneurologi");
                answered.put("furtherIssues", "Mange børn med let til moderat hørenedsættelse henvises sent; udredningen bør koordineres med "
                        + "de audiologiske afdelinger og cochleaimplantat-centrene.");
                answered.put("existingNetwork", "part");
                answered.put("network", PILOT_GROUP);
                answered.put("networkPart", "Syndromisk hørenedsættelse med andre fund hos børn under 18 år");
                return answered;
            }).toList();
            hearings.saveQuestions(paediatrics.id(), response.answers().with("groups", rows), response.lockVersion());
            hearings.submit(paediatrics.id(), new AnswerDraft(false, List.of()));
        });
    }
}
