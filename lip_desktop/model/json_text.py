"""JSON text written in bulk (state hashes, JSON columns of an import): one encoder, built once.

``JSONEncoder.encode`` builds a new C encoder object on every call. An import encodes the
content of 65,000 records for their state hashes and two lists of each of 21,000
measures for their JSON columns; that set-up was about a third of the encoding. The
function returned here makes the C encoder once, with exactly the arguments ``encode``
would give it, so the text is the same, byte for byte (hashes depend on it).
"""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Callable
from typing import Any


def encoder_of(settings: json.JSONEncoder) -> Callable[[Any], str]:
    """``settings.encode`` without the per-call set-up, for JSON data (dicts, lists, str,
    int, float, bool, None: never a cycle, so no circular-reference markers are kept).

    Falls back to ``settings.encode`` where Python has no C accelerator, and for
    pretty-printed output (``indent``), which the C encoder does not write.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if settings.ensure_ascii:
        basestring = getattr(json.encoder, "c_encode_basestring_ascii", None)
    else:
        basestring = getattr(json.encoder, "c_encode_basestring", None)
    if make is None or basestring is None or settings.indent is not None:
        return settings.encode
    encoder = make(None, settings.default, basestring, None, settings.key_separator,
                   settings.item_separator, settings.sort_keys, settings.skipkeys,
                   settings.allow_nan)

    def encode(value: Any) -> str:
        if isinstance(value, str):  # as ``encode`` does: the C encoder wants containers
            return settings.encode(value)
        return "".join(encoder(value, 0))
    return encode
