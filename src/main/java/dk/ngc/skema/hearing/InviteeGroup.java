package dk.ngc.skema.hearing;

import java.util.List;
import java.util.Locale;

/**
 * A group of people an {@link InviteeGroupSource} offers, e.g. "the members of Specialistnetværket for arvelige
 * hjertesygdomme".
 *
 * @param key     the source's name, a colon and the source's own id, e.g. "network:12"
 * @param members how many would be invited if the hearing were sent now
 */
public record InviteeGroup(String key, String nameDa, String nameEn, int members) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }

    /** The source's name of a key ("network" of "network:12"). */
    static String sourceOf(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }

    /** A member who answers personally, by the username they log in with. */
    public record Member(String username, String fullName) {
    }

    static List<InviteeGroup> sorted(List<InviteeGroup> groups, Locale locale) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return groups.stream().sorted(java.util.Comparator.comparing(group -> group.name(locale), collator)).toList();
    }
}
