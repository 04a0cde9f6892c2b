-- A conflict of interest a working-group member declared on a nomination stands until NGC lifts it: the
-- member cannot simply switch back to impartial and rate. One row per declared conflict; a row without
-- lifted_at is standing. NGC's lift records who, when and why; after it the member may declare again,
-- which adds a new row. Audited like the other assessment tables, as the lift changes a row.
CREATE TABLE assessment_conflict (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id        BIGINT        NOT NULL,
    nomination_id   BIGINT        NOT NULL,
    member_username VARCHAR(255)  NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    declared_at     TIMESTAMP(6)  NOT NULL,
    lifted_at       TIMESTAMP(6)  NULL,
    lifted_by       VARCHAR(255)  NULL,
    lift_reason     VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_assessment_conflict_round FOREIGN KEY (round_id) REFERENCES nomination_round (id),
    CONSTRAINT fk_assessment_conflict_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);
CREATE INDEX ix_assessment_conflict_nomination ON assessment_conflict (nomination_id, member_username);
CREATE INDEX ix_assessment_conflict_round ON assessment_conflict (round_id);

CREATE TABLE assessment_conflict_aud (
    id              BIGINT        NOT NULL,
    rev             BIGINT        NOT NULL,
    revtype         TINYINT,
    round_id        BIGINT,
    nomination_id   BIGINT,
    member_username VARCHAR(255),
    reason          VARCHAR(2000),
    declared_at     TIMESTAMP(6)  NULL,
    lifted_at       TIMESTAMP(6)  NULL,
    lifted_by       VARCHAR(255),
    lift_reason     VARCHAR(1000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assessment_conflict_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Conflicts declared before this rule stand as well, from when they were last declared.
INSERT INTO assessment_conflict (round_id, nomination_id, member_username, reason, declared_at)
SELECT round_id, nomination_id, member_username, COALESCE(reason, '-'), updated_at
FROM assessment_declaration
WHERE declaration = 'CONFLICTED';
