package dk.ngc.skema.network;

import java.util.List;
import java.util.Locale;

/** A network in the list: its groups and how many of its seats are filled. */
public record NetworkSummary(long id, String nameDa, String nameEn, List<GroupRef> groups, int filled, int open) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }
}
