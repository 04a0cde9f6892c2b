package dk.ngc.skema.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

@Entity
@Audited
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationType type;

    @Column(name = "name_da", nullable = false)
    private String nameDa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String code, OrganisationType type, String nameDa, String nameEn) {
        this.code = code;
        this.type = type;
        this.nameDa = nameDa;
        this.nameEn = nameEn;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    OrganisationType getType() {
        return type;
    }

    String getNameDa() {
        return nameDa;
    }

    String getNameEn() {
        return nameEn;
    }

    OrganisationSummary toSummary() {
        return new OrganisationSummary(code, type, nameDa, nameEn);
    }
}
