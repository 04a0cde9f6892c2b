package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A nomination as a message about several nominations names it.
 *
 * @param receiptNumber null for a draft
 * @param title         null when the form has none yet
 * @param partyCodes    the organisations it speaks for (parties except those that declined)
 * @param contact       the contact person the form names ("name, organisation, e-mail, phone"), empty when none
 */
public record MailedNomination(long id, @Nullable String receiptNumber, @Nullable String title, List<String> partyCodes, String contact) {

    public MailedNomination {
        partyCodes = List.copyOf(partyCodes);
    }
}
