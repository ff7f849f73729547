"""The document library: models, ingest service, pages, admin and counters."""
