CREATE TABLE `marketing_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`channel` text DEFAULT '' NOT NULL,
	`audience` text DEFAULT '' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`start_time` text,
	`end_time` text,
	`owner` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`budget_minor` integer DEFAULT 0 NOT NULL,
	`our_share_percent` real DEFAULT 100 NOT NULL,
	`expected_leads` integer,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "marketing_activities_dates" CHECK("marketing_activities"."end_date" >= "marketing_activities"."start_date"),
	CONSTRAINT "marketing_activities_budget_nonneg" CHECK("marketing_activities"."budget_minor" >= 0),
	CONSTRAINT "marketing_activities_our_share" CHECK("marketing_activities"."our_share_percent" >= 0 AND "marketing_activities"."our_share_percent" <= 100),
	CONSTRAINT "marketing_activities_leads_nonneg" CHECK("marketing_activities"."expected_leads" IS NULL OR "marketing_activities"."expected_leads" >= 0)
);
--> statement-breakpoint
CREATE INDEX `marketing_activities_start_idx` ON `marketing_activities` (`start_date`);--> statement-breakpoint
CREATE INDEX `marketing_activities_end_idx` ON `marketing_activities` (`end_date`);--> statement-breakpoint
CREATE TABLE `marketing_activity_partners` (
	`activity_id` integer NOT NULL,
	`partner_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`share_percent` real DEFAULT 0 NOT NULL,
	PRIMARY KEY(`activity_id`, `partner_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `marketing_activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "marketing_activity_partners_share" CHECK("marketing_activity_partners"."share_percent" >= 0 AND "marketing_activity_partners"."share_percent" <= 100)
);
--> statement-breakpoint
CREATE INDEX `marketing_activity_partners_partner_idx` ON `marketing_activity_partners` (`partner_id`);--> statement-breakpoint
CREATE TABLE `partner_quarter_budgets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`fiscal_year` integer NOT NULL,
	`quarter` integer NOT NULL,
	`budget_minor` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "partner_quarter_budgets_quarter" CHECK("partner_quarter_budgets"."quarter" BETWEEN 1 AND 4),
	CONSTRAINT "partner_quarter_budgets_nonneg" CHECK("partner_quarter_budgets"."budget_minor" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partner_quarter_budgets_unique` ON `partner_quarter_budgets` (`partner_id`,`fiscal_year`,`quarter`);--> statement-breakpoint
CREATE TABLE `risks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer,
	`title` text NOT NULL,
	`category` text NOT NULL,
	`likelihood` integer NOT NULL,
	`impact` integer NOT NULL,
	`treatment` text DEFAULT 'mitigate' NOT NULL,
	`mitigation` text DEFAULT '' NOT NULL,
	`contingency` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`next_review_date` text,
	`residual_likelihood` integer,
	`residual_impact` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "risks_likelihood_range" CHECK("risks"."likelihood" BETWEEN 1 AND 5),
	CONSTRAINT "risks_impact_range" CHECK("risks"."impact" BETWEEN 1 AND 5),
	CONSTRAINT "risks_residual_range" CHECK(("risks"."residual_likelihood" IS NULL AND "risks"."residual_impact" IS NULL) OR ("risks"."residual_likelihood" BETWEEN 1 AND 5 AND "risks"."residual_impact" BETWEEN 1 AND 5))
);
--> statement-breakpoint
CREATE INDEX `risks_partner_idx` ON `risks` (`partner_id`);--> statement-breakpoint
CREATE INDEX `risks_review_idx` ON `risks` (`status`,`next_review_date`);--> statement-breakpoint
CREATE TABLE `charter_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`charter_id` integer NOT NULL,
	`version` integer NOT NULL,
	`approved_on` text NOT NULL,
	`approved_by` text NOT NULL,
	`content` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`charter_id`) REFERENCES `charters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `charter_versions_number_unique` ON `charter_versions` (`charter_id`,`version`);--> statement-breakpoint
CREATE INDEX `charter_versions_charter_idx` ON `charter_versions` (`charter_id`);--> statement-breakpoint
CREATE TABLE `charters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer,
	`strategic_intent` text DEFAULT '' NOT NULL,
	`scope` text DEFAULT '' NOT NULL,
	`success_definition` text DEFAULT '' NOT NULL,
	`members` text DEFAULT '[]' NOT NULL,
	`decisions` text DEFAULT '[]' NOT NULL,
	`check_in_cadence` text,
	`quarterly_review` integer DEFAULT false NOT NULL,
	`annual_audit` integer DEFAULT false NOT NULL,
	`cadence_notes` text DEFAULT '' NOT NULL,
	`escalation` text DEFAULT '[]' NOT NULL,
	`conflict_resolution` text DEFAULT '' NOT NULL,
	`reporting_protocol` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `charters_partner_unique` ON `charters` (`partner_id`);--> statement-breakpoint
