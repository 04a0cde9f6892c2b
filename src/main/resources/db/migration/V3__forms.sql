-- A form (e.g. the round-2 nomination form); its content lives in versions.
CREATE TABLE form_definition (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    form_key    VARCHAR(100) NOT NULL,
    -- Realm roles that may fill in the form, comma-separated (e.g. "region,lvs").
    respondent_roles VARCHAR(255) NOT NULL DEFAULT '',
    created_at  TIMESTAMP(6) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_form_definition_key UNIQUE (form_key)
);

-- One version of a form: the definition document (JSON), draft -> published -> retired.
-- A published or retired version never changes; responses point at the exact version.
CREATE TABLE form_version (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    definition_id  BIGINT       NOT NULL,
    version_number INT          NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    title_da       VARCHAR(255) NOT NULL,
    title_en       VARCHAR(255) NOT NULL,
    document       LONGTEXT     NOT NULL CHECK (JSON_VALID(document)),
    created_at     TIMESTAMP(6) NOT NULL,
    created_by     VARCHAR(255) NOT NULL,
    published_at   TIMESTAMP(6) NULL,
    published_by   VARCHAR(255) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_form_version_number UNIQUE (definition_id, version_number),
    CONSTRAINT fk_form_version_definition FOREIGN KEY (definition_id) REFERENCES form_definition (id)
);

CREATE TABLE form_version_aud (
    id             BIGINT       NOT NULL,
    rev            BIGINT       NOT NULL,
    revtype        TINYINT,
    definition_id  BIGINT,
    version_number INT,
    status         VARCHAR(16),
    title_da       VARCHAR(255),
    title_en       VARCHAR(255),
    document       LONGTEXT,
    created_at     TIMESTAMP(6) NULL,
    created_by     VARCHAR(255),
    published_at   TIMESTAMP(6) NULL,
    published_by   VARCHAR(255),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_form_version_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- A response to one form version: answers as a JSON document; draft until submitted, then frozen.
CREATE TABLE form_response (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    form_version_id BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    title           VARCHAR(500) NULL,
    owner_username  VARCHAR(255) NOT NULL,
    answers         LONGTEXT     NOT NULL CHECK (JSON_VALID(answers)),
    created_at      TIMESTAMP(6) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    updated_by      VARCHAR(255) NOT NULL,
    submitted_at    TIMESTAMP(6) NULL,
    submitted_by    VARCHAR(255) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_form_response_version FOREIGN KEY (form_version_id) REFERENCES form_version (id)
);
CREATE INDEX ix_form_response_version_status ON form_response (form_version_id, status);
CREATE INDEX ix_form_response_owner ON form_response (owner_username);

CREATE TABLE form_response_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         TINYINT,
    form_version_id BIGINT,
    status          VARCHAR(16),
    title           VARCHAR(500),
    owner_username  VARCHAR(255),
    answers         LONGTEXT,
    created_at      TIMESTAMP(6) NULL,
    updated_at      TIMESTAMP(6) NULL,
    updated_by      VARCHAR(255),
    submitted_at    TIMESTAMP(6) NULL,
    submitted_by    VARCHAR(255),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_form_response_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Files attached to a response: kept in the database with their SHA-256, never served by name.
CREATE TABLE form_attachment (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    response_id  BIGINT        NOT NULL,
    field_path   VARCHAR(255)  NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(255)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    content      LONGBLOB      NOT NULL,
    uploaded_at  TIMESTAMP(6)  NOT NULL,
    uploaded_by  VARCHAR(255)  NOT NULL,
    CONSTRAINT fk_form_attachment_response FOREIGN KEY (response_id) REFERENCES form_response (id)
);
