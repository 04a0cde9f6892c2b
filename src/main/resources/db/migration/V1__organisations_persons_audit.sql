-- Who did what and when: one row per Envers revision.
CREATE TABLE audit_revision (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revision_timestamp BIGINT       NOT NULL,
    username           VARCHAR(255) NOT NULL
);

-- Regions, LVS societies, Danske Patienter, RKKP and NGC; the code is the Keycloak group name.
CREATE TABLE organisation (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(64)  NOT NULL,
    type     VARCHAR(32)  NOT NULL,
    name_da  VARCHAR(255) NOT NULL,
    name_en  VARCHAR(255) NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_organisation_code UNIQUE (code)
);

CREATE TABLE organisation_aud (
    id       BIGINT       NOT NULL,
    rev      BIGINT       NOT NULL,
    revtype  TINYINT,
    code     VARCHAR(64),
    type     VARCHAR(32),
    name_da  VARCHAR(255),
    name_en  VARCHAR(255),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_organisation_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- A person as last seen in a login token (Keycloak or the development login).
CREATE TABLE person (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(255) NOT NULL,
    subject       VARCHAR(255),
    full_name     VARCHAR(255) NOT NULL,
    email         VARCHAR(320),
    last_login_at TIMESTAMP(6) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_person_username UNIQUE (username)
);

CREATE TABLE person_aud (
    id            BIGINT       NOT NULL,
    rev           BIGINT       NOT NULL,
    revtype       TINYINT,
    username      VARCHAR(255),
    subject       VARCHAR(255),
    full_name     VARCHAR(255),
    email         VARCHAR(320),
    last_login_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_person_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(64) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE person_role_aud (
    rev       BIGINT      NOT NULL,
    revtype   TINYINT,
    person_id BIGINT      NOT NULL,
    role      VARCHAR(64) NOT NULL,
    PRIMARY KEY (rev, person_id, role),
    CONSTRAINT fk_person_role_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE person_organisation (
    person_id       BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (person_id, organisation_id),
    CONSTRAINT fk_person_organisation_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_person_organisation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE person_organisation_aud (
    rev             BIGINT NOT NULL,
    revtype         TINYINT,
    person_id       BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (rev, person_id, organisation_id),
    CONSTRAINT fk_person_organisation_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
