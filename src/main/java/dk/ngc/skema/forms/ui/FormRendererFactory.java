package dk.ngc.skema.forms.ui;

import dk.ngc.skema.base.Refusal;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.organisation.OrganisationType;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Builds renderers wired to the services: organisation pickers, attachment storage, PDF downloads. */
// The form engine's renderer is how every feature shows a form (a hearing shows the form it hears, read-only).
@org.springframework.modulith.NamedInterface("renderer")
@Component
public class FormRendererFactory {

    private final FormService formService;
    private final OrganisationService organisationService;

    FormRendererFactory(FormService formService, OrganisationService organisationService) {
        this.formService = formService;
        this.organisationService = organisationService;
    }

    /** A renderer for a response ({@code responseId}) or a preview ({@code null}: uploads are refused). */
    public FormRenderer create(FormDefinition definition, Answers answers, Long responseId, Locale locale, Consumer<Answers> onChange) {
        return new FormRenderer(definition, answers, context(responseId, locale), onChange);
    }

    /** The same, telling the listener per change what to validate again and whether it was typed. */
    public FormRenderer createWithChanges(FormDefinition definition, Answers answers, Long responseId, Locale locale,
                                          Consumer<FormRenderer.Change> onChange) {
        return FormRenderer.withChanges(definition, answers, context(responseId, locale), onChange);
    }

    /** The same, one section at a time, each built when first shown (a response being filled in). */
    public FormRenderer createSectionBySection(FormDefinition definition, Answers answers, Long responseId, Locale locale,
                                               Consumer<FormRenderer.Change> onChange) {
        return FormRenderer.withChanges(definition, answers, context(responseId, locale), onChange, true);
    }

    private RendererContext context(Long responseId, Locale locale) {
        return new RendererContext(locale,
                type -> organisations(type, locale),
                (path, name, contentType, content) -> {
                    if (responseId == null) {
                        throw new dk.ngc.skema.base.Refusal("forms.error.previewUpload");
                    }
                    return formService.storeAttachment(responseId, path, name, contentType, content);
                },
                attachmentId -> responseId == null ? null : DownloadHandler.fromInputStream(event -> {
                    var file = formService.attachment(responseId, attachmentId);
                    return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(), file.content().length);
                }));
    }

    private List<RendererContext.OrganisationChoice> organisations(String type, Locale locale) {
        OrganisationType wanted = switch (type) {
            case "region" -> OrganisationType.REGION;
            case "lvs" -> OrganisationType.LVS;
            case "patients" -> OrganisationType.PATIENTS;
            case "rkkp" -> OrganisationType.RKKP;
            case "ngc" -> OrganisationType.NGC;
            default -> OrganisationType.OTHER;
        };
        return organisationService.allOrganisations().stream()
                .filter(organisation -> organisation.type() == wanted)
                .map(organisation -> new RendererContext.OrganisationChoice(organisation.code(), organisation.name(locale)))
                .toList();
    }

    /** The response as a PDF; the service checks that the downloading person may read it. */
    public DownloadHandler pdfDownload(long responseId, Locale locale, java.util.Map<dk.ngc.skema.forms.ResponseStatus, String> statusLabels) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] pdf = formService.responsePdf(responseId, locale, statusLabels);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "besvarelse-" + responseId + ".pdf", "application/pdf", pdf.length);
        });
    }
}
