-- A nomination round: its form, its windows (instants in UTC, shown in Danish time) and the A threshold.
CREATE TABLE nomination_round (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                 VARCHAR(16)   NOT NULL,
    name                 VARCHAR(255)  NOT NULL,
    form_key             VARCHAR(100)  NOT NULL,
    nomination_opens_at  TIMESTAMP(6)  NOT NULL,
    nomination_closes_at TIMESTAMP(6)  NOT NULL,
    assessment_opens_at  TIMESTAMP(6)  NULL,
    assessment_closes_at TIMESTAMP(6)  NULL,
    threshold_percent    DECIMAL(5, 2) NOT NULL DEFAULT 50.00,
    state                VARCHAR(32)   NOT NULL,
    next_sequence        INT           NOT NULL DEFAULT 1,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_nomination_round_code UNIQUE (code)
);

CREATE TABLE nomination_round_aud (
    id                   BIGINT        NOT NULL,
    rev                  BIGINT        NOT NULL,
    revtype              TINYINT,
    code                 VARCHAR(16),
    name                 VARCHAR(255),
    form_key             VARCHAR(100),
    nomination_opens_at  TIMESTAMP(6)  NULL,
    nomination_closes_at TIMESTAMP(6)  NULL,
    assessment_opens_at  TIMESTAMP(6)  NULL,
    assessment_closes_at TIMESTAMP(6)  NULL,
    threshold_percent    DECIMAL(5, 2),
    state                VARCHAR(32),
    next_sequence        INT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_nomination_round_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- A nomination: a response to the round's form, filed on behalf of one or more organisations.
CREATE TABLE nomination (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id        BIGINT       NOT NULL,
    response_id     BIGINT       NOT NULL,
    receipt_number  VARCHAR(32)  NULL,
    state           VARCHAR(16)  NOT NULL,
    title           VARCHAR(500) NULL,
    created_by      VARCHAR(255) NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    submitted_at    TIMESTAMP(6) NULL,
    extended_until  TIMESTAMP(6) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_nomination_response UNIQUE (response_id),
    CONSTRAINT uk_nomination_receipt UNIQUE (receipt_number),
    CONSTRAINT fk_nomination_round FOREIGN KEY (round_id) REFERENCES nomination_round (id)
);
CREATE INDEX ix_nomination_round_state ON nomination (round_id, state);

CREATE TABLE nomination_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         TINYINT,
    round_id        BIGINT,
    response_id     BIGINT,
    receipt_number  VARCHAR(32),
    state           VARCHAR(16),
    title           VARCHAR(500),
    created_by      VARCHAR(255),
    created_at      TIMESTAMP(6) NULL,
    submitted_at    TIMESTAMP(6) NULL,
    extended_until  TIMESTAMP(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_nomination_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- The organisations a nomination is filed on behalf of; one the filer does not belong to must confirm.
CREATE TABLE nomination_party (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    nomination_id     BIGINT       NOT NULL,
    organisation_code VARCHAR(64)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    comment           VARCHAR(2000) NULL,
    decided_by        VARCHAR(255) NULL,
    decided_at        TIMESTAMP(6) NULL,
    CONSTRAINT uk_nomination_party UNIQUE (nomination_id, organisation_code),
    CONSTRAINT fk_nomination_party_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);

CREATE TABLE nomination_party_aud (
    id                BIGINT       NOT NULL,
    rev               BIGINT       NOT NULL,
    revtype           TINYINT,
    nomination_id     BIGINT,
    organisation_code VARCHAR(64),
    status            VARCHAR(16),
    comment           VARCHAR(2000),
    decided_by        VARCHAR(255),
    decided_at        TIMESTAMP(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_nomination_party_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
