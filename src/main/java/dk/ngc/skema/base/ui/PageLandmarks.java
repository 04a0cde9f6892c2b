package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import java.util.List;

/**
 * A page outside {@link MainLayout} (the login, "no access", the error pages) gets what the layout gives every page
 * inside it: it is the main landmark (a screen reader can jump to it, and no text lies outside a landmark), and the
 * connection indicator is a status region. (Each such page names its own title: {@code HasDynamicTitle}.)
 */
@org.springframework.stereotype.Component
class PageLandmarks implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation -> {
            List<HasElement> chain = navigation.getActiveChain();
            if (chain.isEmpty() || chain.getLast() instanceof MainLayout) {
                return;
            }
            HasElement page = chain.getLast();
            page.getElement().setAttribute("role", "main");
            init.getUI().getPage().executeJs(
                    "document.querySelectorAll('vaadin-connection-indicator:not([role])').forEach(e => e.setAttribute('role', 'status'))");
        }));
    }
}
