"""The exchange file's text is exactly ``json.dumps(doc, ensure_ascii=False, indent=1)``,
also now that it is joined in batches (so the GUI thread is not held for 0.4 s); the
generated catalogue has more than one batch of pieces."""

from __future__ import annotations

import json

from lip_desktop.model import demo, generate, interchange


def test_the_text_is_the_one_json_dumps_writes() -> None:
    for doc in (demo.demo_catalogue(), generate.generate_catalogue(goals_per_field=5),
                {"catalogue": {}, "measures": [], "leer": {}, "ä": "ß\\n"}):
        assert interchange.dumps(doc) == json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
