package dk.ngc.skema.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A selected patient group a network serves: a group is in at most one network. */
@Entity
@Audited
@Table(name = "network_group")
class NetworkGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "network_id", nullable = false)
    Long networkId;

    @Column(name = "group_code", nullable = false, unique = true, length = 32)
    String groupCode;

    @Column(name = "added_by", nullable = false)
    String addedBy;

    @Column(name = "added_at", nullable = false)
    Instant addedAt;

    @Version
    long version;

    protected NetworkGroup() {
    }

    NetworkGroup(Long networkId, String groupCode, String addedBy, Instant addedAt) {
        this.networkId = networkId;
        this.groupCode = groupCode;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }
}
