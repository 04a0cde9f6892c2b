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

/** A signed-off release of the directory: every indication in force then, as a snapshot. Written once. */
@Entity
@Table(name = "directory_release")
class DirectoryRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true)
    int number;

    @Column(nullable = false, length = 300)
    String title;

    @Column(columnDefinition = "TEXT")
    @Nullable String note;

    @Column(name = "signed_off_by", nullable = false)
    String signedOffBy;

    @Column(name = "signed_off_at", nullable = false)
    Instant signedOffAt;

    @Column(name = "content_json", nullable = false, columnDefinition = "LONGTEXT")
    String contentJson;

    @Version
    long version;

    protected DirectoryRelease() {
    }

    DirectoryRelease(int number, String title, @Nullable String note, String signedOffBy, Instant signedOffAt, String contentJson) {
        this.number = number;
        this.title = title;
        this.note = note;
        this.signedOffBy = signedOffBy;
        this.signedOffAt = signedOffAt;
        this.contentJson = contentJson;
    }
}
