CREATE TABLE "amendment_supports" (
	"amendment_id" uuid NOT NULL,
	"person_key" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "amendment_supports_amendment_id_person_key_pk" PRIMARY KEY("amendment_id","person_key")
);
--> statement-breakpoint
CREATE TABLE "amendments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workshop_id" uuid NOT NULL,
	"target" jsonb NOT NULL,
	"anchor" jsonb,
	"base_text" text NOT NULL,
	"proposed_text" text NOT NULL,
	"replaced_text" text NOT NULL,
	"replacement" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"proposer_name" text NOT NULL,
	"proposer_role" text NOT NULL,
	"proposer_invite_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_name" text,
	"decided_by_role" text,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"decided_before" text,
	"decided_after" text
);
--> statement-breakpoint
ALTER TABLE "amendment_supports" ADD CONSTRAINT "amendment_supports_amendment_id_amendments_id_fk" FOREIGN KEY ("amendment_id") REFERENCES "public"."amendments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendments" ADD CONSTRAINT "amendments_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "amendments_workshop_idx" ON "amendments" USING btree ("workshop_id","created_at");