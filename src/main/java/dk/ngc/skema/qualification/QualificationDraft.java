package dk.ngc.skema.qualification;

import dk.ngc.skema.base.Messages;
import dk.ngc.skema.consolidation.ANomination;
import dk.ngc.skema.consolidation.GroupInfo;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.consolidation.Workspace;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.Section;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The qualification draft as the document of the hearing: a form of texts only (shown with the engine's read-only
 * renderer), one section per consolidated group (the sections are what the societies anchor their comments to) with
 * its description, the societies asked, NGC's estimate and each nomination with its parties and result.
 */
final class QualificationDraft {

    static final String KEY = "qualification-draft";
    private static final Locale DA = Locale.of("da");
    private static final Locale EN = Locale.of("en");

    private QualificationDraft() {
    }

    static String sectionKey(long groupId) {
        return "group-" + groupId;
    }

    /** The document for the round's groups; {@code societies} names each group's societies asked (by group id), in Danish. */
    static FormDefinition of(Workspace workspace, Map<Long, List<String>> societies) {
        String code = workspace.round().code();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("about", text(locale -> Messages.get(locale, "qualification.draft.aboutHeading")), null,
                List.of(staticText("about-text", locale -> Messages.get(locale, "qualification.draft.about", workspace.round().name(),
                        workspace.groups().size()))), null, false));
        for (GroupInfo group : workspace.groups()) {
            List<Field> fields = new ArrayList<>();
            String prefix = "g" + group.id() + "-";
            if (group.description() != null) {
                fields.add(staticText(prefix + "description", locale -> group.description()));
            }
            fields.add(staticText(prefix + "societies", locale -> Messages.get(locale, "qualification.draft.societies",
                    String.join(", ", societies.getOrDefault(group.id(), List.of())))));
            WgsRange estimate = group.estimate().estimate();
            fields.add(staticText(prefix + "estimate", locale -> Messages.get(locale, "qualification.draft.estimate",
                    estimate.low(), estimate.expected(), estimate.high())
                    + (group.estimate().adjustedReason() == null ? "" : " " + Messages.get(locale, "qualification.draft.adjusted",
                    group.estimate().adjustedReason()))));
            for (ANomination nomination : group.nominations()) {
                fields.add(staticText(prefix + "n" + nomination.nominationId(), locale -> nominationLine(locale, nomination)));
            }
            sections.add(new Section(sectionKey(group.id()), LocalizedText.of(group.name(), group.name()), null, fields, null, false));
        }
        return new FormDefinition(KEY, null, text(locale -> Messages.get(locale, "qualification.draft.title", code)), null, sections);
    }

    static String nominationLine(Locale locale, ANomination nomination) {
        @Nullable WgsRange range = nomination.range();
        return Messages.get(locale, "qualification.draft.nomination", nomination.label(), String.join(", ", nomination.parties()),
                nomination.result(), WgsRange.text(range, locale));
    }

    private static Field staticText(String key, java.util.function.Function<Locale, String> text) {
        return Field.builder(key, FieldType.STATIC_TEXT).text(text.apply(DA), text.apply(EN)).build();
    }

    private static LocalizedText text(java.util.function.Function<Locale, String> text) {
        return LocalizedText.of(text.apply(DA), text.apply(EN));
    }
}
