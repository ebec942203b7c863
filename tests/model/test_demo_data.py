"""The demo catalogue is data (``lip_desktop/resources/demo.json``), read by the demo builder."""

from __future__ import annotations

import json

from lip_desktop.model import demo


def test_demo_json_equals_the_old_builder() -> None:
    built = json.loads(json.dumps(demo.demo_catalogue()))
    assert demo.demo_catalogue_from_data() == built
