"""Ingest: bytes from files and streams to article text (more sources land with the store)."""

from wirewatch.ingest.plaintext import decode_article_bytes, read_article_text

__all__ = ["decode_article_bytes", "read_article_text"]
