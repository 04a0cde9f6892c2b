-- NGC's coordination notes on a nomination (phase 1: nominators of identical or near-identical
-- nominations are contacted), naming the similar nominations involved. Notes are only ever added,
-- never changed, so they carry their author and time and need no audit table.
CREATE TABLE nomination_coordination (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    nomination_id BIGINT        NOT NULL,
    note          VARCHAR(4000) NOT NULL,
    created_by    VARCHAR(255)  NOT NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_nomination_coordination_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);
CREATE INDEX ix_nomination_coordination_nomination ON nomination_coordination (nomination_id);

CREATE TABLE nomination_coordination_related (
    coordination_id BIGINT NOT NULL,
    nomination_id   BIGINT NOT NULL,
    PRIMARY KEY (coordination_id, nomination_id),
    CONSTRAINT fk_nomination_coordination_related_note FOREIGN KEY (coordination_id) REFERENCES nomination_coordination (id),
    CONSTRAINT fk_nomination_coordination_related_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);
CREATE INDEX ix_nomination_coordination_related_nomination ON nomination_coordination_related (nomination_id);
