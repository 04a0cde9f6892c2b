package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;

/**
 * Danish first: every session starts in Danish unless the person chose English before (a cookie
 * remembers the choice for a year, also across logins).
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    public static final Locale DANISH = Locale.of("da", "DK");
    static final String COOKIE = "skema-language";

    @Override
    public void serviceInit(com.vaadin.flow.server.ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(fromRequest(init.getRequest())));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
    }

    static Locale fromRequest(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return DANISH;
        }
        return Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                .map(cookie -> "en".equals(cookie.getValue()) ? Locale.ENGLISH : DANISH)
                .orElse(DANISH);
    }

    /** Switches the session's language, remembers it, and reloads so every text is re-read. */
    public static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        var cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        var response = VaadinService.getCurrentResponse();
        if (response != null) {
            response.addCookie(cookie);
        }
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
