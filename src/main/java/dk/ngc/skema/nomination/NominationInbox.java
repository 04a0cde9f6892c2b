package dk.ngc.skema.nomination;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The paged, filtered query behind NGC's inbox: one query for a page of nominations (newest first) and
 * one count, both filtered in the database, so the inbox stays fast with thousands of nominations.
 */
@Component
class NominationInbox {

    private final EntityManager entityManager;

    NominationInbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Nomination> page(InboxFilter filter, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Nomination> query = cb.createQuery(Nomination.class);
        Root<Nomination> nomination = query.from(Nomination.class);
        query.select(nomination).where(predicates(cb, query, nomination, filter)).orderBy(cb.desc(nomination.get("id")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long count(InboxFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Nomination> nomination = query.from(Nomination.class);
        query.select(cb.count(nomination)).where(predicates(cb, query, nomination, filter));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Nomination> nomination, InboxFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.state() != null) {
            predicates.add(cb.equal(nomination.get("state"), filter.state()));
        }
        if (filter.roundId() != null) {
            predicates.add(cb.equal(nomination.get("roundId"), filter.roundId()));
        }
        if (filter.organisationCode() != null && !filter.organisationCode().isBlank()) {
            Subquery<Long> party = query.subquery(Long.class);
            Root<NominationParty> parties = party.from(NominationParty.class);
            party.select(parties.get("nominationId")).where(
                    cb.equal(parties.get("nominationId"), nomination.get("id")),
                    cb.equal(parties.get("organisationCode"), filter.organisationCode()),
                    cb.notEqual(parties.get("status"), PartyStatus.DECLINED));
            predicates.add(cb.exists(party));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
            predicates.add(cb.like(cb.lower(nomination.get("title")), pattern, '\\'));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
