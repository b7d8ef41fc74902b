CREATE TABLE `forecast_scenarios` (
	`name` text PRIMARY KEY NOT NULL,
	`leads` real NOT NULL,
	`conversion` real NOT NULL,
	`value` real NOT NULL,
	`churn` real NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "forecast_scenarios_name" CHECK("forecast_scenarios"."name" IN ('conservative', 'base', 'optimistic')),
	CONSTRAINT "forecast_scenarios_multipliers" CHECK("forecast_scenarios"."leads" >= 0 AND "forecast_scenarios"."conversion" >= 0 AND "forecast_scenarios"."value" >= 0 AND "forecast_scenarios"."churn" >= 0)
);
--> statement-breakpoint
CREATE TABLE `forecasts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer,
	`start_period` text NOT NULL,
	`months` integer NOT NULL,
	`base_leads_per_month` real NOT NULL,
	`ramp_shape` text DEFAULT 'none' NOT NULL,
	`ramp_months` integer DEFAULT 0 NOT NULL,
	`monthly_growth_percent` real DEFAULT 0 NOT NULL,
	`seasonality` text NOT NULL,
	`qualification_percent` real NOT NULL,
	`close_percent` real NOT NULL,
	`deal_value` integer NOT NULL,
	`recurring_enabled` integer DEFAULT false NOT NULL,
	`mrr_per_customer` integer DEFAULT 0 NOT NULL,
	`monthly_churn_percent` real DEFAULT 0 NOT NULL,
	`starting_customers` real DEFAULT 0 NOT NULL,
	`uncertainty` text DEFAULT '{}' NOT NULL,
	`trials` integer DEFAULT 10000 NOT NULL,
	`seed` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "forecasts_months" CHECK("forecasts"."months" BETWEEN 12 AND 36),
	CONSTRAINT "forecasts_start" CHECK("forecasts"."start_period" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
	CONSTRAINT "forecasts_ramp" CHECK("forecasts"."ramp_shape" IN ('none', 'linear', 's_curve')),
	CONSTRAINT "forecasts_percents" CHECK(("forecasts"."qualification_percent" BETWEEN 0 AND 100) AND ("forecasts"."close_percent" BETWEEN 0 AND 100) AND ("forecasts"."monthly_churn_percent" BETWEEN 0 AND 100)),
	CONSTRAINT "forecasts_amounts" CHECK("forecasts"."base_leads_per_month" >= 0 AND "forecasts"."deal_value" >= 0 AND "forecasts"."mrr_per_customer" >= 0 AND "forecasts"."starting_customers" >= 0),
	CONSTRAINT "forecasts_trials" CHECK("forecasts"."trials" BETWEEN 100 AND 100000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `forecasts_partner_unique` ON `forecasts` (`partner_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `forecasts_program_unique` ON `forecasts` (("partner_id" IS NULL)) WHERE "forecasts"."partner_id" IS NULL;--> statement-breakpoint
CREATE TABLE `revenue_share_terms` (
	`partner_id` integer PRIMARY KEY NOT NULL,
	`tiers` text NOT NULL,
	`bonuses` text DEFAULT '[]' NOT NULL,
	`floor` integer,
	`cap` integer,
	`expense_percent` real DEFAULT 0 NOT NULL,
	`fixed_expenses` integer DEFAULT 0 NOT NULL,
	`referral_enabled` integer DEFAULT false NOT NULL,
	`referral_percent` real DEFAULT 20 NOT NULL,
	`referral_months` integer DEFAULT 12 NOT NULL,
	`referral_monthly_revenue` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "revenue_share_terms_percents" CHECK(("revenue_share_terms"."expense_percent" BETWEEN 0 AND 100) AND ("revenue_share_terms"."referral_percent" BETWEEN 0 AND 100)),
	CONSTRAINT "revenue_share_terms_floor_cap" CHECK("revenue_share_terms"."floor" IS NULL OR "revenue_share_terms"."cap" IS NULL OR "revenue_share_terms"."floor" <= "revenue_share_terms"."cap"),
	CONSTRAINT "revenue_share_terms_money" CHECK(("revenue_share_terms"."floor" IS NULL OR "revenue_share_terms"."floor" >= 0) AND ("revenue_share_terms"."cap" IS NULL OR "revenue_share_terms"."cap" >= 0) AND "revenue_share_terms"."fixed_expenses" >= 0 AND "revenue_share_terms"."referral_monthly_revenue" >= 0),
	CONSTRAINT "revenue_share_terms_months" CHECK("revenue_share_terms"."referral_months" BETWEEN 1 AND 120)
);
--> statement-breakpoint
CREATE TABLE `unit_economics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer,
	`gross_margin_percent` real DEFAULT 70 NOT NULL,
	`monthly_churn_percent` real DEFAULT 2 NOT NULL,
	`monthly_revenue_per_customer` integer,
	`spend_override` integer,
	`new_customers_override` integer,
	`revenue_override` integer,
	`paid_cac` integer,
	`influence_weight_percent` real DEFAULT 50 NOT NULL,
	`build_in_house_cost` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "unit_economics_percents" CHECK(("unit_economics"."gross_margin_percent" BETWEEN 0 AND 100) AND ("unit_economics"."monthly_churn_percent" BETWEEN 0 AND 100) AND ("unit_economics"."influence_weight_percent" BETWEEN 0 AND 100)),
	CONSTRAINT "unit_economics_money" CHECK(("unit_economics"."monthly_revenue_per_customer" IS NULL OR "unit_economics"."monthly_revenue_per_customer" >= 0) AND ("unit_economics"."spend_override" IS NULL OR "unit_economics"."spend_override" >= 0) AND ("unit_economics"."new_customers_override" IS NULL OR "unit_economics"."new_customers_override" >= 0) AND ("unit_economics"."revenue_override" IS NULL OR "unit_economics"."revenue_override" >= 0) AND ("unit_economics"."paid_cac" IS NULL OR "unit_economics"."paid_cac" >= 0) AND ("unit_economics"."build_in_house_cost" IS NULL OR "unit_economics"."build_in_house_cost" >= 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unit_economics_partner_unique` ON `unit_economics` (`partner_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `unit_economics_program_unique` ON `unit_economics` (("partner_id" IS NULL)) WHERE "unit_economics"."partner_id" IS NULL;