-- A network's delimitation, version by version: each version is a response to the generic delimitation form,
-- co-edited by the network's members; draft → submitted → in hearing (the working group, through the hearing feature)
-- → approved or returned by the steering group. The approved version with the highest number is in force; its
-- indications enter the directory. Audited (Envers).
CREATE TABLE network_delimitation (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    network_id BIGINT NOT NULL,
    version_number INT NOT NULL,
    response_id BIGINT NOT NULL,
    state VARCHAR(16) NOT NULL,
    hearing_id BIGINT NULL,
    started_by VARCHAR(255) NOT NULL,
    started_at TIMESTAMP(6) NOT NULL,
    submitted_by VARCHAR(255) NULL,
    submitted_at TIMESTAMP(6) NULL,
    decided_by VARCHAR(255) NULL,
    decided_at TIMESTAMP(6) NULL,
    decision_comment VARCHAR(4000) NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_network_delimitation_version UNIQUE (network_id, version_number),
    CONSTRAINT uq_network_delimitation_response UNIQUE (response_id),
    CONSTRAINT fk_network_delimitation_network FOREIGN KEY (network_id) REFERENCES network (id)
);

CREATE TABLE network_delimitation_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    network_id BIGINT NULL,
    version_number INT NULL,
    response_id BIGINT NULL,
    state VARCHAR(16) NULL,
    hearing_id BIGINT NULL,
    started_by VARCHAR(255) NULL,
    started_at TIMESTAMP(6) NULL,
    submitted_by VARCHAR(255) NULL,
    submitted_at TIMESTAMP(6) NULL,
    decided_by VARCHAR(255) NULL,
    decided_at TIMESTAMP(6) NULL,
    decision_comment VARCHAR(4000) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_network_delimitation_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
