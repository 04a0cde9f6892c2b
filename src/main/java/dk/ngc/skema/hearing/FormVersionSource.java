package dk.ngc.skema.hearing;

import dk.ngc.skema.base.NotFound;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.FormVersionDocument;
import org.springframework.stereotype.Component;

/** A version of a form definition (e.g. the round-2 nomination form, version 3), through the form engine's service. */
@Component
class FormVersionSource implements DocumentSource {

    static final String NAME = "form-version";

    private final FormService forms;

    FormVersionSource(FormService forms) {
        this.forms = forms;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourcedDocument fetch(String reference) {
        FormVersionDocument version = forms.version(id(reference));
        var info = version.info();
        return new SourcedDocument(DocumentKind.FORM,
                info.titleDa() + " (version " + info.number() + ")", info.titleEn() + " (version " + info.number() + ")",
                SourcedDocument.anchorsOf(version.definition()), version.definition(), null, null);
    }

    static long id(String reference) {
        try {
            return Long.parseLong(reference);
        } catch (NumberFormatException e) {
            throw new NotFound("hearing.error.noDocument", reference);
        }
    }
}
