-- Phase 4's implementation plan: per round numbered versions (NGC's draft, submitted, approved by the steering group
-- with the meeting date, returned with a comment, or superseded by a later approved version; every version is kept),
-- each with one line per selected group: priority, start quarter, a new specialist network or an existing one, a note.
-- Both audited (Envers): every change is kept with who and when.
CREATE TABLE implementation_plan (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id        BIGINT        NOT NULL,
    version_number  INT           NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    created_by      VARCHAR(255)  NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_by      VARCHAR(255)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    submitted_by    VARCHAR(255)  NULL,
    submitted_at    TIMESTAMP(6)  NULL,
    decided_by      VARCHAR(255)  NULL,
    decided_at      TIMESTAMP(6)  NULL,
    meeting_date    DATE          NULL,
    decision_comment TEXT         NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_implementation_plan_number UNIQUE (round_id, version_number),
    CONSTRAINT fk_implementation_plan_round FOREIGN KEY (round_id) REFERENCES nomination_round (id)
);

CREATE TABLE implementation_plan_aud (
    id              BIGINT        NOT NULL,
    rev             BIGINT        NOT NULL,
    revtype         TINYINT,
    round_id        BIGINT,
    version_number  INT,
    state           VARCHAR(16),
    created_by      VARCHAR(255),
    created_at      TIMESTAMP(6)  NULL,
    updated_by      VARCHAR(255),
    updated_at      TIMESTAMP(6)  NULL,
    submitted_by    VARCHAR(255),
    submitted_at    TIMESTAMP(6)  NULL,
    decided_by      VARCHAR(255),
    decided_at      TIMESTAMP(6)  NULL,
    meeting_date    DATE,
    decision_comment TEXT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_implementation_plan_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE implementation_plan_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id         BIGINT        NOT NULL,
    group_id        BIGINT        NOT NULL,
    group_name      VARCHAR(500)  NOT NULL,
    catalogue_code  VARCHAR(32)   NULL,
    priority        INT           NULL,
    start_quarter   VARCHAR(7)    NULL,
    network_choice  VARCHAR(16)   NOT NULL,
    network_id      BIGINT        NULL,
    network_name    VARCHAR(500)  NULL,
    note            TEXT          NULL,
    CONSTRAINT uq_implementation_plan_item UNIQUE (plan_id, group_id),
    CONSTRAINT fk_implementation_plan_item_plan FOREIGN KEY (plan_id) REFERENCES implementation_plan (id),
    CONSTRAINT fk_implementation_plan_item_group FOREIGN KEY (group_id) REFERENCES consolidation_group (id)
);

CREATE TABLE implementation_plan_item_aud (
    id              BIGINT        NOT NULL,
    rev             BIGINT        NOT NULL,
    revtype         TINYINT,
    plan_id         BIGINT,
    group_id        BIGINT,
    group_name      VARCHAR(500),
    catalogue_code  VARCHAR(32),
    priority        INT,
    start_quarter   VARCHAR(7),
    network_choice  VARCHAR(16),
    network_id      BIGINT,
    network_name    VARCHAR(500),
    note            TEXT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_implementation_plan_item_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
