-- Phase 3's qualification: NGC sends a round's draft consolidation as a hearing (the hearing feature) to the primary
-- specialty societies named in the groups' nominations, with the kvalificeringsskema as its questions form. One row
-- per round; one row per consolidated group asked about, with the societies asked and what NGC took into the group
-- from their answers (adjusted estimate, added specialties, a note). Audited (Envers).
CREATE TABLE qualification (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT        NOT NULL,
    hearing_id  BIGINT        NULL,
    sent_by     VARCHAR(255)  NOT NULL,
    sent_at     TIMESTAMP(6)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_qualification_round UNIQUE (round_id),
    CONSTRAINT fk_qualification_round FOREIGN KEY (round_id) REFERENCES nomination_round (id),
    CONSTRAINT fk_qualification_hearing FOREIGN KEY (hearing_id) REFERENCES hearing (id)
);

CREATE TABLE qualification_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT,
    round_id    BIGINT,
    hearing_id  BIGINT,
    sent_by     VARCHAR(255),
    sent_at     TIMESTAMP(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_qualification_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE qualification_group (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    qualification_id  BIGINT        NOT NULL,
    round_id          BIGINT        NOT NULL,
    group_id          BIGINT        NOT NULL,
    group_name        VARCHAR(500)  NOT NULL,
    society_codes     VARCHAR(2000) NOT NULL,
    taken_low         BIGINT        NULL,
    taken_expected    BIGINT        NULL,
    taken_high        BIGINT        NULL,
    added_specialties TEXT          NULL,
    note              TEXT          NULL,
    taken_by          VARCHAR(255)  NULL,
    taken_at          TIMESTAMP(6)  NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_qualification_group_group UNIQUE (group_id),
    CONSTRAINT fk_qualification_group_qualification FOREIGN KEY (qualification_id) REFERENCES qualification (id),
    CONSTRAINT fk_qualification_group_group FOREIGN KEY (group_id) REFERENCES consolidation_group (id)
);
CREATE INDEX ix_qualification_group_round ON qualification_group (round_id);

CREATE TABLE qualification_group_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT,
    qualification_id  BIGINT,
    round_id          BIGINT,
    group_id          BIGINT,
    group_name        VARCHAR(500),
    society_codes     VARCHAR(2000),
    taken_low         BIGINT,
    taken_expected    BIGINT,
    taken_high        BIGINT,
    added_specialties TEXT,
    note              TEXT,
    taken_by          VARCHAR(255),
    taken_at          TIMESTAMP(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_qualification_group_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
