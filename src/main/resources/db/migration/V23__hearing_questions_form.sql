-- A hearing may carry its questions as a form version of the form engine (e.g. the kvalificeringsskema): each
-- invitee fills in one response of it through the engine's renderer, submitted with the answer. The text
-- questions of hearing_question stay for hearings without a form.
ALTER TABLE hearing ADD COLUMN questions_form_key VARCHAR(128) NULL;
ALTER TABLE hearing ADD COLUMN questions_version_id BIGINT NULL;
ALTER TABLE hearing ADD CONSTRAINT fk_hearing_questions_version FOREIGN KEY (questions_version_id) REFERENCES form_version (id);
ALTER TABLE hearing_aud ADD COLUMN questions_form_key VARCHAR(128) NULL;
ALTER TABLE hearing_aud ADD COLUMN questions_version_id BIGINT NULL;

-- The invitee's response to the questions form; a submitted response is frozen, so a change before the deadline
-- starts a new response from it and this points to the newest.
ALTER TABLE hearing_answer ADD COLUMN questions_response_id BIGINT NULL;
ALTER TABLE hearing_answer ADD CONSTRAINT fk_hearing_answer_questions_response FOREIGN KEY (questions_response_id) REFERENCES form_response (id);
CREATE INDEX ix_hearing_answer_questions_response ON hearing_answer (questions_response_id);
ALTER TABLE hearing_answer_aud ADD COLUMN questions_response_id BIGINT NULL;
