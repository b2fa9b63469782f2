-- Versions, endorsement requests and endorsements are a record of what was endorsed: never rewritten.
-- The application has no code path that updates them; this makes the database refuse it as well.
CREATE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER document_versions_append_only BEFORE UPDATE ON document_versions FOR EACH ROW EXECUTE FUNCTION refuse_update();
--> statement-breakpoint
CREATE TRIGGER endorsement_requests_append_only BEFORE UPDATE ON endorsement_requests FOR EACH ROW EXECUTE FUNCTION refuse_update();
--> statement-breakpoint
CREATE TRIGGER endorsements_append_only BEFORE UPDATE ON endorsements FOR EACH ROW EXECUTE FUNCTION refuse_update();
