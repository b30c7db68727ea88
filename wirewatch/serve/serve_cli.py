"""The ``wirewatch serve`` command: argument parsing, checks, and uvicorn running the API.

The handler checks the store, builds the app with ``serve.api.create_app`` and runs it;
domain errors go up to ``cli.main``, which maps them to exit codes.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from pathlib import Path
from typing import Any

from wirewatch.errors import InputError
from wirewatch.store import DEFAULT_DB, open_store

TOKEN_VARIABLE = "WIREWATCH_API_TOKEN"
WEB_DIR = Path(__file__).resolve().parent / "web"
_LOCAL_NAMES = frozenset({"localhost"})


def add_serve_command(commands: Any) -> None:
    """Add ``serve`` to the ``wirewatch`` sub-commands."""
    serve = commands.add_parser(
        "serve",
        help="serve the store over HTTP (API and web page)",
        description="Serve the store's events, articles and statistics over HTTP: the API "
        "under /api (described at /docs), the web page at /. Posting articles "
        f"(POST /api/articles) needs a token: --token or ${TOKEN_VARIABLE}.",
    )
    serve.add_argument(
        "--db",
        default=DEFAULT_DB,
        help=f"SQLite file or postgresql:// URL (default: {DEFAULT_DB})",
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    serve.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    serve.add_argument(
        "--token",
        help=f"bearer token that lets clients post articles (default: ${TOKEN_VARIABLE}; "
        "without one, posting is refused); the variable keeps it out of the process list",
    )
    serve.add_argument(
        "--max-body-bytes",
        type=int,
        default=1_000_000,
        metavar="N",
        help="largest request body accepted (default: %(default)s)",
    )


def run_serve_command(args: argparse.Namespace) -> int | None:
    """Run ``serve``; None when ``args`` names another command."""
    if args.command != "serve":
        return None
    return _serve(args)


def _serve(args: argparse.Namespace) -> int:
    import uvicorn  # the server only when serving

    from wirewatch.serve.api import create_app

    if not 0 < args.port < 65536:
        raise InputError(f"--port must be between 1 and 65535, got {args.port}")
    if args.max_body_bytes < 1:
        raise InputError(f"--max-body-bytes must be at least 1, got {args.max_body_bytes}")
    with open_store(_existing(args.db)):  # a store that cannot be opened fails here, clearly
        pass
    token = args.token or os.environ.get(TOKEN_VARIABLE) or None
    if not is_loopback(args.host):
        print(
            f"wirewatch: warning: serving on {args.host}, not a loopback address: anyone who "
            "can reach this machine can read the store"
            + (" and, with the token, post articles" if token else "")
            + "; use --host 127.0.0.1 to keep it local",
            file=sys.stderr,
        )
    if token is None:
        print(
            f"wirewatch: posting articles is off (set --token or ${TOKEN_VARIABLE} to allow it)",
            file=sys.stderr,
        )
    app = create_app(args.db, token=token, max_body_bytes=args.max_body_bytes, web_dir=WEB_DIR)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


def _existing(db: str) -> str:
    """The store target, refusing a SQLite file that does not exist (rather than making an
    empty one)."""
    if "://" not in db and not Path(db).exists():
        raise InputError(f"{db}: no such database; run `wirewatch ingest` first")
    return db


def is_loopback(host: str) -> bool:
    """Whether ``host`` only answers this machine (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
