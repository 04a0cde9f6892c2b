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

/** The number a patient group has in the directory's codes (NGC-<number>.<indication>): given once, never reused. */
@Entity
@Audited
@Table(name = "directory_group")
class DirectoryGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "group_code", nullable = false, unique = true, length = 32)
    String groupCode;

    @Column(nullable = false, unique = true)
    int number;

    @Version
    long version;

    protected DirectoryGroup() {
    }

    DirectoryGroup(String groupCode, int number) {
        this.groupCode = groupCode;
        this.number = number;
    }
}
