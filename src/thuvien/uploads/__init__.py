"""Uploads, background jobs and moderation.

A signed-in user uploads a file (views/upload.py); the original waits in storage while a job
(jobs.py, on Huey: queue.py) extracts it in a child process with a time limit and a memory cap
(isolation.py) and stores it through the library's ingest. Published at once or held for a
moderator (settings.MODERATION); near-duplicates are always held. Moderators approve, reject,
edit and merge (moderation.py, views/moderation.py); visitors report documents (views/reports.py).
"""
