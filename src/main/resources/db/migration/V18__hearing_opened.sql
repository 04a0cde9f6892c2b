-- When an invitee (a person, or any user of an organisation) first opened the hearing: NGC's "not opened / opened".
ALTER TABLE hearing_invitee ADD COLUMN opened_at TIMESTAMP(6) NULL;
