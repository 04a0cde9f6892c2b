-- Written hearings (skriftlige høringer): a document sent to invitees for comments by a deadline.

-- The document heard, as it stood when the hearing was made (a snapshot: later revisions of the source do not
-- change what the invitees commented on). Immutable, so not audited.
CREATE TABLE hearing_document (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source       VARCHAR(64)   NOT NULL,
    reference    VARCHAR(255)  NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    title_da     VARCHAR(500)  NOT NULL,
    title_en     VARCHAR(500)  NOT NULL,
    definition   LONGTEXT      NULL,
    answers      LONGTEXT      NULL,
    anchors      LONGTEXT      NOT NULL,
    file_id      BIGINT        NULL,
    created_at   TIMESTAMP(6)  NOT NULL
);

-- An uploaded PDF or DOCX under hearing: type checked by content, size limited, checksum kept.
CREATE TABLE hearing_file (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(128)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    content      LONGBLOB      NOT NULL,
    uploaded_by  VARCHAR(255)  NOT NULL,
    uploaded_at  TIMESTAMP(6)  NOT NULL
);

CREATE TABLE hearing (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title                 VARCHAR(500)  NOT NULL,
    letter_da             TEXT          NOT NULL,
    letter_en             TEXT          NULL,
    document_id           BIGINT        NOT NULL,
    revised_document_id   BIGINT        NULL,
    deadline_at           TIMESTAMP(6)  NULL,
    state                 VARCHAR(16)   NOT NULL,
    answers_visible_after BOOLEAN       NOT NULL DEFAULT TRUE,
    sent_at               TIMESTAMP(6)  NULL,
    closed_at             TIMESTAMP(6)  NULL,
    created_by            VARCHAR(255)  NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_hearing_document FOREIGN KEY (document_id) REFERENCES hearing_document (id),
    CONSTRAINT fk_hearing_revised FOREIGN KEY (revised_document_id) REFERENCES hearing_document (id)
);
CREATE INDEX ix_hearing_state ON hearing (state);

