-- Phase 2 of a round: the working group's assessment. One row per round with its settings and its
-- close and release; NGC starts it by moving the round to IN_ASSESSMENT.
CREATE TABLE assessment (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id           BIGINT       NOT NULL,
    working_group_size INT          NOT NULL DEFAULT 12,
    closed_at          TIMESTAMP(6) NULL,
    closed_by          VARCHAR(255) NULL,
    released_at        TIMESTAMP(6) NULL,
    released_by        VARCHAR(255) NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_assessment_round UNIQUE (round_id),
    CONSTRAINT fk_assessment_round FOREIGN KEY (round_id) REFERENCES nomination_round (id)
);

CREATE TABLE assessment_aud (
    id                 BIGINT       NOT NULL,
    rev                BIGINT       NOT NULL,
    revtype            TINYINT,
    round_id           BIGINT,
    working_group_size INT,
    closed_at          TIMESTAMP(6) NULL,
    closed_by          VARCHAR(255),
    released_at        TIMESTAMP(6) NULL,
    released_by        VARCHAR(255),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assessment_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- A member's declaration of impartiality (habilitet) for one nomination: IMPARTIAL, or CONFLICTED with a reason.
CREATE TABLE assessment_declaration (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id        BIGINT        NOT NULL,
    nomination_id   BIGINT        NOT NULL,
    member_username VARCHAR(255)  NOT NULL,
    declaration     VARCHAR(16)   NOT NULL,
    reason          VARCHAR(2000) NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_assessment_declaration UNIQUE (nomination_id, member_username),
    CONSTRAINT fk_assessment_declaration_round FOREIGN KEY (round_id) REFERENCES nomination_round (id),
    CONSTRAINT fk_assessment_declaration_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);
CREATE INDEX ix_assessment_declaration_round ON assessment_declaration (round_id, member_username);

CREATE TABLE assessment_declaration_aud (
    id              BIGINT        NOT NULL,
    rev             BIGINT        NOT NULL,
    revtype         TINYINT,
    round_id        BIGINT,
    nomination_id   BIGINT,
    member_username VARCHAR(255),
    declaration     VARCHAR(16),
    reason          VARCHAR(2000),
    updated_at      TIMESTAMP(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assessment_declaration_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- A member's rating (A or B) of one nomination with optional comments per guiding principle:
-- (1) professionalism and value for the patient, (2) faster and better access nationally.
CREATE TABLE assessment_rating (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id                BIGINT        NOT NULL,
    nomination_id           BIGINT        NOT NULL,
    member_username         VARCHAR(255)  NOT NULL,
    rating                  VARCHAR(1)    NOT NULL,
    professionalism_comment VARCHAR(4000) NULL,
    national_access_comment VARCHAR(4000) NULL,
    updated_at              TIMESTAMP(6)  NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_assessment_rating UNIQUE (nomination_id, member_username),
    CONSTRAINT fk_assessment_rating_round FOREIGN KEY (round_id) REFERENCES nomination_round (id),
    CONSTRAINT fk_assessment_rating_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);
CREATE INDEX ix_assessment_rating_round ON assessment_rating (round_id, member_username);

CREATE TABLE assessment_rating_aud (
    id                      BIGINT        NOT NULL,
    rev                     BIGINT        NOT NULL,
    revtype                 TINYINT,
    round_id                BIGINT,
    nomination_id           BIGINT,
    member_username         VARCHAR(255),
    rating                  VARCHAR(1),
    professionalism_comment VARCHAR(4000),
    national_access_comment VARCHAR(4000),
    updated_at              TIMESTAMP(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assessment_rating_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
