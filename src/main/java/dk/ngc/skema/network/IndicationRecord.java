package dk.ngc.skema.network;

import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.CriteriaRenderer;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An approved indication of the directory, as everyone (and the regions' systems, through the API built on
 * {@link DirectoryService}) reads it.
 *
 * @param code    the stable code NGC-&lt;group&gt;.&lt;indication&gt;, e.g. NGC-07.2
 * @param version raised by each approved revision; the code stays
 */
public record IndicationRecord(String code, String groupCode, String groupNameDa, String groupNameEn, @Nullable Long networkId,
                               @Nullable String networkNameDa, String nameDa, @Nullable String nameEn, @Nullable String description,
                               CriteriaNode criteria, List<RequisitionPathway> requisition, WgsRange wgsPerYear, int version,
                               LocalDate approvedOn, String approvedBy, @Nullable String changeNote) {

    public IndicationRecord {
        requisition = List.copyOf(requisition);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameDa;
    }

    public String groupName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? groupNameEn : groupNameDa;
    }

    /** The criteria tree in readable sentences, indented. */
    public String criteriaText(Locale locale) {
        return CriteriaRenderer.plainText(criteria, locale);
    }

    /** The requisition pathways, numbered, one a line. */
    public String requisitionText() {
        return java.util.stream.IntStream.range(0, requisition.size())
                .mapToObj(i -> (i + 1) + ". " + requisition.get(i).text()).collect(Collectors.joining("\n"));
    }
}
