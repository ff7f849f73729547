"""The pages of uploads and moderation, one module per kind of page."""
