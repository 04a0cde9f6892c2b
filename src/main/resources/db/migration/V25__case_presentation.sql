-- The case presentation (sagsfremstilling) per round for the steering group: NGC's notes per consolidated group on
-- principles (3) socio-economic considerations and (4) broad effect, and the presentation as NGC released it to the
-- steering group (a snapshot, so the steering group reads what was released and never NGC's draft). Audited.
CREATE TABLE case_note (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id       BIGINT        NOT NULL,
    group_id       BIGINT        NOT NULL,
    socio_economic TEXT          NULL,
    broad_effect   TEXT          NULL,
    updated_by     VARCHAR(255)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_case_note_group UNIQUE (group_id),
    CONSTRAINT fk_case_note_round FOREIGN KEY (round_id) REFERENCES nomination_round (id),
    CONSTRAINT fk_case_note_group FOREIGN KEY (group_id) REFERENCES consolidation_group (id)
);

CREATE TABLE case_note_aud (
    id             BIGINT        NOT NULL,
    rev            BIGINT        NOT NULL,
    revtype        TINYINT,
    round_id       BIGINT,
    group_id       BIGINT,
    socio_economic TEXT,
    broad_effect   TEXT,
    updated_by     VARCHAR(255),
    updated_at     TIMESTAMP(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_case_note_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE case_presentation (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT        NOT NULL,
    content     LONGTEXT      NOT NULL,
    released_by VARCHAR(255)  NOT NULL,
    released_at TIMESTAMP(6)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_case_presentation_round UNIQUE (round_id),
    CONSTRAINT fk_case_presentation_round FOREIGN KEY (round_id) REFERENCES nomination_round (id)
);

CREATE TABLE case_presentation_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT,
    round_id    BIGINT,
    content     LONGTEXT,
    released_by VARCHAR(255),
    released_at TIMESTAMP(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_case_presentation_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
