-- Spring Modulith's event publication registry (JPA): one row per event and listener, kept until the listener
-- has finished, so that an event whose listener failed (a mail not written) is published again at the next
-- start. Columns as spring-modulith-events-jdbc 2.0's schema-mariadb.sql (v2), except the types Hibernate
-- validates for the JPA entity on MariaDB (the id is a native UUID) and a long enough serialized event
-- (a coordination carries NGC's note of up to 4000 characters).
CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       TEXT          NOT NULL,
    publication_date       TIMESTAMP(6)  NOT NULL,
    completion_date        TIMESTAMP(6)  NULL,
    status                 VARCHAR(20)   NULL,
    completion_attempts    INT           NOT NULL DEFAULT 0,
    last_resubmission_date TIMESTAMP(6)  NULL
);
CREATE INDEX ix_event_publication_completion_date ON event_publication (completion_date);

-- The outbox is now sent off the request thread, with retries: each message's delivery state, how often it
-- was tried and when it is tried next. Messages from before keep what happened to them; an old failure was
-- never retried, so it counts as given up.
ALTER TABLE outbox_message
    ADD COLUMN state           VARCHAR(16)  NOT NULL DEFAULT 'PENDING',
    ADD COLUMN attempts        INT          NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at TIMESTAMP(6) NULL;
UPDATE outbox_message SET state = 'SENT', attempts = 1 WHERE sent_at IS NOT NULL;
UPDATE outbox_message SET state = 'FAILED', attempts = 1 WHERE sent_at IS NULL AND failure IS NOT NULL;
UPDATE outbox_message SET next_attempt_at = created_at WHERE state = 'PENDING';
CREATE INDEX ix_outbox_message_due ON outbox_message (state, next_attempt_at);
