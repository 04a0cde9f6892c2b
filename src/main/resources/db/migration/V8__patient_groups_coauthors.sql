-- The patient groups already selected for WGS: round 1's consolidated groups (as their specialist
-- networks were planned in the working group's minutes of 9 February 2021) and the pilot. A nomination
-- that expands a group points at one of these; later phases (consolidation, decision) add more.
CREATE TABLE patient_group (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                VARCHAR(32)   NOT NULL,
    name_da             VARCHAR(300)  NOT NULL,
    name_en             VARCHAR(300)  NOT NULL,
    origin              VARCHAR(16)   NOT NULL,
    selected_round_code VARCHAR(16)   NULL,
    selected_on         DATE          NULL,
    network_start       VARCHAR(32)   NULL,
    active              BOOLEAN       NOT NULL DEFAULT TRUE,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_patient_group_code UNIQUE (code)
);

CREATE TABLE patient_group_aud (
    id                  BIGINT        NOT NULL,
    rev                 BIGINT        NOT NULL,
    revtype             TINYINT,
    code                VARCHAR(32),
    name_da             VARCHAR(300),
    name_en             VARCHAR(300),
    origin              VARCHAR(16),
    selected_round_code VARCHAR(16),
    selected_on         DATE          NULL,
    network_start       VARCHAR(32),
    active              BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_patient_group_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- The minutes call them "12 consolidated groups" but list 13 networks; the sources win, so all 13 are here.
INSERT INTO patient_group (code, name_da, name_en, origin, selected_round_code, selected_on, network_start) VALUES
    ('PILOT', 'Børn og unge under 18 år med sjældne sygdomme (pilot)', 'Children and young people under 18 with rare diseases (pilot)', 'PILOT', NULL, NULL, 'pilot'),
    ('R1-01', 'Børn og unge med kræft (op til 18 år)', 'Children and young people with cancer (up to 18)', 'ROUND', 'R1', '2020-12-11', '2021-Q1'),
    ('R1-02', 'Arvelig hæmatologisk sygdom, inkl. børn og unge med uafklaret cytopeni', 'Hereditary haematological disease, incl. children and young people with unexplained cytopenia', 'ROUND', 'R1', '2020-12-11', '2021-Q1'),
    ('R1-03', 'Endokrinologiske patienter', 'Endocrinological patients', 'ROUND', 'R1', '2020-12-11', '2021-Q1'),
    ('R1-04', 'Kræft hos unge voksne (18-30 år), samt arvelig kræft hos voksne', 'Cancer in young adults (18-30) and hereditary cancer in adults', 'ROUND', 'R1', '2020-12-11', '2021-Q2'),
    ('R1-05', 'Primær immundefekt', 'Primary immunodeficiency', 'ROUND', 'R1', '2020-12-11', '2021-Q2'),
    ('R1-06', 'Arvelige hjertesygdomme', 'Hereditary heart disease', 'ROUND', 'R1', '2020-12-11', '2021-Q2'),
    ('R1-07', 'Psykiatri børn og unge', 'Child and adolescent psychiatry', 'ROUND', 'R1', '2020-12-11', '2021-Q3-Q4'),
    ('R1-08', 'Nyresvigt', 'Kidney failure', 'ROUND', 'R1', '2020-12-11', '2021-Q3-Q4'),
    ('R1-09', 'Sjældne sygdomme hos voksne', 'Rare diseases in adults', 'ROUND', 'R1', '2020-12-11', '2021-Q3-Q4'),
    ('R1-10', 'Neurogenetiske patienter', 'Neurogenetic patients', 'ROUND', 'R1', '2020-12-11', '2021-Q3-Q4'),
    ('R1-11', 'Hæmatologisk cancer', 'Haematological cancer', 'ROUND', 'R1', '2020-12-11', '2021-Q3-Q4'),
    ('R1-12', 'Føtal medicin', 'Fetal medicine', 'ROUND', 'R1', '2020-12-11', '2021-Q3-Q4'),
    ('R1-13', 'Uhelbredelig kræft', 'Incurable cancer', 'ROUND', 'R1', '2020-12-11', '2021-Q3-Q4');

-- Figures of a round run before the platform (round 1 on paper): nominations received, picked for
-- qualification, consolidated groups. Rounds run here compute theirs from their nominations.
ALTER TABLE nomination_round
    ADD COLUMN reported_nominations INT NULL,
    ADD COLUMN reported_qualified   INT NULL,
    ADD COLUMN reported_groups      INT NULL;
ALTER TABLE nomination_round_aud
    ADD COLUMN reported_nominations INT NULL,
    ADD COLUMN reported_qualified   INT NULL,
    ADD COLUMN reported_groups      INT NULL;

-- Co-authors: people invited by e-mail to edit a nomination's draft, also from organisations that are
-- not parties to it. Access follows the e-mail address of the logged-in user.
CREATE TABLE nomination_coauthor (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    nomination_id  BIGINT       NOT NULL,
    email          VARCHAR(255) NOT NULL,
    name           VARCHAR(255) NULL,
    invited_by     VARCHAR(255) NOT NULL,
    invited_at     TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_nomination_coauthor UNIQUE (nomination_id, email),
    CONSTRAINT fk_nomination_coauthor_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);
CREATE INDEX ix_nomination_coauthor_email ON nomination_coauthor (email);

CREATE TABLE nomination_coauthor_aud (
    id             BIGINT       NOT NULL,
    rev            BIGINT       NOT NULL,
    revtype        TINYINT,
    nomination_id  BIGINT,
    email          VARCHAR(255),
    name           VARCHAR(255),
    invited_by     VARCHAR(255),
    invited_at     TIMESTAMP(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_nomination_coauthor_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
