-- Khareetaty store, schema version 8: a tamper-evident audit log (docs/security.md).
-- Each entry carries the hash of the previous entry of its chain ('engine': the alert engine's
-- decisions; 'analyst': the analysts' actions) and its own hash over that and its content
-- (org.khareetaty.core.alert.audit.AuditChain); `khareetaty alerts audit verify` recomputes them.
-- actor is the operating-system user who acted (or 'engine'); claimed_actor the name given with
-- --actor, kept beside it. Entries written before this version have no chain.
ALTER TABLE alert_audit ADD COLUMN claimed_actor VARCHAR(200);
ALTER TABLE alert_audit ADD COLUMN chain VARCHAR(8);
ALTER TABLE alert_audit ADD COLUMN prev_hash CHAR(64);
ALTER TABLE alert_audit ADD COLUMN entry_hash CHAR(64);
CREATE INDEX alert_audit_chain ON alert_audit(chain, id);
