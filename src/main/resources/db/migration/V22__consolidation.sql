-- Phase 3's first step: NGC consolidates a round's A nominations into patient groups (konsoliderede
-- patientgrupper), each with an estimate of WGS per year that NGC may adjust with a written reason, and the
-- groups' priority order and start year for the WGS budget ledger. Audited (Envers), and every change is also
-- written to consolidation_history in words for the page's history.
CREATE TABLE consolidation_group (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id          BIGINT        NOT NULL,
    name              VARCHAR(500)  NOT NULL,
    description       TEXT          NULL,
    adjusted_low      BIGINT        NULL,
    adjusted_expected BIGINT        NULL,
    adjusted_high     BIGINT        NULL,
    adjustment_reason VARCHAR(2000) NULL,
    priority_rank     INT           NULL,
    start_year        INT           NULL,
    consumed          BIGINT        NULL,
    created_by        VARCHAR(255)  NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_consolidation_group_round FOREIGN KEY (round_id) REFERENCES nomination_round (id)
);
CREATE INDEX ix_consolidation_group_round ON consolidation_group (round_id);

CREATE TABLE consolidation_group_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT,
    round_id          BIGINT,
    name              VARCHAR(500),
    description       TEXT,
    adjusted_low      BIGINT,
    adjusted_expected BIGINT,
    adjusted_high     BIGINT,
    adjustment_reason VARCHAR(2000),
    priority_rank     INT,
    start_year        INT,
    consumed          BIGINT,
    created_by        VARCHAR(255),
    created_at        TIMESTAMP(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_consolidation_group_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Where one A nomination ended: in a consolidated group, or as the expansion of a selected group of the
-- catalogue (by its code). At most one row per nomination, so a nomination is never in two places or counted
-- twice. Its WGS range is copied from its submitted (frozen) answers when it is placed.
CREATE TABLE consolidation_placement (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id       BIGINT        NOT NULL,
    nomination_id  BIGINT        NOT NULL,
    group_id       BIGINT        NULL,
    expansion_code VARCHAR(64)   NULL,
    wgs_low        BIGINT        NULL,
    wgs_expected   BIGINT        NULL,
    wgs_high       BIGINT        NULL,
    placed_by      VARCHAR(255)  NOT NULL,
    placed_at      TIMESTAMP(6)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_consolidation_placement_nomination UNIQUE (nomination_id),
    CONSTRAINT ck_consolidation_placement_one_place CHECK ((group_id IS NULL) <> (expansion_code IS NULL)),
    CONSTRAINT fk_consolidation_placement_round FOREIGN KEY (round_id) REFERENCES nomination_round (id),
    CONSTRAINT fk_consolidation_placement_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id),
    CONSTRAINT fk_consolidation_placement_group FOREIGN KEY (group_id) REFERENCES consolidation_group (id)
);
CREATE INDEX ix_consolidation_placement_round ON consolidation_placement (round_id);

CREATE TABLE consolidation_placement_aud (
    id             BIGINT        NOT NULL,
    rev            BIGINT        NOT NULL,
    revtype        TINYINT,
    round_id       BIGINT,
    nomination_id  BIGINT,
    group_id       BIGINT,
    expansion_code VARCHAR(64),
    wgs_low        BIGINT,
    wgs_expected   BIGINT,
    wgs_high       BIGINT,
    placed_by      VARCHAR(255),
    placed_at      TIMESTAMP(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_consolidation_placement_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- The history as the page shows it: who did what, when, in words kept with the row (append only).
CREATE TABLE consolidation_history (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id      BIGINT        NOT NULL,
    group_id      BIGINT        NULL,
    nomination_id BIGINT        NULL,
    action        VARCHAR(32)   NOT NULL,
    detail        VARCHAR(2000) NULL,
    actor         VARCHAR(255)  NOT NULL,
    at            TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_consolidation_history_round FOREIGN KEY (round_id) REFERENCES nomination_round (id)
);
CREATE INDEX ix_consolidation_history_round ON consolidation_history (round_id, at);
