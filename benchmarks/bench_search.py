"""Search speed and relevance at library scale, for each engine, against two references.

    .venv/bin/pip install -e ".[bench]"   # tantivy, for the reference
    .venv/bin/python benchmarks/bench_search.py [--documents 100000 | --million]
        [--queries 300] [--engines embedded,postgres] [--no-references] [--keep DIR]
        [--index-workers N]

Builds N synthetic Vietnamese documents (titles from a word-pair chain, texts and keyword
phrases from the sentences of /work/shared/corpus/*.jsonl when present, else from the
project's own word list), stores them through Django (bulk inserts, no signals) and measures:

* indexing documents/s through the real pipeline (`thuvien reindex --fresh`'s code; with
  ``--index-workers N``, ``--workers N`` on PostgreSQL);
* query latency p50/p95/p99 over a fixed mixed query set (1 to 4 syllables from titles and
  texts, with and without diacritics, quoted phrases, filters), for ``find`` (ranked ids and
  the bounded total, what the engine does) and ``search`` (the page: documents, snippets);
* suggestion latency (the endpoint's work) over prefixes of the same queries;
* relevance: for 200 documents, 3 to 5 consecutive title words typed without diacritics:
  how often the document is ranked first.

In the same run, on the same documents and queries, the references: the naive
``LIKE '%term%'`` over folded text (SQLite, first 20 rows), a plain Tantivy index (BM25, AND of
folded syllables, title and keywords boosted, top 20 with the count) and plain FTS5 ordered by
bm25 over every match. PostgreSQL runs in a child process (its own database ``thuvien_bench``
on 127.0.0.1:5432, or the one named by ``THUVIEN_BENCH_PG_DATABASE``) when reachable.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

CORPUS = "/work/shared/corpus/*.jsonl"
PG_DATABASE = os.environ.get("THUVIEN_BENCH_PG_DATABASE", "thuvien_bench")
ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
SEED = 20240601
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;:])\s+|\n+")
_WORD = re.compile(r"[^\W_]+")
FILE_TYPES = ["pdf"] * 6 + ["docx"] * 2 + ["doc", "pptx", "xlsx"]
CATEGORY_TREE = {
    "Giáo dục": ["Đề thi", "Giáo án", "Bài giảng", "Luận văn"],
    "Kinh tế": ["Tài chính", "Kế toán", "Marketing"],
    "Pháp luật": ["Văn bản pháp luật", "Hỏi đáp pháp luật"],
    "Khoa học": ["Y học", "Kỹ thuật", "Công nghệ thông tin", "Nông nghiệp"],
    "Văn hoá": ["Lịch sử", "Văn học", "Du lịch"],
    "Chính trị": ["Xây dựng Đảng", "Nghị quyết"],
}


# ---------------------------------------------------------------- synthetic documents


def load_sentences() -> list[str]:
    """Sentences of the shared corpus, or of the project's own word list without one."""
    out: list[str] = []
    for path in sorted(glob.glob(CORPUS)):
        with open(path, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                texts = [
                    record[k]
                    for k in ("text", "article", "summary", "title")
                    if isinstance(record.get(k), str)
                ]
                texts += [d.get("text", "") for d in record.get("documents") or []]
                for text in texts:
                    for sentence in _SENTENCE_SPLIT.split(text):
                        sentence = " ".join(sentence.split())
                        letters = sum(c.isalpha() for c in sentence)
                        if 20 <= len(sentence) <= 400 and letters > len(sentence) * 0.6:
                            out.append(sentence)
    if out:
        return out
    from thuvien.text.data import load_list

    words = list(load_list("words_vi"))
    rng = random.Random(SEED)
    return [
        " ".join(rng.choice(words) for _ in range(rng.randint(6, 16))).capitalize() + "."
        for _ in range(20000)
    ]


@dataclass
class Corpus:
    sentences: list[str]
    starts: list[str] = field(default_factory=list)
    following: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls) -> Corpus:
        corpus = cls(load_sentences())
        following: dict[str, dict[str, None]] = defaultdict(dict)
        for sentence in corpus.sentences:
            words = _WORD.findall(sentence)
            if len(words) > 3:
                corpus.starts.append(words[0])
            for a, b in zip(words, words[1:], strict=False):
                following[a.lower()][b] = None
        # Each seen successor once: frequent pairs do not crowd out the others.
        corpus.following = {word: list(nexts) for word, nexts in following.items()}
        return corpus

    def title(self, rng: random.Random) -> str:
        """A walk on the word-pair chain: Vietnamese-looking, and rarely repeated."""
        words = [rng.choice(self.starts)]
        for _ in range(rng.randint(4, 11)):
            nxt = self.following.get(words[-1].lower())
            words.append(rng.choice(nxt) if nxt else rng.choice(self.starts).lower())
        title = " ".join(words)
        return title[:1].upper() + title[1:]


