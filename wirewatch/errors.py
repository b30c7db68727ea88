"""The error tree: every failure a user can meet, with a stable code and an actionable message.

WirewatchError (code "wirewatch")
├── InputError ("input")                 bad article input; CLI exit status 3
│   ├── EmptyInputError ("input.empty")
│   ├── DecodeError ("input.decode")      bytes that are not UTF-8 text
│   └── BinaryInputError ("input.binary") a binary file (NUL bytes, control characters)
├── UnsupportedLanguageError ("language.unsupported")   exit status 4
├── ResourceError ("resource")           a resource file is missing or invalid; exit 5
└── ModelError ("model")                 the spaCy pipeline is not installed; exit 5
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


class UnsupportedLanguageError(WirewatchError):
    code = "language.unsupported"
    exit_status = 4


class ResourceError(WirewatchError):
    code = "resource"
    exit_status = 5


class ModelError(WirewatchError):
    code = "model"
    exit_status = 5
