-- Full-text index of published articles (rowid = articles.id). Written by the one publishing
-- code path (db/mutations/sync-search-entry.ts), never by hand; only published articles are in it.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	title,
	standfirst,
	body,
	tags,
	authors,
	tokenize = 'porter unicode61 remove_diacritics 2',
	prefix = '2 3'
);