@dataclass
class SyntheticDocument:
    number: int
    title: str
    description: str
    text: str
    keywords: list[str]
    category: tuple[str, str]
    file_type: str
    pages: int
    created_at: datetime
    views: int
    downloads: int


def documents(corpus: Corpus, count: int) -> Iterator[SyntheticDocument]:
    from thuvien.text.stopwords import is_stopword

    rng = random.Random(SEED)
    parents = list(CATEGORY_TREE)
    for number in range(1, count + 1):
        body = [rng.choice(corpus.sentences) for _ in range(rng.randint(8, 30))]
        words = _WORD.findall(" ".join(body))
        keywords: list[str] = []
        for _ in range(40):
            # Like extracted keyphrases: no function word at either end.
            start = rng.randrange(len(words))
            run = [w.lower() for w in words[start : start + rng.randint(2, 3)]]
            if len(run) < 2 or is_stopword(run[0]) or is_stopword(run[-1]):
                continue
            phrase = " ".join(run)
            if phrase not in keywords:
                keywords.append(phrase)
            if len(keywords) >= 6:
                break
        parent = rng.choice(parents)
        yield SyntheticDocument(
            number=number,
            title=corpus.title(rng),
            description=" ".join(body[:2]),
            text=" ".join(body),
            keywords=keywords,
            category=(parent, rng.choice(CATEGORY_TREE[parent])),
            file_type=rng.choice(FILE_TYPES),
            pages=min(2000, int(rng.lognormvariate(2.5, 1.0)) + 1),
            created_at=datetime(
                2019 + rng.randrange(7), rng.randint(1, 12), rng.randint(1, 28), 12, tzinfo=ZONE
            ),
            views=int(rng.paretovariate(1.2) * 10),
            downloads=int(rng.paretovariate(1.5) * 2),
        )


# ---------------------------------------------------------------- the query set


@dataclass(frozen=True)
class BenchQuery:
    text: str
    kind: str
    filters: dict = field(default_factory=dict)


def query_set(corpus: Corpus, count: int, size: int) -> list[BenchQuery]:
    """A fixed mix: title words, text words, phrases, filters; half typed without marks."""
    from thuvien.text.fold import fold

    rng = random.Random(SEED + 1)
    sample = {d.number: d for d in documents(corpus, min(size, 20000))}
    out: list[BenchQuery] = []
    while len(out) < count:
        doc = sample[rng.randint(1, len(sample))]
        roll = rng.random()
        if roll < 0.45:
            source, kind = doc.title, "title"
        elif roll < 0.75:
            source, kind = rng.choice(doc.text.split(". ")), "text"
        else:
            source, kind = doc.title if rng.random() < 0.5 else doc.text, "phrase"
        words = _WORD.findall(source)
        size_words = rng.choice([1, 2, 2, 3, 3, 4]) if kind != "phrase" else rng.choice([2, 3])
        if len(words) < size_words:
            continue
        start = rng.randrange(len(words) - size_words + 1)
        text = " ".join(words[start : start + size_words])
        if rng.random() < 0.5:
            text = fold(text)
        if kind == "phrase":
            text = f'"{text}"'
        filters: dict = {}
        if rng.random() < 0.2:
            choice = rng.choice(["category", "file_type", "year", "pages", "two"])
            if choice in ("category", "two"):
                filters["category"] = doc.category[0]
            if choice in ("file_type", "two"):
                filters["file_type"] = doc.file_type
            if choice == "year":
                filters["year"] = doc.created_at.year
            if choice == "pages":
                filters["pages"] = (11, 50)
            kind += "+filter"
        out.append(BenchQuery(text, kind, filters))
    return out


