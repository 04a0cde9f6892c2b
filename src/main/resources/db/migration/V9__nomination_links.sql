-- NGC links related nominations and merges one nomination into another (phase 1: at most one
-- nomination per patient group). A merged nomination keeps its answers and history and points at the
-- nomination it was merged into; its organisations become parties of that nomination.
ALTER TABLE nomination
    ADD COLUMN merged_into_id BIGINT       NULL,
    ADD COLUMN merged_at      TIMESTAMP(6) NULL,
    ADD COLUMN merged_by      VARCHAR(255) NULL,
    ADD CONSTRAINT fk_nomination_merged_into FOREIGN KEY (merged_into_id) REFERENCES nomination (id);
CREATE INDEX ix_nomination_merged_into ON nomination (merged_into_id);

ALTER TABLE nomination_aud
    ADD COLUMN merged_into_id BIGINT       NULL,
    ADD COLUMN merged_at      TIMESTAMP(6) NULL,
    ADD COLUMN merged_by      VARCHAR(255) NULL;

-- Two related nominations of the same round; both stay separate in the assessment. One row per pair,
-- the lower id first. NGC may remove a link, so links are audited.
CREATE TABLE nomination_link (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    nomination_id       BIGINT       NOT NULL,
    other_nomination_id BIGINT       NOT NULL,
    created_by          VARCHAR(255) NOT NULL,
    created_at          TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_nomination_link UNIQUE (nomination_id, other_nomination_id),
    CONSTRAINT ck_nomination_link_order CHECK (nomination_id < other_nomination_id),
    CONSTRAINT fk_nomination_link_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id),
    CONSTRAINT fk_nomination_link_other FOREIGN KEY (other_nomination_id) REFERENCES nomination (id)
);
CREATE INDEX ix_nomination_link_other ON nomination_link (other_nomination_id);

CREATE TABLE nomination_link_aud (
    id                  BIGINT       NOT NULL,
    rev                 BIGINT       NOT NULL,
    revtype             TINYINT,
    nomination_id       BIGINT,
    other_nomination_id BIGINT,
    created_by          VARCHAR(255),
    created_at          TIMESTAMP(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_nomination_link_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- NGC's coordination history now also records links and merges (with an optional note), and who was
-- told by message. Entries are still only ever added, so they need no audit table.
ALTER TABLE nomination_coordination
    ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'COORDINATION',
    MODIFY note VARCHAR(4000) NULL;

CREATE TABLE nomination_coordination_recipient (
    coordination_id BIGINT       NOT NULL,
    recipient_order INT          NOT NULL,
    username        VARCHAR(255) NOT NULL,
    name            VARCHAR(255) NULL,
    email           VARCHAR(255) NOT NULL,
    PRIMARY KEY (coordination_id, recipient_order),
    CONSTRAINT fk_nomination_coordination_recipient_note FOREIGN KEY (coordination_id) REFERENCES nomination_coordination (id)
);
