-- Phase 4's decision: the steering-group members' positions per consolidated group of a released case presentation
-- (one per member and group, changed until the group is decided), and the decision per group recorded by NGC with the
-- meeting date (selected or not, priority rank, reasons on principles 3 and 4, the catalogue code a selected group
-- got). Both audited (Envers): every change is kept with who and when.
CREATE TABLE decision_position (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT        NOT NULL,
    group_id    BIGINT        NOT NULL,
    username    VARCHAR(255)  NOT NULL,
    full_name   VARCHAR(255)  NOT NULL,
    stance      VARCHAR(16)   NOT NULL,
    comment     TEXT          NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_decision_position UNIQUE (group_id, username),
    CONSTRAINT fk_decision_position_round FOREIGN KEY (round_id) REFERENCES nomination_round (id),
    CONSTRAINT fk_decision_position_group FOREIGN KEY (group_id) REFERENCES consolidation_group (id)
);
CREATE INDEX ix_decision_position_round ON decision_position (round_id);

CREATE TABLE decision_position_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT,
    round_id    BIGINT,
    group_id    BIGINT,
    username    VARCHAR(255),
    full_name   VARCHAR(255),
    stance      VARCHAR(16),
    comment     TEXT,
    updated_at  TIMESTAMP(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_decision_position_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE group_decision (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id        BIGINT        NOT NULL,
    group_id        BIGINT        NOT NULL,
    group_name      VARCHAR(500)  NOT NULL,
    selected        BOOLEAN       NOT NULL,
    priority_rank   INT           NULL,
    meeting_date    DATE          NOT NULL,
    socio_economic  TEXT          NULL,
    broad_effect    TEXT          NULL,
    catalogue_code  VARCHAR(32)   NULL,
    decided_by      VARCHAR(255)  NOT NULL,
    decided_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_group_decision_group UNIQUE (group_id),
    CONSTRAINT fk_group_decision_round FOREIGN KEY (round_id) REFERENCES nomination_round (id),
    CONSTRAINT fk_group_decision_group FOREIGN KEY (group_id) REFERENCES consolidation_group (id)
);
CREATE INDEX ix_group_decision_round ON group_decision (round_id);

CREATE TABLE group_decision_aud (
    id              BIGINT        NOT NULL,
    rev             BIGINT        NOT NULL,
    revtype         TINYINT,
    round_id        BIGINT,
    group_id        BIGINT,
    group_name      VARCHAR(500),
    selected        BOOLEAN,
    priority_rank   INT,
    meeting_date    DATE,
    socio_economic  TEXT,
    broad_effect    TEXT,
    catalogue_code  VARCHAR(32),
    decided_by      VARCHAR(255),
    decided_at      TIMESTAMP(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_group_decision_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
