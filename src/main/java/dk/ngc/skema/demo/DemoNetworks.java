package dk.ngc.skema.demo;

import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.network.DelimitationService;
import dk.ngc.skema.network.DirectoryService;
import dk.ngc.skema.network.IndicationDraft;
import dk.ngc.skema.network.MemberChoice;
import dk.ngc.skema.network.NetworkInfo;
import dk.ngc.skema.network.NetworkService;
import dk.ngc.skema.network.RequisitionPathway;
import dk.ngc.skema.network.SeatInfo;
import dk.ngc.skema.network.SeatKind;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.time.LocalDate;
import java.util.List;

/**
 * The specialist networks of the demo, made through the services as their users would: the pilot network (children
 * and young people under 18 with rare diseases) with all its members appointed, Nanna of Region Nordjylland as
 * vice-chair, its delimitation (mette's, in the working group's hearing) approved by the steering group and its
 * indication in the directory's first release; and the six networks of Q1–Q2 2021 set up
 * with their appointment tasks partly done (some regions, societies, RKKP and Danske Patienter have appointed, others
 * have the task in "Mine opgaver"; RKKP has appointed to all). The members are fictitious; invited members have addresses under example.org.
 * After the other demo data (order 40), and only once: a later start finds the networks there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(DemoConfiguration.ENABLED)
class DemoNetworks {

    static final String PILOT_NETWORK = "Pilotnetværket for børn og unge med sjældne sygdomme";
    static final LocalDate PILOT_START = LocalDate.of(2020, 11, 2);
    static final LocalDate PILOT_APPROVED = LocalDate.of(2021, 3, 4);

    /** The six networks of Q1–Q2 2021, by the minutes of 9 February 2021, with their specialty societies. */
    record Planned(String groupCode, String nameDa, String nameEn, List<String> specialties) {
    }

    static final List<Planned> Q1_Q2 = List.of(
            new Planned("R1-01", "Børn og unge med kræft", "Children and young people with cancer", List.of("dps", "dsko")),
            new Planned("R1-02", "Arvelig hæmatologisk sygdom", "Hereditary haematological disease", List.of("dhs", "dps")),
            new Planned("R1-03", "Endokrinologi", "Endocrinology", List.of("des")),
            new Planned("R1-04", "Kræft hos unge voksne og arvelig kræft", "Cancer in young adults and hereditary cancer", List.of("dsko", "dsmg")),
            new Planned("R1-05", "Primær immundefekt", "Primary immunodeficiency", List.of("dsi", "dps")),
            new Planned("R1-06", "Arvelige hjertesygdomme", "Hereditary heart disease", List.of("dcs", "dsmg")));

    @Bean
    @Order(40)
    ApplicationRunner networkDemoData(NetworkService networks, DirectoryService directory, DelimitationService delimitations,
                                      FormService forms, HearingService hearings, DemoUsers users) {
        return args -> seed(networks, directory, delimitations, forms, hearings, users);
    }

    static void seed(NetworkService networks, DirectoryService directory, DelimitationService delimitations, FormService forms,
                     HearingService hearings, DemoUsers users) {
        if (!users.lookUpAs("nina", () -> networks.networks().isEmpty())) {
            return;
        }
        // The appointing people must be known to Skema (as after their first login) to pick themselves and each other.
        for (String username : List.of("nanna", "mette", "lars", "karen", "rasmus", "sofie", "rikke", "pia")) {
            users.runAs(username, networks::networks);
        }
        pilot(networks, directory, delimitations, forms, hearings, users);
        for (int i = 0; i < Q1_Q2.size(); i++) {
            planned(networks, users, Q1_Q2.get(i), i);
        }
    }

    private static void pilot(NetworkService networks, DirectoryService directory, DelimitationService delimitations, FormService forms,
                              HearingService hearings, DemoUsers users) {
        NetworkInfo network = users.callAs("nina", () -> networks.create("PILOT", PILOT_NETWORK,
                "Pilot network for children and young people with rare diseases",
                "Børn og unge under 18 år med mistanke om en sjælden sygdom med genetisk årsag: misdannelser, udviklingsforsinkelse, "
                        + "skeletanomalier, neurologiske og metaboliske sygdomme.", List.of("dsmg", "dps", "dns")));
        users.runAs("nina", () -> networks.appoint(seat(network, SeatKind.CHAIR, "ngc").id(), MemberChoice.person("nina"), null, PILOT_START));
        users.runAs("rasmus", () -> networks.appoint(seat(network, SeatKind.REGION, "region-hovedstaden").id(),
                MemberChoice.invite("Helle Brandt", "helle.brandt@rh.example.org"), null, PILOT_START));
        users.runAs("nina", () -> networks.appoint(seat(network, SeatKind.REGION, "region-sjaelland").id(),
                MemberChoice.invite("Peter Kjær", "peter.kjaer@regsj.example.org"), null, PILOT_START));
        users.runAs("nina", () -> networks.appoint(seat(network, SeatKind.REGION, "region-syddanmark").id(),
                MemberChoice.invite("Lene Juul", "lene.juul@rsyd.example.org"), null, PILOT_START));
        users.runAs("sofie", () -> networks.appoint(seat(network, SeatKind.REGION, "region-midtjylland").id(),
                MemberChoice.invite("Jakob Toft", "jakob.toft@rm.example.org"), null, PILOT_START));
        long nordjylland = seat(network, SeatKind.REGION, "region-nordjylland").id();
        users.runAs("nanna", () -> networks.appoint(nordjylland, MemberChoice.person("nanna"), null, PILOT_START));
        List<SeatInfo> lvs = network.seats().stream().filter(seat -> seat.kind() == SeatKind.LVS).toList();
        users.runAs("lars", () -> networks.appoint(lvs.get(0).id(), MemberChoice.person("mette"), "dsmg", PILOT_START));
        users.runAs("karen", () -> networks.appoint(lvs.get(1).id(), MemberChoice.invite("Søren Vinther", "soren.vinther@dps.example.org"),
                "dps", PILOT_START));
        // The third LVS seat changed hands: the first member resigned and was replaced.
        users.runAs("nina", () -> {
            var first = networks.appoint(lvs.get(2).id(), MemberChoice.invite("Kirsten Mølgaard", "k.molgaard@dns.example.org"), "dns", PILOT_START);
            networks.replace(first.id(), MemberChoice.invite("Anders Bech", "anders.bech@dns.example.org"), LocalDate.of(2021, 1, 15));
        });
        users.runAs("rikke", () -> networks.appoint(seat(network, SeatKind.RKKP, "rkkp").id(),
                MemberChoice.invite("Tine Ravn", "tine.ravn@rkkp.example.org"), null, PILOT_START));
        users.runAs("pia", () -> networks.appoint(seat(network, SeatKind.PATIENTS, "danske-patienter").id(),
                MemberChoice.invite("Mads Holt", "mads.holt@danskepatienter.example.org"), null, PILOT_START));
        users.runAs("nina", () -> networks.chooseViceChair(nordjylland));

        // The pilot's delimitation (filed by mette, in the working group's hearing: LivingDemo, DemoHearings) becomes the
        // network's version 1; the steering group approves it, and its indication enters the directory's first release.
        Long response = users.lookUpAs(PilotDelimitation.OWNER, () -> forms.myResponses().stream()
                .filter(candidate -> candidate.formKey().equals(PilotDelimitation.FORM_KEY)).map(candidate -> candidate.id())
                .findFirst().orElse(null));
        Long hearing = users.lookUpAs("nina", () -> hearings.hearings().stream()
                .filter(candidate -> candidate.title().equals(DemoHearings.PILOT_HEARING)).map(candidate -> candidate.id())
                .findFirst().orElse(null));
        if (response != null) {
            long version = users.callAs("nina", () -> delimitations.adopt(network.id(), response, hearing).id());
            users.runAs("svend", () -> delimitations.decide(version, true,
                    "Godkendt. Netværket retter tabellen over Region Sjælland, så den svarer til teksten om, hvem der fortolker."));
        } else {
            users.runAs("nina", () -> directory.approve(new IndicationDraft("PILOT", null, "Børn og unge under 18 år med sjældne sygdomme",
                    "Children and young people under 18 with rare diseases", null, PilotCriteria.rareDiseaseChildren(), pilotRequisition(),
                    new WgsRange(4000, 5000, 6000), PILOT_APPROVED, null)));
        }
        users.runAs("nina", () -> directory.release("Første udgave", "Pilotnetværkets indikation, godkendt af styregruppen"));
    }

    /** The pilot's two requisition pathways (minutes item 4a), structured. */
    static List<RequisitionPathway> pilotRequisition() {
        return List.of(
                new RequisitionPathway("Klinisk genetik", "Klinisk genetisk afdeling", List.of(),
                        "klinisk genetisk afdeling rekvirerer WGS-analysen, fortolker data og udarbejder svarrapport"),
                new RequisitionPathway("Pædiatri", "Pædiatrisk afdeling", List.of("efter MDT-konference med klinisk genetisk afdeling"),
                        "klinisk genetisk afdeling rekvirerer derefter WGS-analysen, analyserer/fortolker data og udarbejder svarrapport"));
    }

    /** A Q1–Q2 network with some of its seats filled, more the earlier it started. */
    private static void planned(NetworkService networks, DemoUsers users, Planned planned, int index) {
        NetworkInfo network = users.callAs("nina", () -> networks.create(planned.groupCode(), planned.nameDa(), planned.nameEn(), null,
                planned.specialties()));
        LocalDate start = index < 3 ? LocalDate.of(2021, 2, 15) : LocalDate.of(2021, 4, 12);
        users.runAs("nina", () -> networks.appoint(seat(network, SeatKind.CHAIR, "ngc").id(), MemberChoice.person("nina"), null, start));
        if (index % 2 == 0) {
            users.runAs("sofie", () -> networks.appoint(seat(network, SeatKind.REGION, "region-midtjylland").id(),
                    MemberChoice.invite("Klinikerne i Region Midtjylland " + (index + 1), "netvaerk" + (index + 1) + "@rm.example.org"), null, start));
        }
        if (index < 3) {
            users.runAs("nina", () -> networks.appoint(seat(network, SeatKind.REGION, "region-syddanmark").id(),
                    MemberChoice.invite("Overlæge i Region Syddanmark " + (index + 1), "netvaerk" + (index + 1) + "@rsyd.example.org"), null, start));
            users.runAs("pia", () -> networks.appoint(seat(network, SeatKind.PATIENTS, "danske-patienter").id(),
                    MemberChoice.invite("Patientrepræsentant " + (index + 1), "netvaerk" + (index + 1) + "@danskepatienter.example.org"), null, start));
        }
        // RKKP has appointed to every network (rikke has nothing left to do); the others are partly done.
        users.runAs("rikke", () -> networks.appoint(seat(network, SeatKind.RKKP, "rkkp").id(),
                MemberChoice.invite("Kvalitetskonsulent " + (index + 1), "netvaerk" + (index + 1) + "@rkkp.example.org"), null, start));
        if (planned.specialties().contains("dsmg")) {
            long lvs = network.seats().stream().filter(seat -> seat.kind() == SeatKind.LVS).findFirst().orElseThrow().id();
            users.runAs("lars", () -> networks.appoint(lvs, MemberChoice.invite("Klinisk genetiker " + (index + 1),
                    "netvaerk" + (index + 1) + "@dsmg.example.org"), "dsmg", start));
        }
    }

    private static SeatInfo seat(NetworkInfo network, SeatKind kind, String organisation) {
        return network.seats().stream().filter(seat -> seat.kind() == kind && organisation.equals(seat.organisationCode())).findFirst()
                .orElseThrow();
    }
}
