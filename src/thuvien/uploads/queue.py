"""The job queue on Huey: SQLite in the data folder by default, Redis when configured.

``THUVIEN_QUEUE_URL`` empty: SqliteHuey, the queue is a file in the data folder and
``thuvien serve`` runs the consumer in its own process (nothing else to start).
``THUVIEN_QUEUE_URL=redis://host:6379/0``: RedisHuey, and ``thuvien worker`` runs consumers
on any machine that reaches the database, the storage and Redis. Same tasks either way.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import close_old_connections
from django.utils import timezone
from huey import Huey, RedisHuey, SqliteHuey, crontab
from huey.api import TaskWrapper
from huey.consumer import Consumer

log = logging.getLogger(__name__)

RETRIES = 3
RETRY_DELAY_SECONDS = 10
# The longest an idle consumer waits between two looks at the queue.
POLL_SECONDS = 2.0


@dataclass(frozen=True)
class JobQueue:
    huey: Huey
    process_upload: TaskWrapper
    requeue_expired: TaskWrapper


_queues: dict[tuple[str, str, str], JobQueue] = {}
_lock = threading.Lock()


def job_queue() -> JobQueue:
    """The queue the settings name (built once per configuration)."""
    key = (settings.QUEUE_URL, str(settings.DATA_DIR), settings.QUEUE_NAME)
    with _lock:
        if key not in _queues:
            _queues[key] = _build(*key)
        return _queues[key]


def queue_file(data_dir: str | Path) -> Path:
    return Path(data_dir) / "queue.sqlite3"


def _build(url: str, data_dir: str, name: str) -> JobQueue:
    if url.startswith(("redis://", "rediss://", "unix://")):
        huey: Huey = RedisHuey(name, url=url, results=False)
    elif url:
        raise ImproperlyConfigured("THUVIEN_QUEUE_URL must be empty or a redis:// address")
    else:
        huey = SqliteHuey(name, filename=str(queue_file(data_dir)), results=False, timeout=30)

    from . import jobs

    @huey.pre_execute(name="thuvien.db")
    def _fresh_connection(task) -> None:
        close_old_connections()

    @huey.post_execute(name="thuvien.db")
    def _done_connection(task, task_value, exc) -> None:
        close_old_connections()

    process = huey.task(
        retries=RETRIES, retry_delay=RETRY_DELAY_SECONDS, name="thuvien.process_upload"
    )(jobs.process_upload)
    sweep = huey.periodic_task(crontab(minute="*"), name="thuvien.requeue_expired")(
        _requeue_expired
    )
    return JobQueue(huey, process, sweep)


def _requeue_expired() -> list[int]:
    from .jobs import requeue_expired

    return requeue_expired()


def enqueue_upload(upload_id: int) -> None:
    """Send the upload's job to the queue (and note when, for the sweep)."""
    from .models import Upload

    Upload.objects.filter(pk=upload_id).update(enqueued_at=timezone.now())
    job_queue().process_upload(upload_id)


class _EmbeddedConsumer(Consumer):
    """A consumer inside `thuvien serve`: the web server keeps its own Ctrl-C handling."""

    def _set_signal_handlers(self) -> None:
        pass


def start_embedded_consumer(workers: int) -> Consumer | None:
    """Start job threads in this process (for `thuvien serve`); None when workers is 0."""
    if workers <= 0:
        return None
    sweep_now()
    consumer = _EmbeddedConsumer(
        job_queue().huey,
        workers=workers,
        worker_type="thread",
        periodic=True,
        max_delay=POLL_SECONDS,
        check_worker_health=False,
        shutdown_timeout=5,
    )
    consumer.start()
    return consumer


def run_worker(workers: int) -> None:
    """`thuvien worker`: consumers until SIGINT (finish the current jobs) or SIGTERM."""
    sweep_now()
    consumer = job_queue().huey.create_consumer(
        workers=max(1, workers),
        worker_type="thread",
        periodic=True,
        max_delay=POLL_SECONDS,
    )
    consumer.run()


def sweep_now() -> None:
    from .jobs import requeue_expired

    try:
        found = requeue_expired()
    except Exception:  # a consumer must start even if the sweep cannot run now
        log.exception("the sweep of expired uploads failed; it runs again every minute")
        return
    if found:
        log.warning("put %d unfinished uploads back in the queue", len(found))
