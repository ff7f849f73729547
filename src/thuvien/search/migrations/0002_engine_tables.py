"""The engine's own tables: FTS5 virtual tables on SQLite, tsvector tables with GIN on PostgreSQL."""

from django.db import migrations

# Tokens are made in Python (see thuvien.search._tokens); the engines only split on spaces.
# "_" is a token character: pairs and filter tokens begin with it.
_FTS5 = "content='', detail=none, tokenize=\"unicode61 remove_diacritics 0 tokenchars '_'\""

SQLITE = [
    f"CREATE VIRTUAL TABLE search_head USING fts5(tokens, {_FTS5}, prefix='1 2 3')",
    f"CREATE VIRTUAL TABLE search_body USING fts5(tokens, {_FTS5})",
    f"CREATE VIRTUAL TABLE search_phrase USING fts5(tokens, {_FTS5}, prefix='1 2 3')",
    "CREATE TABLE search_term (term TEXT PRIMARY KEY) WITHOUT ROWID",
]
SQLITE_DROP = [
    "DROP TABLE IF EXISTS search_head",
    "DROP TABLE IF EXISTS search_body",
    "DROP TABLE IF EXISTS search_phrase",
    "DROP TABLE IF EXISTS search_term",
]

POSTGRES = [
    "CREATE TABLE search_pg_head (order_key bigint PRIMARY KEY, tokens tsvector NOT NULL)",
    "CREATE INDEX search_pg_head_tokens ON search_pg_head USING gin (tokens)",
    "CREATE TABLE search_pg_body (document_id bigint PRIMARY KEY, tokens tsvector NOT NULL)",
    "CREATE INDEX search_pg_body_tokens ON search_pg_body USING gin (tokens)",
    "CREATE TABLE search_pg_phrase (order_key bigint PRIMARY KEY, tokens tsvector NOT NULL)",
    "CREATE INDEX search_pg_phrase_tokens ON search_pg_phrase USING gin (tokens)",
    # Byte order, so that a prefix is a range of the primary key.
    'CREATE TABLE search_term (term text COLLATE "C" PRIMARY KEY)',
]
POSTGRES_DROP = [
    "DROP TABLE IF EXISTS search_pg_head",
    "DROP TABLE IF EXISTS search_pg_body",
    "DROP TABLE IF EXISTS search_pg_phrase",
    "DROP TABLE IF EXISTS search_term",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        )
    ]
