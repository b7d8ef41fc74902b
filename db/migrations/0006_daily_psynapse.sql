DROP INDEX `marketing_activities_start_idx`;--> statement-breakpoint
CREATE INDEX `marketing_activities_start_idx` ON `marketing_activities` (`start_date`,`status`);--> statement-breakpoint
DROP INDEX `actuals_period_idx`;--> statement-breakpoint
CREATE INDEX `actuals_period_idx` ON `actuals` (`period`,`leads`,`qualified_leads`,`deals`,`attributed_revenue`);