CREATE TABLE `workbook_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`workbook_id` text NOT NULL,
	`org_name` text NOT NULL,
	`client_name` text NOT NULL,
	`program_name` text DEFAULT '' NOT NULL,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`fiscal_year_start_month` integer DEFAULT 1 NOT NULL,
	`confidentiality` text DEFAULT '' NOT NULL,
	`audience_size` integer DEFAULT 0 NOT NULL,
	`logo` blob,
	`logo_mime_type` text,
	`params` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "settings_single_row" CHECK("workbook_settings"."id" = 1),
	CONSTRAINT "settings_fiscal_month" CHECK("workbook_settings"."fiscal_year_start_month" BETWEEN 1 AND 12)
);
--> statement-breakpoint
CREATE TABLE `partner_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`side` text DEFAULT 'theirs' NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `partner_contacts_partner_idx` ON `partner_contacts` (`partner_id`);--> statement-breakpoint
CREATE TABLE `partners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`stage` text NOT NULL,
	`maturity` text DEFAULT 'exploratory' NOT NULL,
	`tier` text DEFAULT '' NOT NULL,
	`segment` text DEFAULT '' NOT NULL,
	`region` text DEFAULT '' NOT NULL,
	`website` text DEFAULT '' NOT NULL,
	`audience_size` integer,
	`owner_ours` text DEFAULT '' NOT NULL,
	`owner_theirs` text DEFAULT '' NOT NULL,
	`goal_ours` text DEFAULT '' NOT NULL,
	`goal_theirs` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "partners_audience_nonneg" CHECK("partners"."audience_size" IS NULL OR "partners"."audience_size" >= 0)
);
--> statement-breakpoint
CREATE INDEX `partners_name_idx` ON `partners` (`name`);--> statement-breakpoint
CREATE INDEX `partners_stage_idx` ON `partners` (`stage`);