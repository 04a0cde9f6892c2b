-- Specialist networks (phase 5): a network for one or more selected patient groups, its seats by the rule of the
-- minutes (NGC chairs; one per region; three LVS; RKKP; Danske Patienter; extra seats with a reason) and the
-- appointments to them, kept with dates (appointed, resigned, replaced). The approved-indications directory: a stable
-- code per approved indication (NGC-<group>.<indication>), its versions, and signed-off releases (a snapshot each).
-- Audited (Envers) except the releases, which are written once with who signed them off and when.

CREATE TABLE network (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name_da VARCHAR(300) NOT NULL,
    name_en VARCHAR(300) NOT NULL,
    description TEXT NULL,
    specialties VARCHAR(2000) NOT NULL,
    created_by VARCHAR(255) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE network_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    name_da VARCHAR(300) NULL,
    name_en VARCHAR(300) NULL,
    description TEXT NULL,
    specialties VARCHAR(2000) NULL,
    created_by VARCHAR(255) NULL,
    created_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_network_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE network_group (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    network_id BIGINT NOT NULL,
    group_code VARCHAR(32) NOT NULL,
    added_by VARCHAR(255) NOT NULL,
    added_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_network_group_code UNIQUE (group_code),
    CONSTRAINT fk_network_group_network FOREIGN KEY (network_id) REFERENCES network (id)
);

CREATE TABLE network_group_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    network_id BIGINT NULL,
    group_code VARCHAR(32) NULL,
    added_by VARCHAR(255) NULL,
    added_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_network_group_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE network_seat (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    network_id BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    organisation_code VARCHAR(64) NULL,
    seat_position INT NOT NULL,
    reason VARCHAR(2000) NULL,
    vice_chair BOOLEAN NOT NULL DEFAULT FALSE,
    added_by VARCHAR(255) NOT NULL,
    added_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_network_seat_network FOREIGN KEY (network_id) REFERENCES network (id)
);

CREATE TABLE network_seat_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    network_id BIGINT NULL,
    kind VARCHAR(16) NULL,
    organisation_code VARCHAR(64) NULL,
    seat_position INT NULL,
    reason VARCHAR(2000) NULL,
    vice_chair BOOLEAN NULL,
    added_by VARCHAR(255) NULL,
    added_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_network_seat_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE network_appointment (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seat_id BIGINT NOT NULL,
    network_id BIGINT NOT NULL,
    person_name VARCHAR(255) NOT NULL,
    email VARCHAR(320) NULL,
    username VARCHAR(255) NULL,
    organisation_code VARCHAR(64) NOT NULL,
    invited BOOLEAN NOT NULL DEFAULT FALSE,
    starts_on DATE NOT NULL,
    appointed_by VARCHAR(255) NOT NULL,
    appointed_at TIMESTAMP(6) NOT NULL,
    ended_on DATE NULL,
    end_kind VARCHAR(16) NULL,
    end_reason VARCHAR(2000) NULL,
    ended_by VARCHAR(255) NULL,
    ended_at TIMESTAMP(6) NULL,
    replaced_by_id BIGINT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_network_appointment_seat FOREIGN KEY (seat_id) REFERENCES network_seat (id)
);

CREATE TABLE network_appointment_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    seat_id BIGINT NULL,
    network_id BIGINT NULL,
    person_name VARCHAR(255) NULL,
    email VARCHAR(320) NULL,
    username VARCHAR(255) NULL,
    organisation_code VARCHAR(64) NULL,
    invited BOOLEAN NULL,
    starts_on DATE NULL,
    appointed_by VARCHAR(255) NULL,
    appointed_at TIMESTAMP(6) NULL,
    ended_on DATE NULL,
    end_kind VARCHAR(16) NULL,
    end_reason VARCHAR(2000) NULL,
    ended_by VARCHAR(255) NULL,
    ended_at TIMESTAMP(6) NULL,
    replaced_by_id BIGINT NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_network_appointment_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE directory_group (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_code VARCHAR(32) NOT NULL,
    number INT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_directory_group_code UNIQUE (group_code),
    CONSTRAINT uq_directory_group_number UNIQUE (number)
);

CREATE TABLE directory_group_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    group_code VARCHAR(32) NULL,
    number INT NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_directory_group_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE directory_indication (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(16) NOT NULL,
    group_code VARCHAR(32) NOT NULL,
    indication_number INT NOT NULL,
    network_id BIGINT NULL,
    name_da VARCHAR(500) NOT NULL,
    name_en VARCHAR(500) NULL,
    description TEXT NULL,
    criteria_json LONGTEXT NOT NULL,
    requisition_json TEXT NOT NULL,
    wgs_low BIGINT NOT NULL,
    wgs_expected BIGINT NOT NULL,
    wgs_high BIGINT NOT NULL,
    indication_version INT NOT NULL,
    approved_on DATE NOT NULL,
    approved_by VARCHAR(255) NOT NULL,
    withdrawn BOOLEAN NOT NULL DEFAULT FALSE,
    change_note VARCHAR(2000) NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_directory_indication_code UNIQUE (code)
);

CREATE TABLE directory_indication_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    code VARCHAR(16) NULL,
    group_code VARCHAR(32) NULL,
    indication_number INT NULL,
    network_id BIGINT NULL,
    name_da VARCHAR(500) NULL,
    name_en VARCHAR(500) NULL,
    description TEXT NULL,
    criteria_json LONGTEXT NULL,
    requisition_json TEXT NULL,
    wgs_low BIGINT NULL,
    wgs_expected BIGINT NULL,
    wgs_high BIGINT NULL,
    indication_version INT NULL,
    approved_on DATE NULL,
    approved_by VARCHAR(255) NULL,
    withdrawn BOOLEAN NULL,
    change_note VARCHAR(2000) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_directory_indication_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE directory_release (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    note TEXT NULL,
    signed_off_by VARCHAR(255) NOT NULL,
    signed_off_at TIMESTAMP(6) NOT NULL,
    content_json LONGTEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_directory_release_number UNIQUE (number)
);

CREATE INDEX ix_network_seat_network ON network_seat (network_id);

CREATE INDEX ix_network_appointment_network ON network_appointment (network_id);

CREATE INDEX ix_directory_indication_group ON directory_indication (group_code);
