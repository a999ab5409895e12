"""The `aligned-serve` command line.

    aligned-serve serve [--engine vllm|transformers|remote] [--model DIR] [--reward-model DIR|rule:...] ...
    aligned-serve rm push PATH --name NAME [--server URL] [--admin-key KEY] [--no-activate]
    aligned-serve rm list | rollback NAME | activate NAME VERSION
    aligned-serve generator reload PATH

Every server setting is a flag (`--default-n 8`) and an environment variable (`ALIGNED_SERVE_DEFAULT_N=8`).
Admin commands read the key from `--admin-key` or `ALIGNED_SERVE_ADMIN_KEY`. The feedback log is a SQLite file
by default; `--feedback-db postgresql://user:pw@host/db` puts every replica's log in one PostgreSQL database.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import typing
from typing import Any

from aligned_serve.settings import Settings


def _settings_flags(parser: argparse.ArgumentParser) -> None:
    """One flag per setting. A boolean also has bare `--x` / `--no-x` forms (`--x false` still works); a list
    setting may repeat its flag and take comma-separated values."""
    for name, field in Settings.model_fields.items():
        flag = name.replace("_", "-")
        if field.annotation in (bool, bool | None):
            parser.add_argument(f"--{flag}", dest=name, default=None, nargs="?", const="true", help=field.description)
            parser.add_argument(f"--no-{flag}", dest=name, action="store_const", const="false", help=argparse.SUPPRESS)
        elif typing.get_origin(field.annotation) is list:
            parser.add_argument(f"--{flag}", dest=name, default=None, action="append", help=field.description)
        else:
            parser.add_argument(f"--{flag}", dest=name, default=None, help=field.description)


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from aligned_core.default_models import DefaultModelError
    from aligned_serve.app import build_app

    overrides = {k: v for k, v in vars(args).items() if k in Settings.model_fields and v is not None}
    settings = Settings(**overrides)
    try:
        app = build_app(settings)
    except DefaultModelError as exc:  # no default reward model: say how to make one, no traceback
        logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
        logging.getLogger("aligned_serve").error("cannot start: %s", exc)
        return 1
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=settings.log_level,
                timeout_graceful_shutdown=30)
    return 0


def _admin(args: argparse.Namespace, method: str, path: str, body: dict[str, Any] | None = None) -> int:
    import httpx

    key = args.admin_key or os.environ.get("ALIGNED_SERVE_ADMIN_KEY")
    if not key:
        print("error: an admin key is required (--admin-key or ALIGNED_SERVE_ADMIN_KEY)", file=sys.stderr)
        return 2
    url = args.server.rstrip("/") + path
    try:
        resp = httpx.request(method, url, json=body, headers={"Authorization": f"Bearer {key}"}, timeout=args.timeout)
    except httpx.HTTPError as exc:
        print(f"error: cannot reach {url}: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(resp.json(), indent=2))
    return 0 if resp.is_success else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="aligned-serve", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_serve = sub.add_parser("serve", help="run the OpenAI-compatible server")
    _settings_flags(p_serve)

    def admin_parser(name: str, **kw: Any) -> argparse.ArgumentParser:
        p = kw.pop("parent").add_parser(name, **kw)
        p.add_argument("--server", default=os.environ.get("ALIGNED_SERVE_URL", "http://127.0.0.1:8000"))
        p.add_argument("--admin-key", default=None)
        p.add_argument("--timeout", type=float, default=600.0)
        return p

    rm = sub.add_parser("rm", help="manage the reward models of a running server").add_subparsers(
        dest="rm_command", required=True)
    push = admin_parser("push", parent=rm, help="load, validate, warm up and activate a checkpoint")
    push.add_argument("path")
    push.add_argument("--name", default="main", help="registry name (the server default is 'main')")
    push.add_argument("--version", default=None)
    push.add_argument("--kind", choices=["hf", "implicit"], default="hf")
    push.add_argument("--reference-path", default=None, help="implicit (DPO) rewards: the reference policy")
    push.add_argument("--no-activate", action="store_true")
    admin_parser("list", parent=rm, help="list reward models")
    rb = admin_parser("rollback", parent=rm, help="reactivate the previous version")
    rb.add_argument("name")
    act = admin_parser("activate", parent=rm, help="activate a loaded version")
    act.add_argument("name")
    act.add_argument("version")
    gen = sub.add_parser("generator", help="manage the generator of a running server").add_subparsers(
        dest="gen_command", required=True)
    reload = admin_parser("reload", parent=gen, help="load a new policy checkpoint without a restart")
    reload.add_argument("path")

    args = parser.parse_args(argv)
    if args.command == "serve":
        return serve(args)
    if args.command == "generator":
        return _admin(args, "POST", "/admin/generator/reload", {"path": os.path.abspath(args.path)})
    if args.rm_command == "push":
        body = {"name": args.name, "path": os.path.abspath(args.path), "kind": args.kind,
                "version": args.version, "activate": not args.no_activate,
                "reference_path": os.path.abspath(args.reference_path) if args.reference_path else None}
        return _admin(args, "POST", "/admin/reward_models", body)
    if args.rm_command == "list":
        return _admin(args, "GET", "/admin/reward_models")
    if args.rm_command == "rollback":
        return _admin(args, "POST", f"/admin/reward_models/{args.name}/rollback")
    return _admin(args, "POST", f"/admin/reward_models/{args.name}/activate", {"version": args.version})


if __name__ == "__main__":
    sys.exit(main())
