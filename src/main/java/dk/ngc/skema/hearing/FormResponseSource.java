package dk.ngc.skema.hearing;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseDocument;
import dk.ngc.skema.forms.ResponseStatus;
import dk.ngc.skema.base.Refusal;
import org.springframework.stereotype.Component;

/** A submitted form response (e.g. a network's delimitation), with its answers, through the form engine's service. */
@Component
class FormResponseSource implements DocumentSource {

    static final String NAME = "form-response";

    private final FormService forms;

    FormResponseSource(FormService forms) {
        this.forms = forms;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourcedDocument fetch(String reference) {
        ResponseDocument response = forms.response(FormVersionSource.id(reference));
        var info = response.info();
        if (info.status() != ResponseStatus.SUBMITTED) {
            throw new Refusal("hearing.error.responseNotSubmitted");
        }
        String title = info.title() == null || info.title().isBlank() ? "" : ": " + info.title();
        return new SourcedDocument(DocumentKind.FORM_RESPONSE, info.formTitleDa() + title, info.formTitleEn() + title,
                SourcedDocument.anchorsOf(response.definition()), response.definition(), response.answers(), null);
    }
}
