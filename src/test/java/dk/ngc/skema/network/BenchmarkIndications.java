package dk.ngc.skema.network;

import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.demo.PilotCriteria;
import dk.ngc.skema.forms.definition.Comparison;
import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.PatientFacts;
import dk.ngc.skema.forms.definition.Quantity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Indications with realistic criteria trees for the directory and checker benchmarks: by turns the pilot's rare-disease
 * tree (23 nodes, two nested groups, age and IQ), a mid-sized tree (age range, a suspicion, ANY of six findings, AT
 * LEAST two of four family criteria; 15 nodes) and a small one as the heart indication's (3 nodes). Every id is
 * prefixed, so that indications of one group do not share criteria by accident.
 */
public final class BenchmarkIndications {

    private BenchmarkIndications() {
    }

    public static IndicationDraft draft(String groupCode, int n) {
        String name = switch (n % 3) {
            case 0 -> "Børn og unge med sjælden sygdom, indikation " + n;
            case 1 -> "Voksne med arvelig sygdom, indikation " + n;
            default -> "Arvelig kardiomyopati, indikation " + n;
        };
        return new IndicationDraft(groupCode, null, name, "Indication " + n, "Benchmarkindikation " + n + " i " + groupCode,
                criteria("i" + n + "-", n), DirectoryTestData.PILOT_REQUISITION, new WgsRange(10 + n, 20 + n, 30 + n),
                LocalDate.of(2022, 1 + n % 12, 1 + n % 28), null);
    }

    public static CriteriaNode criteria(String prefix, int n) {
        return switch (n % 3) {
            case 0 -> prefixed(PilotCriteria.rareDiseaseChildren(), prefix);
            case 1 -> midSized(prefix, 18 + n % 5);
            default -> CriteriaNode.all(prefix + "heart", CriteriaNode.criterion(prefix + "cardiomyopathy", "Kardiomyopati", "Cardiomyopathy"),
                    CriteriaNode.criterion(prefix + "adult", "Voksen", "Adult", Quantity.of("age", Comparison.GE, 18, "år")));
        };
    }

    private static CriteriaNode midSized(String p, int minAge) {
        List<CriteriaNode> findings = new ArrayList<>();
        String[] names = {"Debut før 40 år", "Flere organsystemer ramt", "Progressivt forløb", "Uafklaret trods standardudredning",
                "Behandlingskonsekvens ved diagnose", "Atypisk præsentation"};
        for (int i = 0; i < names.length; i++) {
            findings.add(CriteriaNode.criterion(p + "finding-" + i, names[i], "Finding " + i));
        }
        List<CriteriaNode> family = new ArrayList<>();
        String[] relatives = {"Førstegradsslægtning ramt", "Andengradsslægtning ramt", "Tidligt dødsfald i familien", "Konsanguinitet"};
        for (int i = 0; i < relatives.length; i++) {
            family.add(CriteriaNode.criterion(p + "family-" + i, relatives[i], "Family " + i));
        }
        return new CriteriaNode.Group(p + "adult-hereditary", CriteriaNode.GroupKind.ALL, 0, null, List.of(
                CriteriaNode.criterion(p + "age", "Voksen", "Adult", Quantity.of("age", Comparison.GE, minAge, "år")),
                CriteriaNode.criterion(p + "suspected", "Mistanke om arvelig årsag", "Suspected hereditary cause"),
                new CriteriaNode.Group(p + "findings", CriteriaNode.GroupKind.ANY, 0,
                        LocalizedText.of("Mindst ét af følgende fund", "At least one of these findings"), findings),
                new CriteriaNode.Group(p + "family", CriteriaNode.GroupKind.AT_LEAST, 2,
                        LocalizedText.of("Mindst to af følgende i familien", "At least two of these in the family"), family)));
    }

    private static CriteriaNode prefixed(CriteriaNode node, String prefix) {
        return switch (node) {
            case CriteriaNode.Criterion c -> new CriteriaNode.Criterion(prefix + c.id(), c.text(), c.code(), c.quantity());
            case CriteriaNode.Group g -> new CriteriaNode.Group(prefix + g.id(), g.kind(), g.n(), g.text(),
                    g.children().stream().map(child -> prefixed(child, prefix)).toList());
        };
    }

    /** Every criterion id in the tree. */
    public static void criterionIds(CriteriaNode node, Set<String> into) {
        if (node instanceof CriteriaNode.Group group) {
            group.children().forEach(child -> criterionIds(child, into));
        } else {
            into.add(((CriteriaNode.Criterion) node).id());
        }
    }

    /** Patients as a clinician would tick them: each criterion of the trees met with 60 %, an age 0-80 and an IQ 40-120. */
    public static List<PatientFacts> patients(int count, List<CriteriaNode> trees, long seed) {
        Set<String> ids = new HashSet<>();
        trees.forEach(tree -> criterionIds(tree, ids));
        List<String> ordered = ids.stream().sorted().toList();
        Random random = new Random(seed);
        List<PatientFacts> patients = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            Set<String> met = new HashSet<>();
            for (String id : ordered) {
                if (random.nextDouble() < 0.6) {
                    met.add(id);
                }
            }
            Map<String, java.math.BigDecimal> values = new HashMap<>();
            values.put("age", java.math.BigDecimal.valueOf(random.nextInt(81)));
            values.put("IQ", java.math.BigDecimal.valueOf(40 + random.nextInt(81)));
            patients.add(new PatientFacts(met, values));
        }
        return patients;
    }
}
