package dk.ngc.skema.notification;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {
    List<OutboxMessage> findTop500ByOrderByIdDesc();

    List<OutboxMessage> findByCorrelation(String correlation);

    /** Messages waiting for an attempt that is due, oldest first. */
    List<OutboxMessage> findByStateInAndNextAttemptAtLessThanEqualOrderByIdAsc(Collection<DeliveryState> states, Instant now, Limit limit);
}
