CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version_id" uuid NOT NULL,
	"decision_maker" text NOT NULL,
	"office" text NOT NULL,
	"kind" text NOT NULL,
	"decided_on" date NOT NULL,
	"text" text NOT NULL,
	"recommendations" jsonb NOT NULL,
	"recorder_name" text NOT NULL,
	"recorder_role" text NOT NULL,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_version_id_document_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."document_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decisions_version_idx" ON "decisions" USING btree ("version_id","created_at");--> statement-breakpoint
-- Added by hand, as in 0002: a decision is the record of what the decision-maker decided, never
-- rewritten or removed. refuse_update() (0002) raises for UPDATE and DELETE rows and for TRUNCATE alike.
CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions FOR EACH ROW EXECUTE FUNCTION refuse_update();
--> statement-breakpoint
CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions FOR EACH STATEMENT EXECUTE FUNCTION refuse_update();