# ---------------------------------------------------------------- Django side


def setup_django(engine: str, data_dir: Path) -> None:
    os.environ["THUVIEN_DATA_DIR"] = str(data_dir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "thuvien.settings"
    import thuvien.settings as site_settings

    # The benchmark's own database: the settings module is patched before Django reads it.
    if engine == "postgres":
        site_settings.DATABASES = {
            "default": {
                "ENGINE": "django.db.backends.postgresql",
                "NAME": PG_DATABASE,
                "USER": "postgres",
                "HOST": "127.0.0.1",
                "PORT": "5432",
            }
        }
        site_settings.SEARCH_BACKEND = "postgres"
    import django

    django.setup()


def reset_postgres() -> None:
    import psycopg

    with psycopg.connect(
        host="127.0.0.1", user="postgres", dbname="postgres", autocommit=True
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{PG_DATABASE}"')
        conn.execute(f'CREATE DATABASE "{PG_DATABASE}"')


def store(corpus: Corpus, count: int, progress: Callable[[int], None]) -> None:
    """Insert the documents with bulk inserts: rows, texts, keywords (no signals fire)."""
    from django.core.management import call_command
    from django.db import connection, transaction

    from thuvien.library.models import (
        Category,
        Document,
        DocumentKeyword,
        DocumentText,
        Keyword,
    )
    from thuvien.search._tokens import fold_word, words
    from thuvien.text.slugs import slugify

    call_command("migrate", verbosity=0)
    categories: dict[tuple[str, str], int] = {}
    for parent_name, children in CATEGORY_TREE.items():
        parent = Category.objects.create(name=parent_name)
        for child in children:
            categories[(parent_name, child)] = Category.objects.create(name=child, parent=parent).pk
    keyword_ids: dict[str, int] = {}
    batch: list[SyntheticDocument] = []

    def flush() -> None:
        with transaction.atomic():
            rows = Document.objects.bulk_create(
                [
                    Document(
                        title=d.title,
                        slug=slugify(d.title, max_length=90),
                        category_id=categories[d.category],
                        description=d.description,
                        file_name=f"tai-lieu-{d.number}.{d.file_type}",
                        file_type=d.file_type,
                        mime_type="application/octet-stream",
                        size_bytes=20_000 + d.pages * 3_000,
                        sha256=hashlib.sha256(str(d.number).encode()).hexdigest(),
                        page_count=d.pages,
                        created_at=d.created_at,
                        view_count=d.views,
                        download_count=d.downloads,
                    )
                    for d in batch
                ]
            )
            # One JSON string per row: bulk_create would send the texts as one array, which
            # psycopg quotes in Python (half of the store's time at a million documents).
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {DocumentText._meta.db_table} (document_id, pages) "
                    f"VALUES (%s, %s{'::jsonb' if connection.vendor == 'postgresql' else ''})",
                    [(row.pk, json.dumps([d.text])) for row, d in zip(rows, batch, strict=True)],
                )
            fresh = []
            for d in batch:
                for phrase in d.keywords:
                    key = " ".join(fold_word(w) for w in words(phrase))
                    if key and key not in keyword_ids:
                        keyword_ids[key] = -1
                        fresh.append(
                            Keyword(phrase=phrase[:200], key=key[:200], slug=f"k{len(keyword_ids)}")
                        )
            for k in Keyword.objects.bulk_create(fresh):
                keyword_ids[k.key] = k.pk
            links = []
            for row, d in zip(rows, batch, strict=True):
                seen = set()
                for position, phrase in enumerate(d.keywords):
                    key = " ".join(fold_word(w) for w in words(phrase))
                    if key and keyword_ids[key] not in seen:
                        seen.add(keyword_ids[key])
                        links.append(
                            DocumentKeyword(
                                document=row, keyword_id=keyword_ids[key], position=position
                            )
                        )
            DocumentKeyword.objects.bulk_create(links)
        progress(len(batch))
        batch.clear()

    for document in documents(corpus, count):
        batch.append(document)
        if len(batch) == 2000:
            flush()
    if batch:
        flush()


def percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def at(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]

    return {"p50": at(0.50), "p95": at(0.95), "p99": at(0.99), "mean": statistics.fmean(ordered)}


ROUNDS = 3


def timed(items, run: Callable, warm: bool = True, rounds: int = ROUNDS) -> dict[str, float]:
    """Percentiles over the items of each item's median time of ``rounds`` runs.

    The median per query keeps a stall of the machine (another process taking the CPU for a
    moment) from passing for the cost of the query that happened to run then.
    """
    if warm:
        for item in items:
            run(item)
    per_item: list[list[float]] = [[] for _ in items]
    for _ in range(rounds):
        for n, item in enumerate(items):
            start = time.perf_counter()
            run(item)
            per_item[n].append((time.perf_counter() - start) * 1000)
    return percentiles([statistics.median(times) for times in per_item])


def django_filters(spec: dict):
    from thuvien.library.models import Category
    from thuvien.search import Filters

    category_id = None
    if "category" in spec:
        category_id = Category.objects.get(name=spec["category"], parent=None).pk
    pages = spec.get("pages")
    return Filters(
        category_id=category_id,
        file_type=spec.get("file_type"),
        year=spec.get("year"),
        pages_min=pages[0] if pages else None,
        pages_max=pages[1] if pages else None,
    )


def ambiguous_cases(corpus: Corpus, count: int, cases: list[tuple[int, str]]) -> set[int]:
    """Cases whose words, side by side, are also in another document's title."""
    from thuvien.search._tokens import fold_word, words

    wanted = {tuple(text.split()): number for number, text in cases}
    sizes = {len(k) for k in wanted}
    ambiguous: set[int] = set()
    for d in documents(corpus, count):
        folded = [fold_word(w) for w in words(d.title)]
        for size in sizes:
            for start in range(len(folded) - size + 1):
                owner = wanted.get(tuple(folded[start : start + size]))
                if owner is not None and owner != d.number:
                    ambiguous.add(owner)
    return ambiguous


def relevance_cases(corpus: Corpus, count: int, cases: int = 200) -> list[tuple[int, str]]:
    from thuvien.text.fold import fold

    rng = random.Random(SEED + 2)
    chosen = sorted(rng.sample(range(1, count + 1), min(cases, count)))
    wanted = set(chosen)
    out = []
    for d in documents(corpus, max(chosen)):
        if d.number in wanted:
            words = _WORD.findall(d.title)
            size = min(len(words), rng.randint(3, 5))
            start = rng.randrange(len(words) - size + 1)
            out.append((d.number, fold(" ".join(words[start : start + size]))))
    return out


def measure_engine(
    engine: str,
    corpus: Corpus,
    count: int,
    queries: list[BenchQuery],
    data_dir: Path,
    reuse: bool = False,
    *,
    build_only: bool = False,
    index_workers: int = 1,
) -> dict:
    """Store, index and query with one engine; returns its numbers."""
    from tqdm import tqdm

    if engine == "postgres" and not (reuse and (data_dir / "built.json").exists()):
        reset_postgres()
    setup_django(engine, data_dir)
    from django.db import connection

    from thuvien.library.models import Document
    from thuvien.search import search, suggest
    from thuvien.search._maintenance import rebuild
    from thuvien.search._query import parse_query
    from thuvien.search._search import find

    built = data_dir / "built.json"

    def index(result: dict) -> None:
        with tqdm(total=count, desc=f"{engine}: index", unit="doc", file=sys.stderr) as bar:
            start = time.perf_counter()
            rebuild(batch=1000, fresh=True, progress=bar.update, workers=index_workers)
            elapsed = time.perf_counter() - start
        result["index_docs_per_s"] = count / elapsed
        result["index_seconds"] = elapsed
        result["index_workers"] = index_workers if engine == "postgres" else 1
        if engine == "postgres":
            # What autovacuum does soon after a bulk load (it may be off on a CI server): hint
            # bits and statistics, so that the first searches do not write pages out.
            with connection.cursor() as cursor:
                for table in (
                    "search_pg_head",
                    "search_pg_body",
                    "search_entry",
                    "library_document",
                ):
                    cursor.execute(f"VACUUM (ANALYZE, PROCESS_TOAST false) {table}")
        if engine == "embedded":
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            result["db_megabytes"] = (data_dir / "thuvien.sqlite3").stat().st_size / 1e6
        built.write_text(json.dumps(result))

    if reuse and built.exists():  # measure again the documents and index built before
        result: dict = json.loads(built.read_text())
        if build_only:
            # Kept by older code: bring the schema up to date, and the index when its format
            # changed (the documents are kept).
            from django.core.management import call_command

            from thuvien.search._maintenance import tokenizer_changed

            call_command("migrate", verbosity=0)
            if tokenizer_changed():
                print(f"{engine}: the index format changed, re-indexing", file=sys.stderr)
                index(result)
    else:
        result = {"engine": engine, "documents": count}
        with tqdm(total=count, desc=f"{engine}: store", unit="doc", file=sys.stderr) as bar:
            start = time.perf_counter()
            store(corpus, count, bar.update)
            result["store_seconds"] = time.perf_counter() - start
        index(result)
    if build_only:
        return result

    # Document numbers of the generator are the ids of this fresh database.
    first_id = Document.objects.order_by("pk").values_list("pk", flat=True).first() or 1
    prepared = [(parse_query(q.text), django_filters(q.filters)) for q in queries]
    result["find"] = timed(prepared, lambda p: find(p[0], p[1], limit=20))
    result["search_page"] = timed(prepared, lambda p: search(p[0], filters=p[1], per_page=20))
    by_kind: dict[str, list] = defaultdict(list)
    for q, p in zip(queries, prepared, strict=True):
        by_kind[q.kind.split("+")[0] + ("+filter" if q.filters else "")].append(p)
    result["find_by_kind"] = {
        kind: timed(items, lambda p: find(p[0], p[1], limit=20), warm=False)
        for kind, items in sorted(by_kind.items())
    }
    prefixes = []
    for q in queries:
        text = q.text.strip('"')
        prefixes.append(text[: max(1, len(text) - len(text) // 3)])
    result["suggest"] = timed(prefixes, lambda t: suggest(t, 8))

    ranks = {}
    cases = relevance_cases(corpus, count)
    for number, text in cases:
        found = find(parse_query(text), None, limit=10).ids
        target = first_id + number - 1
        ranks[number] = found.index(target) + 1 if target in found else None
    ambiguous = ambiguous_cases(corpus, count, cases)
    clear = [r for n, r in ranks.items() if n not in ambiguous]
    result["relevance_first"] = sum(1 for r in ranks.values() if r == 1) / len(ranks)
    result["relevance_top3"] = sum(1 for r in ranks.values() if r and r <= 3) / len(ranks)
    result["relevance_cases"] = len(ranks)
    result["relevance_unambiguous_first"] = sum(1 for r in clear if r == 1) / max(1, len(clear))
    result["relevance_unambiguous_cases"] = len(clear)
    return result


# ---------------------------------------------------------------- references


def folded_fields(d: SyntheticDocument) -> tuple[str, str]:
    from thuvien.search._tokens import fold_word, words

    head = " ".join(fold_word(w) for w in words(d.title + " " + " ".join(d.keywords)))
    body = " ".join(fold_word(w) for w in words(d.description + " " + d.text))
    return head, body


def folded_query(q: BenchQuery) -> list[str]:
    from thuvien.search._tokens import fold_word, words

    return [fold_word(w) for w in words(q.text)]


def _build_references(corpus: Corpus, count: int, work: Path, schema, plain_fts5: bool):
    """The naive LIKE table, plain FTS5 and plain Tantivy, on the same documents."""
    import tantivy
    from tqdm import tqdm

    results: dict = {}
    like_path = work / "like.sqlite3"
    like_path.unlink(missing_ok=True)
    like = sqlite3.connect(like_path)
    like.execute(
        "CREATE TABLE docs (id INTEGER PRIMARY KEY, cat TEXT, ft TEXT, year INT, "
        "pages INT, folded TEXT)"
    )
    if plain_fts5:
        like.execute("CREATE VIRTUAL TABLE fts USING fts5(head, body)")
    tantivy_dir = work / "tantivy"
    shutil.rmtree(tantivy_dir, ignore_errors=True)
    tantivy_dir.mkdir()
    index = tantivy.Index(schema, path=str(tantivy_dir))
    writer = index.writer(heap_size=300_000_000, num_threads=2)
    tantivy_seconds = 0.0
    rows = []
    with tqdm(total=count, desc="references: index", unit="doc", file=sys.stderr) as bar:
        for d in documents(corpus, count):
            head, body = folded_fields(d)
            rows.append(
                (
                    d.number,
                    d.category[0],
                    d.file_type,
                    d.created_at.year,
                    d.pages,
                    head + " " + body,
                )
            )
            start = time.perf_counter()
            writer.add_document(
                tantivy.Document(
                    id=d.number,
                    head=head,
                    body=body,
                    cat=d.category[0],
                    ft=d.file_type,
                    year=d.created_at.year,
                    pages=d.pages,
                )
            )
            tantivy_seconds += time.perf_counter() - start
            if plain_fts5:
                like.execute(
                    "INSERT INTO fts(rowid, head, body) VALUES (?, ?, ?)", (d.number, head, body)
                )
            if len(rows) == 5000:
                like.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)", rows)
                rows.clear()
            bar.update(1)
    like.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)", rows)
    like.commit()
    start = time.perf_counter()
    writer.commit()
    writer.wait_merging_threads()
    tantivy_seconds += time.perf_counter() - start
    results["tantivy_index_docs_per_s"] = count / tantivy_seconds
    return results, index, like


def measure_references(
    corpus: Corpus,
    count: int,
    queries: list[BenchQuery],
    work: Path,
    plain_fts5: bool,
    reuse: bool = False,
) -> dict:
    import tantivy

    schema_builder = tantivy.SchemaBuilder()
    schema_builder.add_integer_field("id", stored=True, indexed=True, fast=True)
    schema_builder.add_text_field("head", tokenizer_name="whitespace")
    schema_builder.add_text_field("body", tokenizer_name="whitespace")
    schema_builder.add_text_field("cat", tokenizer_name="raw")
    schema_builder.add_text_field("ft", tokenizer_name="raw")
    schema_builder.add_integer_field("year", indexed=True, fast=True)
    schema_builder.add_integer_field("pages", indexed=True, fast=True)
    schema = schema_builder.build()
    built = work / "refs-built.json"
    if reuse and built.exists():
        results: dict = json.loads(built.read_text())
        index = tantivy.Index.open(str(work / "tantivy"))
        like = sqlite3.connect(work / "like.sqlite3")
    else:
        results, index, like = _build_references(corpus, count, work, schema, plain_fts5)
        built.write_text(json.dumps(results))
    index.reload()
    searcher = index.searcher()

    def tantivy_query(q: BenchQuery):
        musts = []
        for term in folded_query(q):
            musts.append(
                (
                    tantivy.Occur.Must,
                    tantivy.Query.boolean_query(
                        [
                            (
                                tantivy.Occur.Should,
                                tantivy.Query.boost_query(
                                    tantivy.Query.term_query(schema, "head", term), 3.0
                                ),
                            ),
                            (tantivy.Occur.Should, tantivy.Query.term_query(schema, "body", term)),
                        ]
                    ),
                )
            )
        spec = q.filters
        if "category" in spec:
            musts.append(
                (tantivy.Occur.Must, tantivy.Query.term_query(schema, "cat", spec["category"]))
            )
        if "file_type" in spec:
            musts.append(
                (tantivy.Occur.Must, tantivy.Query.term_query(schema, "ft", spec["file_type"]))
            )
        if "year" in spec:
            musts.append(
                (tantivy.Occur.Must, tantivy.Query.term_query(schema, "year", spec["year"]))
            )
        if "pages" in spec:
            low, high = spec["pages"]
            musts.append(
                (
                    tantivy.Occur.Must,
                    tantivy.Query.range_query(
                        schema, "pages", tantivy.FieldType.Integer, low, high
                    ),
                )
            )
        return tantivy.Query.boolean_query(musts)

    compiled = [tantivy_query(q) for q in queries]
    results["tantivy"] = timed(compiled, lambda query: searcher.search(query, 20, count=True))

    def like_run(q: BenchQuery):
        terms = folded_query(q)
        where = " AND ".join(["folded LIKE ?"] * len(terms)) or "1"
        params = [f"%{t}%" for t in terms]
        spec = q.filters
        if "category" in spec:
            where += " AND cat = ?"
            params.append(spec["category"])
        if "file_type" in spec:
            where += " AND ft = ?"
            params.append(spec["file_type"])
        if "year" in spec:
            where += " AND year = ?"
            params.append(spec["year"])
        if "pages" in spec:
            where += " AND pages BETWEEN ? AND ?"
            params += list(spec["pages"])
        return like.execute(f"SELECT id FROM docs WHERE {where} LIMIT 20", params).fetchall()

    like_queries = queries if count <= 200_000 else queries[:60]
    results["like"] = timed(like_queries, like_run, warm=False)
    results["like_queries"] = len(like_queries)
    if plain_fts5:

        def fts_run(q: BenchQuery):
            terms = " AND ".join(f'"{t}"' for t in folded_query(q)) or '"_"'
            return like.execute(
                "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 3.0, 1.0) LIMIT 20",
                (terms,),
            ).fetchall()

        fts_queries = queries if count <= 200_000 else queries[:60]
        results["plain_fts5"] = timed(fts_queries, fts_run)

    relevance = relevance_cases(corpus, count)
    ranks = []
    for number, text in relevance:
        hits = searcher.search(tantivy_query(BenchQuery(text, "title")), 10).hits
        found = [searcher.doc(address)["id"][0] for _, address in hits]
        ranks.append(found.index(number) + 1 if number in found else None)
    results["tantivy_relevance_first"] = sum(1 for r in ranks if r == 1) / len(ranks)
    like.close()
    return results


# ---------------------------------------------------------------- report


def row(name: str, numbers: dict | None, extra: str = "") -> str:
    if not numbers:
        return f"| {name} | – | – | – | {extra} |"
    return (
        f"| {name} | {numbers['p50']:.2f} | {numbers['p95']:.2f} | {numbers['p99']:.2f} | {extra} |"
    )


def report(engines: list[dict], refs: dict, args) -> str:
    cache = os.environ.get("THUVIEN_SEARCH_CACHE_MB")
    lines = [
        f"documents: {args.documents:,}; queries: {args.queries} (fixed mix, seed {SEED}); "
        f"machine: {os.cpu_count()} cores; search cache "
        f"{f'{cache} MB' if cache else 'sized to the library'} per process",
        "",
        "| query latency, ms | p50 | p95 | p99 | notes |",
        "|---|---|---|---|---|",
    ]
    for e in engines:
        lines.append(
            row(
                f"{e['engine']}: find (ids + total)",
                e["find"],
                f"index {e['index_docs_per_s']:.0f} docs/s"
                + (f" ({e['index_workers']} processes)" if e.get("index_workers", 1) > 1 else ""),
            )
        )
        lines.append(row(f"{e['engine']}: search page (+ docs, snippets)", e["search_page"]))
        lines.append(row(f"{e['engine']}: suggestions", e["suggest"]))
    if refs:
        lines.append(
            row(
                "reference: plain Tantivy (top 20 + count)",
                refs.get("tantivy"),
                f"index {refs.get('tantivy_index_docs_per_s', 0):.0f} docs/s",
            )
        )
        if "plain_fts5" in refs:
            lines.append(row("reference: plain FTS5, ORDER BY bm25", refs["plain_fts5"]))
        lines.append(
            row(
                "reference: LIKE '%term%' on folded text (first 20)",
                refs.get("like"),
                f"{refs.get('like_queries')} queries",
            )
        )
    lines.append("")
    for e in engines:
        lines.append(
            f"{e['engine']}: relevance, 3-5 title words without diacritics, ranked first: "
            f"{e['relevance_first']:.1%} (top 3: {e['relevance_top3']:.1%}, "
            f"{e['relevance_cases']} documents); among the "
            f"{e['relevance_unambiguous_cases']} whose words are in no other title: "
            f"{e['relevance_unambiguous_first']:.1%}"
        )
        lines.append(
            f"{e['engine']}: p95 by kind: "
            + ", ".join(f"{k} {v['p95']:.1f}" for k, v in e["find_by_kind"].items())
        )
        if "db_megabytes" in e:
            lines.append(
                f"{e['engine']}: database file {e['db_megabytes']:.0f} MB "
                f"(documents, texts and index)"
            )
    if refs:
        lines.append(f"plain Tantivy relevance (same cases): {refs['tantivy_relevance_first']:.1%}")
        if engines and refs.get("tantivy"):
            for e in engines:
                ratio = e["find"]["p95"] / refs["tantivy"]["p95"]
                lines.append(f"{e['engine']}: p95 / Tantivy p95 = {ratio:.2f}")
    return "\n".join(lines)


def postgres_reachable() -> bool:
    try:
        import psycopg

        psycopg.connect(
            host="127.0.0.1", user="postgres", dbname="postgres", connect_timeout=3
        ).close()
        return True
    except Exception:
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--million", action="store_true", help="1,000,000 documents")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--engines", default="embedded,postgres")
    parser.add_argument("--no-references", action="store_true")
    parser.add_argument("--plain-fts5", choices=["yes", "no", "auto"], default="auto")
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: temporary)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="also write the numbers as JSON here")
    parser.add_argument(
        "--index-workers",
        type=int,
        default=1,
        help="processes indexing at once on PostgreSQL (thuvien reindex --workers)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="with --keep: measure again what an earlier run with the same --keep built "
        "(re-indexed first if the index format changed since)",
    )
    args = parser.parse_args()
    if not args.no_references and not args.child:
        try:
            import tantivy  # noqa: F401  (fail now, not after building the engines' indexes)
        except ImportError:
            parser.error('the Tantivy reference needs: .venv/bin/pip install -e ".[bench]"')
    if args.million:
        args.documents = 1_000_000
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-search-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = Corpus.build()
    queries = query_set(corpus, args.queries, args.documents)

    if args.child:  # one engine in this process, numbers as JSON on the last line
        numbers = measure_engine(
            args.child,
            corpus,
            args.documents,
            queries,
            work / args.child,
            args.reuse,
            build_only=args.build_only,
            index_workers=args.index_workers,
        )
        print(json.dumps(numbers))
        return 0

    engines = []
    for engine in [e.strip() for e in args.engines.split(",") if e.strip()]:
        if engine == "postgres" and not postgres_reachable():
            print("PostgreSQL not reachable on 127.0.0.1:5432: skipped", file=sys.stderr)
            continue
        (work / engine).mkdir(exist_ok=True)
        command = [
            sys.executable,
            __file__,
            "--child",
            engine,
            "--documents",
            str(args.documents),
            "--queries",
            str(args.queries),
            "--keep",
            str(work),
            "--index-workers",
            str(args.index_workers),
        ]
        # Build (or bring a kept build up to date) in one process...
        build = [*command, "--build-only", *(["--reuse"] if args.reuse else [])]
        subprocess.run(build, stdout=subprocess.PIPE, check=True)
        # ...and query from a fresh one, as a web server process would.
        done = subprocess.run([*command, "--reuse"], stdout=subprocess.PIPE, text=True, check=True)
        engines.append(json.loads(done.stdout.strip().splitlines()[-1]))
    refs: dict = {}
    if not args.no_references:
        plain = args.plain_fts5 == "yes" or (
            args.plain_fts5 == "auto" and args.documents <= 200_000
        )
        setup_django("embedded", work / "refs")
        refs = measure_references(corpus, args.documents, queries, work, plain, args.reuse)
    text = report(engines, refs, args)
    print(text)
    if args.json:
        args.json.write_text(json.dumps({"engines": engines, "references": refs}, indent=2))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
