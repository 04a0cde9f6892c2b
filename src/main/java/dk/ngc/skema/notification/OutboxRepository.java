package dk.ngc.skema.notification;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {
    List<OutboxMessage> findTop500ByOrderByIdDesc();
}
