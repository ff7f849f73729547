"""The demo library: generated Vietnamese PDFs written from the project's own texts."""
