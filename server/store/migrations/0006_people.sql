CREATE TABLE "activity" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workshop_id" uuid NOT NULL,
	"invite_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"collection" text NOT NULL,
	"item_id" text NOT NULL,
	"fields" text[] NOT NULL,
	"created" boolean DEFAULT false NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"workshop_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" text NOT NULL,
	"actor" jsonb NOT NULL,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"details" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_workshop_id_seq_pk" PRIMARY KEY("workshop_id","seq")
);
--> statement-breakpoint
ALTER TABLE "endorsements" ADD COLUMN "identity" text DEFAULT 'self-declared' NOT NULL;--> statement-breakpoint
ALTER TABLE "endorsements" ADD COLUMN "invite_id" uuid;--> statement-breakpoint
ALTER TABLE "endorsements" ADD COLUMN "audit_head" text;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "kind" text DEFAULT 'role' NOT NULL;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "name" text;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "organisation" text;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "last_used_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workshops" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_coalesce_idx" ON "activity" USING btree ("workshop_id","invite_id","actor_name","item_id","minute");--> statement-breakpoint
CREATE INDEX "activity_item_idx" ON "activity" USING btree ("workshop_id","item_id","id");--> statement-breakpoint
CREATE INDEX "activity_workshop_idx" ON "activity" USING btree ("workshop_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "endorsements_once_per_invite_idx" ON "endorsements" USING btree ("version_id","invite_id") WHERE identity = 'invite';--> statement-breakpoint
CREATE UNIQUE INDEX "invites_id_idx" ON "invites" USING btree ("id");--> statement-breakpoint
-- Added by hand. The audit log, like decisions, is never rewritten nor removed, except all at once
-- with its workshop: a row may only go while its parent (TG_ARGV[0], through column TG_ARGV[1]) is
-- already gone, which is true only inside the cascade of deleting that workshop (or version).
CREATE FUNCTION refuse_delete_while_parent_exists() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_exists boolean;
BEGIN
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', TG_ARGV[0])
    INTO parent_exists
    USING (to_jsonb(OLD) ->> TG_ARGV[1])::uuid;
  IF parent_exists THEN
    RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_update();
--> statement-breakpoint
CREATE TRIGGER audit_log_kept BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_delete_while_parent_exists('workshops', 'workshop_id');
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_update();
--> statement-breakpoint
-- Decisions (0005) refused every DELETE, which would also refuse deleting their workshop.
DROP TRIGGER decisions_append_only ON decisions;
--> statement-breakpoint
CREATE TRIGGER decisions_append_only BEFORE UPDATE ON decisions FOR EACH ROW EXECUTE FUNCTION refuse_update();
--> statement-breakpoint
CREATE TRIGGER decisions_kept BEFORE DELETE ON decisions FOR EACH ROW EXECUTE FUNCTION refuse_delete_while_parent_exists('document_versions', 'version_id');
