"""The queue on Huey: SQLite in the data folder (consumed inside `thuvien serve`), or Redis."""

from __future__ import annotations

import time
import uuid

import pytest
from django.urls import reverse

from tests.conftest import skip_or_fail
from thuvien.uploads.models import Upload
from thuvien.uploads.queue import job_queue, queue_file, start_embedded_consumer

from .conftest import uploaded


def wait_for(predicate, seconds: float = 90) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def finished(pk: int) -> bool:
    return Upload.objects.get(pk=pk).state not in {Upload.State.QUEUED, Upload.State.PROCESSING}


def upload_through_the_page(client, data: bytes) -> Upload:
    response = client.post(
        reverse("uploads:upload"),
        {"file": uploaded("hang-cho.pdf", data)},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200, response.content
    return Upload.objects.get(pk=response.json()["id"])


def pending_uploads() -> list:
    # The minute's sweep may be waiting in the queue too: only upload jobs count here.
    return [t for t in job_queue().huey.pending() if t.name == "thuvien.process_upload"]


def run_consumer_until(pk: int) -> None:
    consumer = start_embedded_consumer(1)
    try:
        assert wait_for(lambda: finished(pk)), "the consumer did not finish the job"
    finally:
        consumer.stop(graceful=True)


@pytest.mark.django_db(transaction=True)
def test_embedded_queue_is_a_sqlite_file_consumed_in_process(user_client, pdf_bytes, settings):
    settings.QUEUE_URL = ""
    upload = upload_through_the_page(user_client, pdf_bytes())
    assert queue_file(settings.DATA_DIR).exists()
    assert [t.args for t in pending_uploads()] == [(upload.pk,)]
    run_consumer_until(upload.pk)
    upload.refresh_from_db()
    assert upload.state == Upload.State.PUBLISHED
    assert pending_uploads() == []


@pytest.mark.django_db(transaction=True)
def test_redis_queue_runs_the_same_jobs(user_client, pdf_bytes, settings):
    redis = pytest.importorskip("redis")
    url = "redis://127.0.0.1:6379/15"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.exceptions.ConnectionError:
        skip_or_fail("no Redis server at 127.0.0.1:6379")
    settings.QUEUE_URL = url
    settings.QUEUE_NAME = f"thuvien-test-{uuid.uuid4().hex[:8]}"
    huey = job_queue().huey
    assert type(huey).__name__ == "RedisHuey"
    try:
        upload = upload_through_the_page(user_client, pdf_bytes())
        assert [t.args for t in pending_uploads()] == [(upload.pk,)]
        assert not queue_file(settings.DATA_DIR).exists()
        run_consumer_until(upload.pk)
        upload.refresh_from_db()
        assert upload.state == Upload.State.PUBLISHED
        assert pending_uploads() == []
    finally:
        huey.storage.flush_all()
