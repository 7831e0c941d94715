"""Write the API's OpenAPI document: ``python -m eventwire.web.openapi docs/openapi.json``.

The document does not depend on what a store holds, so it is built over an in-memory store;
a test checks that the committed docs/openapi.json is what this writes.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def openapi_document() -> dict[str, Any]:
    from eventwire.web.app import create_app

    app = create_app(":memory:", token="")
    try:
        return app.openapi()
    finally:
        app.state.store.close()


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = dumps(openapi_document())
    if args:
        with open(args[0], "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
