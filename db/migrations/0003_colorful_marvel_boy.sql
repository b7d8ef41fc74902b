CREATE TABLE `health_check_ratings` (
	`check_id` integer NOT NULL,
	`side` text NOT NULL,
	`pillar` text NOT NULL,
	`score` integer NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`check_id`, `side`, `pillar`),
	FOREIGN KEY (`check_id`) REFERENCES `health_checks`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "health_check_ratings_side" CHECK("health_check_ratings"."side" IN ('ours', 'theirs')),
	CONSTRAINT "health_check_ratings_score" CHECK("health_check_ratings"."score" BETWEEN 1 AND 5),
	CONSTRAINT "health_check_ratings_pillar" CHECK("health_check_ratings"."pillar" IN ('purpose', 'governance', 'culture', 'incentives', 'knowledge', 'technology', 'resilience'))
);
--> statement-breakpoint
CREATE TABLE `health_checks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`date` text NOT NULL,
	`our_respondent` text DEFAULT '' NOT NULL,
	`their_respondent` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `health_checks_partner_idx` ON `health_checks` (`partner_id`,`date`);