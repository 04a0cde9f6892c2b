package dk.ngc.skema.qualification;

import dk.ngc.skema.base.NotFound;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.Workspace;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.hearing.DocumentKind;
import dk.ngc.skema.hearing.DocumentSource;
import dk.ngc.skema.hearing.InviteeInfo;
import dk.ngc.skema.hearing.SourcedDocument;
import dk.ngc.skema.organisation.OrganisationService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "The qualification draft" as a document to hear: a round's consolidated groups with their nominations, the societies
 * asked and the estimates, by round id. Each society's questions response starts with a row per group it is asked about.
 */
@Component
class QualificationDraftSource implements DocumentSource {

    static final String NAME = "qualification-draft";

    private final ConsolidationService consolidation;
    private final OrganisationService organisations;
    private final QualificationGroupRepository groups;

    QualificationDraftSource(ConsolidationService consolidation, OrganisationService organisations, QualificationGroupRepository groups) {
        this.consolidation = consolidation;
        this.organisations = organisations;
        this.groups = groups;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The draft of round {@code reference}; the societies asked are those the qualification stores (or the nominations name). */
    @Override
    public SourcedDocument fetch(String reference) {
        long roundId = roundId(reference);
        Workspace workspace = consolidation.workspace(roundId);
        Map<String, String> names = organisations.namesByCode(Locale.of("da"));
        Map<Long, List<String>> stored = groups.findByRoundIdOrderById(roundId).stream()
                .collect(Collectors.toMap(group -> group.groupId, QualificationGroup::societies));
        Map<Long, List<String>> societies = workspace.groups().stream().collect(Collectors.toMap(group -> group.id(),
                group -> stored.getOrDefault(group.id(), QualificationService.namedSocieties(group)).stream()
                        .map(code -> names.getOrDefault(code, code)).toList()));
        FormDefinition definition = QualificationDraft.of(workspace, societies);
        return new SourcedDocument(DocumentKind.FORM, definition.title().da(), definition.title().en(), SourcedDocument.anchorsOf(definition),
                definition, null, null);
    }

    @Override
    public Answers initialQuestionAnswers(String reference, InviteeInfo invitee) {
        long roundId = roundId(reference);
        String code = invitee.organisationCode();
        if (code == null) {
            return Answers.empty();
        }
        return QualificationForm.prefill(groups.findByRoundIdOrderById(roundId).stream()
                .filter(group -> group.societies().contains(code)).map(group -> group.groupId).toList());
    }

    static long roundId(String reference) {
        try {
            return Long.parseLong(reference);
        } catch (NumberFormatException e) {
            throw new NotFound("hearing.error.noDocument", reference);
        }
    }
}
