package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload widget's own texts (buttons, drop hint, progress, errors) for uploads outside forms, as forms show them. */
// The form engine's renderer is also how other features show a form document (a hearing's document, read-only).
@org.springframework.modulith.NamedInterface("renderer")
public final class UploadTexts {

    private UploadTexts() {
    }

    /** In the language of the page that shows the widget. */
    public static UploadI18N of(Component page) {
        return FileEditor.uploadI18n(page::getTranslation);
    }
}