CREATE TABLE `action_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer,
	`meeting_id` integer,
	`title` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`for_decision` integer DEFAULT false NOT NULL,
	`decision_question` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `action_items_partner_idx` ON `action_items` (`partner_id`);--> statement-breakpoint
CREATE INDEX `action_items_meeting_idx` ON `action_items` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `action_items_due_idx` ON `action_items` (`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer,
	`meeting_id` integer,
	`decision` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`decided_by` text NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `decisions_partner_idx` ON `decisions` (`partner_id`);--> statement-breakpoint
CREATE INDEX `decisions_meeting_idx` ON `decisions` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `decisions_date_idx` ON `decisions` (`date`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer,
	`kind` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`date` text NOT NULL,
	`attendees` text DEFAULT '[]' NOT NULL,
	`agenda` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meetings_partner_idx` ON `meetings` (`partner_id`);--> statement-breakpoint
CREATE INDEX `meetings_date_idx` ON `meetings` (`date`);--> statement-breakpoint
CREATE TABLE `open_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer,
	`meeting_id` integer,
	`question` text NOT NULL,
	`context` text DEFAULT '' NOT NULL,
	`raised_by` text DEFAULT '' NOT NULL,
	`for_decision` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`answer` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `open_questions_partner_idx` ON `open_questions` (`partner_id`);--> statement-breakpoint
CREATE INDEX `open_questions_meeting_idx` ON `open_questions` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `ecosystem_edges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`target_id` integer NOT NULL,
	`kind` text NOT NULL,
	`strength` integer DEFAULT 3 NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `ecosystem_nodes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_id`) REFERENCES `ecosystem_nodes`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ecosystem_edges_strength" CHECK("ecosystem_edges"."strength" BETWEEN 1 AND 5),
	CONSTRAINT "ecosystem_edges_ends" CHECK("ecosystem_edges"."source_id" <> "ecosystem_edges"."target_id")
);
--> statement-breakpoint
CREATE INDEX `ecosystem_edges_source_idx` ON `ecosystem_edges` (`source_id`);--> statement-breakpoint
CREATE INDEX `ecosystem_edges_target_idx` ON `ecosystem_edges` (`target_id`);--> statement-breakpoint
CREATE TABLE `ecosystem_nodes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`partner_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`x` real DEFAULT 0 NOT NULL,
	`y` real DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ecosystem_nodes_partner_idx` ON `ecosystem_nodes` (`partner_id`);--> statement-breakpoint
CREATE TABLE `value_canvas_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`canvas_id` integer NOT NULL,
	`zone` text NOT NULL,
	`text` text NOT NULL,
	`rank` integer NOT NULL,
	`side` text,
	`job_kind` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`canvas_id`) REFERENCES `value_canvases`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "value_canvas_items_zone" CHECK("value_canvas_items"."zone" IN ('job', 'gain', 'pain', 'product', 'gain_creator', 'pain_reliever')),
	CONSTRAINT "value_canvas_items_rank" CHECK("value_canvas_items"."rank" >= 1)
);
--> statement-breakpoint
CREATE INDEX `value_canvas_items_canvas_idx` ON `value_canvas_items` (`canvas_id`,`zone`,`rank`);--> statement-breakpoint
CREATE TABLE `value_canvas_links` (
	`from_item_id` integer NOT NULL,
	`to_item_id` integer NOT NULL,
	PRIMARY KEY(`from_item_id`, `to_item_id`),
	FOREIGN KEY (`from_item_id`) REFERENCES `value_canvas_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_item_id`) REFERENCES `value_canvas_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `value_canvas_links_to_idx` ON `value_canvas_links` (`to_item_id`);--> statement-breakpoint
CREATE TABLE `value_canvases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`customer_segment` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `value_canvases_partner_idx` ON `value_canvases` (`partner_id`);--> statement-breakpoint
CREATE TABLE `kpi_targets` (
	`kpi_id` integer NOT NULL,
	`period` text NOT NULL,
	`target` real NOT NULL,
	PRIMARY KEY(`kpi_id`, `period`),
	FOREIGN KEY (`kpi_id`) REFERENCES `kpis`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "kpi_targets_period" CHECK("kpi_targets"."period" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')
);
--> statement-breakpoint
CREATE TABLE `kpi_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kpi_id` integer NOT NULL,
	`partner_id` integer,
	`period` text NOT NULL,
	`value` real NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`kpi_id`) REFERENCES `kpis`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "kpi_values_period" CHECK("kpi_values"."period" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kpi_values_partner_unique` ON `kpi_values` (`kpi_id`,`partner_id`,`period`) WHERE "kpi_values"."partner_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `kpi_values_program_unique` ON `kpi_values` (`kpi_id`,`period`) WHERE "kpi_values"."partner_id" IS NULL;--> statement-breakpoint
CREATE INDEX `kpi_values_period_idx` ON `kpi_values` (`period`);--> statement-breakpoint
CREATE INDEX `kpi_values_partner_idx` ON `kpi_values` (`partner_id`);--> statement-breakpoint
CREATE TABLE `kpis` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`parent_id` integer,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`category` text NOT NULL,
	`direction` text DEFAULT 'higher' NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`default_target` real,
	`weight` real DEFAULT 1 NOT NULL,
	`partner_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `kpis`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "kpis_level" CHECK("kpis"."level" IN ('strategic', 'tactical', 'operational')),
	CONSTRAINT "kpis_category" CHECK("kpis"."category" IN ('reach', 'engagement', 'leads_conversion', 'revenue', 'operational')),
	CONSTRAINT "kpis_direction" CHECK("kpis"."direction" IN ('higher', 'lower')),
	CONSTRAINT "kpis_weight_nonneg" CHECK("kpis"."weight" >= 0),
	CONSTRAINT "kpis_not_own_parent" CHECK("kpis"."parent_id" IS NULL OR "kpis"."parent_id" <> "kpis"."id")
);
--> statement-breakpoint
CREATE INDEX `kpis_parent_idx` ON `kpis` (`parent_id`);--> statement-breakpoint
CREATE INDEX `kpis_partner_idx` ON `kpis` (`partner_id`);--> statement-breakpoint
CREATE TABLE `actuals` (
	`partner_id` integer NOT NULL,
	`period` text NOT NULL,
	`leads` integer,
	`qualified_leads` integer,
	`deals` integer,
	`attributed_revenue` integer,
	`influenced_revenue` integer,
	`spend` integer,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`partner_id`, `period`),
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "actuals_period" CHECK("actuals"."period" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
	CONSTRAINT "actuals_leads_nonneg" CHECK("actuals"."leads" IS NULL OR "actuals"."leads" >= 0),
	CONSTRAINT "actuals_qualified_nonneg" CHECK("actuals"."qualified_leads" IS NULL OR "actuals"."qualified_leads" >= 0),
	CONSTRAINT "actuals_deals_nonneg" CHECK("actuals"."deals" IS NULL OR "actuals"."deals" >= 0),
	CONSTRAINT "actuals_attributed_nonneg" CHECK("actuals"."attributed_revenue" IS NULL OR "actuals"."attributed_revenue" >= 0),
	CONSTRAINT "actuals_influenced_nonneg" CHECK("actuals"."influenced_revenue" IS NULL OR "actuals"."influenced_revenue" >= 0),
	CONSTRAINT "actuals_spend_nonneg" CHECK("actuals"."spend" IS NULL OR "actuals"."spend" >= 0)
);
--> statement-breakpoint
CREATE INDEX `actuals_period_idx` ON `actuals` (`period`);--> statement-breakpoint
CREATE TABLE `scorecard_inputs` (
	`partner_id` integer NOT NULL,
	`period` text NOT NULL,
	`criterion_key` text NOT NULL,
	`value` real NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`partner_id`, `period`, `criterion_key`),
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "scorecard_inputs_period" CHECK("scorecard_inputs"."period" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')
);
--> statement-breakpoint
CREATE INDEX `scorecard_inputs_period_idx` ON `scorecard_inputs` (`period`);