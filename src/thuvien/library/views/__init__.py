"""The library's pages, one module per kind of page."""
