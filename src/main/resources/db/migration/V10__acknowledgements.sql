-- NGC's acknowledgements to the regions and LVS societies of what was received in a round (phase 1):
-- one row per organisation each time NGC sends them, with how many nominations the list held and how
-- many known members it went to. Only ever added, so it carries its author and time and needs no audit.
CREATE TABLE nomination_acknowledgement (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id          BIGINT       NOT NULL,
    organisation_code VARCHAR(64)  NOT NULL,
    nominations       INT          NOT NULL,
    recipients        INT          NOT NULL,
    sent_by           VARCHAR(255) NOT NULL,
    sent_at           TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_nomination_acknowledgement_round FOREIGN KEY (round_id) REFERENCES nomination_round (id)
);
CREATE INDEX ix_nomination_acknowledgement_round ON nomination_acknowledgement (round_id, organisation_code, sent_at);
