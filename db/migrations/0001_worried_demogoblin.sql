CREATE TABLE `fit_assessments` (
	`partner_id` integer PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `fit_red_flags` (
	`partner_id` integer NOT NULL,
	`flag` text NOT NULL,
	`raised` integer DEFAULT false NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`partner_id`, `flag`),
	FOREIGN KEY (`partner_id`) REFERENCES `fit_assessments`(`partner_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `fit_red_flags_raised_idx` ON `fit_red_flags` (`flag`,`raised`);--> statement-breakpoint
CREATE TABLE `fit_scores` (
	`partner_id` integer NOT NULL,
	`criterion` text NOT NULL,
	`score` integer,
	`note` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`partner_id`, `criterion`),
	FOREIGN KEY (`partner_id`) REFERENCES `fit_assessments`(`partner_id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "fit_scores_range" CHECK("fit_scores"."score" IS NULL OR "fit_scores"."score" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE `agreement_deliverables` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`side` text NOT NULL,
	`description` text NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "agreement_deliverables_side" CHECK("agreement_deliverables"."side" IN ('ours', 'theirs'))
);
--> statement-breakpoint
CREATE INDEX `agreement_deliverables_partner_idx` ON `agreement_deliverables` (`partner_id`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`partner_id` integer PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'none' NOT NULL,
	`start_date` text,
	`end_date` text,
	`scope` text DEFAULT '' NOT NULL,
	`revenue_model` text,
	`revenue_share_percent` real,
	`referral_commission_percent` real,
	`referral_commission_months` integer,
	`lead_attribution` text DEFAULT '' NOT NULL,
	`exclusive` integer,
	`excluded_parties` text DEFAULT '[]' NOT NULL,
	`exclusivity_months` integer,
	`logo_use` integer,
	`logo_use_places` text DEFAULT '[]' NOT NULL,
	`brand_approval_required` integer,
	`termination_notice_days` integer,
	`data_shared` integer,
	`data_sharing_terms` text DEFAULT '' NOT NULL,
	`ip_ownership` text DEFAULT '' NOT NULL,
	`exit_plan` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "agreements_dates" CHECK("agreements"."end_date" IS NULL OR "agreements"."start_date" IS NULL OR "agreements"."end_date" >= "agreements"."start_date"),
	CONSTRAINT "agreements_percents" CHECK(("agreements"."revenue_share_percent" IS NULL OR "agreements"."revenue_share_percent" BETWEEN 0 AND 100) AND ("agreements"."referral_commission_percent" IS NULL OR "agreements"."referral_commission_percent" BETWEEN 0 AND 100)),
	CONSTRAINT "agreements_notice" CHECK("agreements"."termination_notice_days" IS NULL OR "agreements"."termination_notice_days" >= 0)
);
--> statement-breakpoint
CREATE INDEX `agreements_status_idx` ON `agreements` (`status`);