package dk.ngc.skema.nomination;

import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.nomination.similarity.SimilarNomination;
import dk.ngc.skema.nomination.similarity.SimilarityIndex;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import dk.ngc.skema.forms.definition.Option;
import dk.ngc.skema.patientgroup.PatientGroupService;

/**
 * Holds the in-memory {@link SimilarityIndex} of all nominations (drafts, submitted and withdrawn alike;
 * callers filter by state). It is filled from the database when the application is ready and follows
 * every saved draft <em>after its transaction commits</em>, so text from a rolled-back save (a refused
 * submission, a concurrent-edit conflict) never reaches the index and the Lucene write never holds a
 * database transaction open. The price is a moment in which a just-committed save is not yet searchable,
 * which does not matter for coordinating nominations.
 * <p>
 * Indexed texts: the patient group's title ({@code patientGroupTitle}), its description
 * ({@code groupDescription}) and, for an expansion, the Danish name of the existing group ({@code existingGroup}
 * holds its code) in the index's "diseases" field (the form has no disease list).
 */
@Component
class NominationSimilarity {

    private static final Logger log = LoggerFactory.getLogger(NominationSimilarity.class);

    static final String TITLE_FIELD = "patientGroupTitle";
    static final String DESCRIPTION_FIELD = "groupDescription";
    static final String EXISTING_GROUP_FIELD = "existingGroup";

    private final SimilarityIndex index = new SimilarityIndex();
    private final EntityManager entityManager;
    private final PatientGroupService patientGroups;

    NominationSimilarity(EntityManager entityManager, PatientGroupService patientGroups) {
        this.entityManager = entityManager;
        this.patientGroups = patientGroups;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void fillAtStart() {
        try {
            long started = System.nanoTime();
            int count = reindexAll();
            log.info("Similarity index filled with {} nominations in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Could not fill the similarity index; similar nominations will be missing until the next save", e);
        }
    }

    /**
     * (Re)indexes every nomination with one query over nominations and their form answers and one
     * refresh of the index. The answers are read straight from the forms feature's table (no entity or
     * repository of it is touched) and parsed with the forms feature's own {@link FormJson}.
     */
    @Transactional(readOnly = true)
    public int reindexAll() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT n.id, n.title, r.answers FROM nomination n LEFT JOIN form_response r ON r.id = n.response_id").getResultList();
        List<SimilarityIndex.Entry> entries = new ArrayList<>(rows.size());
        Map<String, String> groupNames = groupNames();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String title = (String) row[1];
            Answers answers = row[2] == null ? Answers.empty() : FormJson.readAnswers((String) row[2]);
            entries.add(entry(id, title, answers, code -> groupNames.getOrDefault(code, code)));
        }
        index.putAll(entries);
        return entries.size();
    }

    /**
     * A draft of a nomination was saved (also just before it is submitted); follow its texts once committed.
     * Called by {@link NominationService#onSaved}, which has read the nomination already. A plain after-commit step
     * of that listener, not a transactional event listener: Spring Modulith would
     * record a publication row for that (an insert and an update per autosave), which an index rebuilt from the
     * database at every start does not need.
     */
    void follow(long id, @Nullable String title, Answers answers) {
        Runnable follow = () -> {
            // The catalogue is read only when the draft names a group to expand, not on every autosave.
            SimilarityIndex.Entry entry = entry(id, title, answers, code -> groupNames().getOrDefault(code, code));
            index.put(entry.id(), entry.title(), entry.description(), entry.diseases());
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    follow.run();
                }
            });
        } else {
            follow.run();
        }
    }

    List<SimilarNomination> similarTo(long nominationId, int limit) {
        return index.similarTo(nominationId, limit);
    }

    /** For tests and the benchmark, which write nominations straight through the repositories. */
    SimilarityIndex index() {
        return index;
    }

    private static SimilarityIndex.Entry entry(long id, String storedTitle, Answers answers,
                                               java.util.function.UnaryOperator<String> groupName) {
        String title = answers.text(TITLE_FIELD).orElse(storedTitle);
        String existingGroup = answers.text(EXISTING_GROUP_FIELD).map(groupName).orElse("");
        return new SimilarityIndex.Entry(id, title, answers.text(DESCRIPTION_FIELD).orElse(""), existingGroup);
    }

    /** Danish names of the selected patient groups by code; expansions store the code. */
    private Map<String, String> groupNames() {
        return patientGroups.options().stream().collect(Collectors.toMap(Option::value, option -> option.label().da(), (a, b) -> a));
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
