package dk.ngc.skema.network;

import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.demo.PilotCriteria;
import dk.ngc.skema.forms.definition.Comparison;
import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.Quantity;

import java.time.LocalDate;
import java.util.List;

/** The pilot's indication and a small heart indication, as records and drafts for the directory's tests. */
public final class DirectoryTestData {

    public static final List<RequisitionPathway> PILOT_REQUISITION = List.of(
            new RequisitionPathway("Klinisk genetik", "Klinisk genetisk afdeling", List.of(),
                    "klinisk genetisk afdeling rekvirerer, fortolker data og udarbejder svarrapport"),
            new RequisitionPathway("Pædiatri", "Pædiatrisk afdeling", List.of("efter MDT-konference med klinisk genetisk afdeling"),
                    "klinisk genetisk afdeling rekvirerer, analyserer/fortolker data og udarbejder svarrapport"));

    private DirectoryTestData() {
    }

    public static IndicationDraft pilotDraft() {
        return new IndicationDraft("PILOT", null, "Børn og unge under 18 år med sjældne sygdomme",
                "Children and young people under 18 with rare diseases", "Mistanke om sjælden sygdom med genetisk årsag",
                PilotCriteria.rareDiseaseChildren(), PILOT_REQUISITION, new WgsRange(4000, 5000, 6000), LocalDate.of(2021, 3, 1), null);
    }

    public static CriteriaNode heartCriteria() {
        return CriteriaNode.all("heart", CriteriaNode.criterion("cardiomyopathy", "Kardiomyopati", "Cardiomyopathy"),
                CriteriaNode.criterion("adult", "Voksen", "Adult", Quantity.of("age", Comparison.GE, 18, "år")));
    }

    public static IndicationDraft heartDraft(String groupCode) {
        return new IndicationDraft(groupCode, null, "Arvelig kardiomyopati hos voksne", null, null, heartCriteria(),
                List.of(new RequisitionPathway("Kardiologi", "Kardiologisk afdeling", List.of(), "kardiologisk afdeling rekvirerer")),
                new WgsRange(300, 400, 500), LocalDate.of(2021, 6, 1), null);
    }

    public static IndicationRecord record(String code, IndicationDraft draft, int version) {
        return new IndicationRecord(code, draft.groupCode(), draft.groupCode(), draft.groupCode(), null, null, draft.nameDa(), draft.nameEn(),
                draft.description(), draft.criteria(), draft.requisition(), draft.wgsPerYear(), version, draft.approvedOn(), "nina", null);
    }
}
