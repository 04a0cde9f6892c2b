package dk.ngc.skema.demo;

import dk.ngc.skema.forms.definition.Comparison;
import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.Quantity;

import java.util.List;

import static dk.ngc.skema.forms.definition.CriteriaNode.all;
import static dk.ngc.skema.forms.definition.CriteriaNode.any;
import static dk.ngc.skema.forms.definition.CriteriaNode.criterion;

/**
 * The indication criteria of the pilot specialist network, children and young people under 18 with rare
 * diseases, as recommended to the working group on 9 February 2021 (minutes item 4a): demo data (never in
 * production), and the form engine's tests' reference example of what a criteria tree must be able to say.
 *
 * <p>The ids are stable so that patient facts and tests can refer to them.
 */
public final class PilotCriteria {

    public static final String UNDER_18 = "under-18";
    public static final String SUSPECTED_GENETIC_CAUSE = "suspected-genetic-cause";
    public static final String NOT_KNOWN_IN_FAMILY = "not-known-family-disease";
    public static final String FINDINGS = "findings";
    public static final String MALFORMATIONS = "malformations";
    public static final String COMPLEX_CLINICAL_PICTURE = "complex-clinical-picture";
    public static final String DEVELOPMENTAL_DELAY_GROUP = "developmental-delay-group";
    public static final String DEVELOPMENTAL_DELAY = "developmental-delay";
    public static final String DEVELOPMENTAL_SEVERITY = "developmental-delay-severity";
    public static final String LOW_IQ_OVER_6 = "low-iq-over-6";
    public static final String OVER_6 = "over-6";
    public static final String IQ_BELOW_70 = "iq-below-70";
    public static final String SPECIAL_INSTITUTION = "special-institution";
    public static final String SKELETAL_ANOMALY = "skeletal-anomaly";
    public static final String NEUROLOGICAL = "neuromuscular-or-neurological";
    public static final String METABOLIC = "congenital-metabolic";
    public static final String ARTHROGRYPOSIS = "arthrogryposis";
    public static final String OVERGROWTH = "overgrowth";
    public static final String FLOPPY_INFANT = "floppy-infant";

    private PilotCriteria() {
    }

    /**
     * All of: under 18; suspected genetic cause; not caused by a genetic disease already known in the
     * family; at least one of the nine findings. The developmental-delay finding is itself a group: the
     * delay AND (IQ &lt; 70 for children over 6 OR need for a special institution/school).
     */
    public static CriteriaNode rareDiseaseChildren() {
        CriteriaNode.Group lowIqOver6 = new CriteriaNode.Group(LOW_IQ_OVER_6, CriteriaNode.GroupKind.ALL, 0,
                LocalizedText.of("IQ < 70 hos børn og unge over 6 år", "IQ < 70 in children and young people over 6"),
                List.of(criterion(OVER_6, "Over 6 år", "Over 6 years of age", Quantity.of("age", Comparison.GT, 6, "år")),
                        criterion(IQ_BELOW_70, "IQ under 70", "IQ below 70", Quantity.of("IQ", Comparison.LT, 70, null))));
        CriteriaNode.Group developmentalDelay = new CriteriaNode.Group(DEVELOPMENTAL_DELAY_GROUP, CriteriaNode.GroupKind.ALL, 0,
                LocalizedText.of("Global udviklingsforsinkelse", "Global developmental delay"),
                List.of(criterion(DEVELOPMENTAL_DELAY,
                                "Global udviklingsforsinkelse med udviklingsdeficits i to eller flere udviklingsdomæner",
                                "Global developmental delay with deficits in two or more developmental domains"),
                        any(DEVELOPMENTAL_SEVERITY, lowIqOver6,
                                criterion(SPECIAL_INSTITUTION, "Behov for specialinstitution/skole",
                                        "Need for a special institution/school"))));
        return all("rare-disease-children",
                criterion(UNDER_18, "Barnet eller den unge er under 18 år", "The child or young person is under 18",
                        Quantity.of("age", Comparison.LT, 18, "år")),
                criterion(SUSPECTED_GENETIC_CAUSE, "Mistanke om en genetisk årsag", "Suspected genetic cause"),
                criterion(NOT_KNOWN_IN_FAMILY,
                        "Tilstanden skyldes ikke en i forvejen genetisk afklaret sygdom i familien",
                        "The condition is not caused by a genetic disease already known in the family"),
                any(FINDINGS,
                        criterion(MALFORMATIONS, "En eller flere misdannelser", "One or more malformations"),
                        criterion(COMPLEX_CLINICAL_PICTURE, "Komplekst sygdomsbillede", "Complex clinical picture"),
                        developmentalDelay,
                        criterion(SKELETAL_ANOMALY,
                                "Skeletanomali, eksempelvis forkortede rørknogler, kraniosynostose, skeletdysplasi eller dværgvækst",
                                "Skeletal anomaly, e.g. shortened long bones, craniosynostosis, skeletal dysplasia or dwarfism"),
                        criterion(NEUROLOGICAL,
                                "Neuromuskulær eller neurologisk sygdom, eksempelvis symptomgivende misdannelser i "
                                        + "centralnervesystemet, leukoencefalopati, mikro-/makrocefali ledsaget af intellektuelt "
                                        + "handikap, ataksi, epilepsi, myopati",
                                "Neuromuscular or neurological disease, e.g. symptomatic malformations of the central nervous "
                                        + "system, leukoencephalopathy, micro-/macrocephaly with intellectual disability, ataxia, "
                                        + "epilepsy, myopathy"),
                        criterion(METABOLIC, "Mistanke om medfødt metabolisk sygdom", "Suspected congenital metabolic disease"),
                        criterion(ARTHROGRYPOSIS, "Artrogrypose", "Arthrogryposis"),
                        criterion(OVERGROWTH, "Overvækst", "Overgrowth"),
                        criterion(FLOPPY_INFANT, "Floppy infant", "Floppy infant")));
    }
}
