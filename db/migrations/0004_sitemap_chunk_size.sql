DROP INDEX `articles_sitemap_chunk_idx`;--> statement-breakpoint
CREATE INDEX `articles_sitemap_chunk_idx` ON `articles` (("id" / 2000),`updated_at`);