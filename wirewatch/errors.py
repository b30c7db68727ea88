"""The error tree: every failure a user can meet, with a stable code and an actionable message.

WirewatchError (code "wirewatch")
├── InputError ("input")                 bad article input; CLI exit status 3
│   ├── EmptyInputError ("input.empty")
│   ├── DecodeError ("input.decode")      bytes that are not UTF-8 text
│   ├── BinaryInputError ("input.binary") a binary file (NUL bytes, control characters)
│   ├── TooLargeError ("input.too_large") over the size limit for one article
│   ├── NotArticleError ("input.not_article") a page with no article text (index, login, ...)
│   ├── FetchError ("input.fetch")        a URL or feed that could not be fetched
│   │   └── ForbiddenAddressError ("input.fetch.forbidden")  private/loopback address refused
│   └── FeedError ("input.feed")          a feed that cannot be parsed
├── UnsupportedLanguageError ("language.unsupported")   exit status 4
├── ResourceError ("resource")           a resource file is missing or invalid; exit 5
├── ModelError ("model")                 the spaCy pipeline is not installed; exit 5
└── StoreError ("store")                 the database cannot be opened, migrated or written; exit 6
"""

from __future__ import annotations


class WirewatchError(Exception):
    """Base class: ``code`` is stable across releases; ``exit_status`` is the CLI's."""

    code = "wirewatch"
    exit_status = 1


class InputError(WirewatchError):
    code = "input"
    exit_status = 3


class EmptyInputError(InputError):
    code = "input.empty"


class DecodeError(InputError):
    code = "input.decode"


class BinaryInputError(InputError):
    code = "input.binary"


class TooLargeError(InputError):
    code = "input.too_large"


class NotArticleError(InputError):
    code = "input.not_article"


class FetchError(InputError):
    code = "input.fetch"


class ForbiddenAddressError(FetchError):
    code = "input.fetch.forbidden"


class FeedError(InputError):
    code = "input.feed"


class UnsupportedLanguageError(WirewatchError):
    code = "language.unsupported"
    exit_status = 4


class ResourceError(WirewatchError):
    code = "resource"
    exit_status = 5


class ModelError(WirewatchError):
    code = "model"
    exit_status = 5


class StoreError(WirewatchError):
    code = "store"
    exit_status = 6
