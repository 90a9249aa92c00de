-- A refusal's message, as CloudTrail's errorMessage, and the policy statement that allowed or denied
-- the request (issue 14: the event history records the deciding policy).
ALTER TABLE audit_event ADD COLUMN error_message VARCHAR(1000) NULL;
ALTER TABLE audit_event ADD COLUMN deciding_policy VARCHAR(500) NULL;
