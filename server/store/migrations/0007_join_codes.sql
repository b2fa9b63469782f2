CREATE TABLE "join_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workshop_id" uuid NOT NULL,
	"code" text NOT NULL,
	"role" text NOT NULL,
	"invite_id" uuid NOT NULL,
	"invite_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "join_codes" ADD CONSTRAINT "join_codes_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "join_codes_code_idx" ON "join_codes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "join_codes_workshop_idx" ON "join_codes" USING btree ("workshop_id","created_at");