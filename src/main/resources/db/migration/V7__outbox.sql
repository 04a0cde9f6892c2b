-- Every message Skema sends: kept so NGC can see what went out (and, in the default run without
-- an SMTP server, read it here instead of in a mailbox).
CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_email VARCHAR(320)  NOT NULL,
    recipient_name  VARCHAR(255)  NULL,
    subject         VARCHAR(500)  NOT NULL,
    body            TEXT          NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    sent_at         TIMESTAMP(6)  NULL,
    failure         VARCHAR(1000) NULL
);
CREATE INDEX ix_outbox_message_created ON outbox_message (created_at);
