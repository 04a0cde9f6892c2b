package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Download links whose content a service makes (and authorises) when the link is followed. */
public final class Downloads {

    public static final String PDF = "application/pdf";
    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    public static Anchor link(String id, String text, VaadinIcon icon, Supplier<byte[]> bytes, String fileName, String type) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        }), "");
        if (icon != null) {
            anchor.add(icon.create(), new Span(" "));
        }
        anchor.add(new Span(text));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
