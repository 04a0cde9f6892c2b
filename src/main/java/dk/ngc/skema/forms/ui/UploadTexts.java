package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload widget's own texts (buttons, drop hint, progress, errors) for uploads outside forms, as forms show them. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** In the language of the page that shows the widget. */
    public static UploadI18N of(Component page) {
        return FileEditor.uploadI18n(page::getTranslation);
    }
}
