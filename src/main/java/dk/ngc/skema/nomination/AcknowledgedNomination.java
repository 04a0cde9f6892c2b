package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A submitted nomination as NGC's acknowledgement to an organisation lists it: receipt number, title, every
 * party with its confirmation status, when it was submitted and the contact person the nominators named.
 */
public record AcknowledgedNomination(long id, String receiptNumber, String title, List<PartyInfo> parties, Instant submittedAt,
                                     Contact contact) {

    /** The nomination form's field that names the contact person. */
    static final String CONTACT_FIELD = "contactPerson";

    /** The form's contact person; parts may be null when not answered. */
    public record Contact(@Nullable String name, @Nullable String organisation, @Nullable String email, @Nullable String phone) {

        public static final Contact NONE = new Contact(null, null, null, null);

        /** The contact person the nomination form's answers name ({@code contactPerson}). */
        static Contact of(dk.ngc.skema.forms.definition.Answers answers) {
            if (answers == null) {
                return NONE;
            }
            Map<String, Object> map = answers.map(CONTACT_FIELD);
            return new Contact(text(map.get("name")), text(map.get("organisation")), text(map.get("email")), text(map.get("phone")));
        }

        private static String text(Object value) {
            return value == null || value.toString().isBlank() ? null : value.toString().strip();
        }

        /** "Name, organisation, e-mail, phone", leaving out what is missing. */
        public String text() {
            return Stream.of(name, organisation, email, phone).filter(Objects::nonNull).filter(part -> !part.isBlank())
                    .collect(Collectors.joining(", "));
        }
    }
}
