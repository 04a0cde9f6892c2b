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

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle("vaadin-i18n.translations", locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
