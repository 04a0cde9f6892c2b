package dk.ngc.skema.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI bundles (vaadin-i18n/translations_*.properties) for texts made outside a browser request,
 * such as mails, so that one place holds every text in Danish and English.
 */
public final class Messages {

    private Messages() {
    }

    private static final java.time.ZoneId DANISH_TIME = java.time.ZoneId.of("Europe/Copenhagen");

    /** A moment as mails and documents write it, in Danish time: "23. november 2026 kl. 14.26" / "23 November 2026, 14:26". */
    public static String dateTime(java.time.Instant instant, Locale locale) {
        if (instant == null) {
            return "–";
        }
        String pattern = "en".equals(locale.getLanguage()) ? "d MMMM yyyy, HH:mm" : "d. MMMM yyyy 'kl.' HH.mm";
        return java.time.format.DateTimeFormatter.ofPattern(pattern, locale).withZone(DANISH_TIME).format(instant);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle("vaadin-i18n.translations", locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