CREATE TABLE hearing_aud (
    id                    BIGINT        NOT NULL,
    rev                   BIGINT        NOT NULL,
    revtype               TINYINT,
    title                 VARCHAR(500),
    letter_da             TEXT,
    letter_en             TEXT,
    document_id           BIGINT,
    revised_document_id   BIGINT,
    deadline_at           TIMESTAMP(6)  NULL,
    state                 VARCHAR(16),
    answers_visible_after BOOLEAN,
    sent_at               TIMESTAMP(6)  NULL,
    closed_at             TIMESTAMP(6)  NULL,
    created_by            VARCHAR(255),
    created_at            TIMESTAMP(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_hearing_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Optional questions the invitees answer beside their comments.
CREATE TABLE hearing_question (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hearing_id BIGINT        NOT NULL,
    position   INT           NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_hearing_question_hearing FOREIGN KEY (hearing_id) REFERENCES hearing (id)
);

CREATE TABLE hearing_question_aud (
    id         BIGINT        NOT NULL,
    rev        BIGINT        NOT NULL,
    revtype    TINYINT,
    hearing_id BIGINT,
    position   INT,
    text       VARCHAR(2000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_hearing_question_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Whom NGC chose before sending: a body (resolved at sending), an organisation or a person.
CREATE TABLE hearing_recipient (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hearing_id BIGINT        NOT NULL,
    kind       VARCHAR(16)   NOT NULL,
    value      VARCHAR(255)  NOT NULL,
    CONSTRAINT fk_hearing_recipient_hearing FOREIGN KEY (hearing_id) REFERENCES hearing (id)
);

CREATE TABLE hearing_recipient_aud (
    id         BIGINT        NOT NULL,
    rev        BIGINT        NOT NULL,
    revtype    TINYINT,
    hearing_id BIGINT,
    kind       VARCHAR(16),
    value      VARCHAR(255),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_hearing_recipient_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Who was consulted, as resolved at sending: an organisation (answers as one) or a person (answers personally).
CREATE TABLE hearing_invitee (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hearing_id        BIGINT        NOT NULL,
    organisation_code VARCHAR(64)   NULL,
    username          VARCHAR(255)  NULL,
    name              VARCHAR(255)  NOT NULL,
    answer_mode       VARCHAR(16)   NOT NULL,
    extended_until    TIMESTAMP(6)  NULL,
    delivery          VARCHAR(16)   NOT NULL,
    answer_state      VARCHAR(16)   NOT NULL,
    reminded_at       TIMESTAMP(6)  NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_hearing_invitee_hearing FOREIGN KEY (hearing_id) REFERENCES hearing (id)
);
CREATE INDEX ix_hearing_invitee_hearing ON hearing_invitee (hearing_id);
CREATE INDEX ix_hearing_invitee_username ON hearing_invitee (username);
CREATE INDEX ix_hearing_invitee_organisation ON hearing_invitee (organisation_code);

CREATE TABLE hearing_invitee_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT,
    hearing_id        BIGINT,
    organisation_code VARCHAR(64),
    username          VARCHAR(255),
    name              VARCHAR(255),
    answer_mode       VARCHAR(16),
    extended_until    TIMESTAMP(6)  NULL,
    answer_state      VARCHAR(16),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_hearing_invitee_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- An invitee's answer: comments, or "no comments"; drafted, then submitted (late when after the deadline).
CREATE TABLE hearing_answer (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invitee_id   BIGINT        NOT NULL,
    no_comments  BOOLEAN       NOT NULL DEFAULT FALSE,
    late         BOOLEAN       NOT NULL DEFAULT FALSE,
    late_counts  BOOLEAN       NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    updated_by   VARCHAR(255)  NOT NULL,
    submitted_at TIMESTAMP(6)  NULL,
    submitted_by VARCHAR(255)  NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_hearing_answer_invitee UNIQUE (invitee_id),
    CONSTRAINT fk_hearing_answer_invitee FOREIGN KEY (invitee_id) REFERENCES hearing_invitee (id)
);

CREATE TABLE hearing_answer_aud (
    id           BIGINT        NOT NULL,
    rev          BIGINT        NOT NULL,
    revtype      TINYINT,
    invitee_id   BIGINT,
    no_comments  BOOLEAN,
    late         BOOLEAN,
    late_counts  BOOLEAN,
    updated_at   TIMESTAMP(6)  NULL,
    updated_by   VARCHAR(255),
    submitted_at TIMESTAMP(6)  NULL,
    submitted_by VARCHAR(255),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_hearing_answer_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- One comment of an answer: general, anchored to a section/field of a form document, to a page/paragraph of a
-- file, or answering a question; with NGC's response and whether it was accommodated.
CREATE TABLE hearing_comment (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    answer_id        BIGINT        NOT NULL,
    position         INT           NOT NULL,
    anchor_kind      VARCHAR(16)   NOT NULL,
    anchor           VARCHAR(255)  NULL,
    text             TEXT          NOT NULL,
    response         TEXT          NULL,
    accommodation    VARCHAR(24)   NULL,
    change_reference VARCHAR(255)  NULL,
    responded_by     VARCHAR(255)  NULL,
    responded_at     TIMESTAMP(6)  NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_hearing_comment_answer FOREIGN KEY (answer_id) REFERENCES hearing_answer (id)
);
CREATE INDEX ix_hearing_comment_answer ON hearing_comment (answer_id);

CREATE TABLE hearing_comment_aud (
    id               BIGINT        NOT NULL,
    rev              BIGINT        NOT NULL,
    revtype          TINYINT,
    answer_id        BIGINT,
    position         INT,
    anchor_kind      VARCHAR(16),
    anchor           VARCHAR(255),
    text             TEXT,
    response         TEXT,
    accommodation    VARCHAR(24),
    change_reference VARCHAR(255),
    responded_by     VARCHAR(255),
    responded_at     TIMESTAMP(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_hearing_comment_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
