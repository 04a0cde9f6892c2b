-- What a message is about, for the feature that asked for it (e.g. "hearing-invitee:12"), so that its
-- delivery can be shown there (a hearing's invitee: sent, delivered, failed).
ALTER TABLE outbox_message ADD COLUMN correlation VARCHAR(100) NULL;
CREATE INDEX ix_outbox_message_correlation ON outbox_message (correlation);
