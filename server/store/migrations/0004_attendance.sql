CREATE TABLE "attendance" (
	"workshop_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_workshop_id_name_pk" PRIMARY KEY("workshop_id","name")
);
--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;