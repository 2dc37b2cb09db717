"""Hypothesis strategies for hostile socket frames, shared by every socket's property tests
(the live room, interviews, messaging): any text, any JSON value, nesting past the parser's
recursion limit, huge numbers."""

from __future__ import annotations

import json

from hypothesis import strategies as st

NESTED = "[" * 2000 + "]" * 2000

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
deep_nesting = st.builds(
    lambda depth, opener, closed: opener * depth + ({"[": "]"}.get(opener, "}") * depth if closed else ""),
    st.integers(1, 5000) | st.integers(900, 5000),  # past json's recursion limit often
    st.sampled_from(["[", '{"a":']),
    st.booleans(),
).map(lambda text: text.replace('{"a":}', '{"a":0}'))
text_without_surrogates = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300)
raw_frames = st.one_of(
    text_without_surrogates,
    json_values.map(json.dumps),
    deep_nesting,
    st.integers(-(10**40), 10**40).map(lambda n: f'{{"type":"ping","received":{n}}}'),
)


def shaped(kinds: list[str], fields: tuple[str, ...]) -> st.SearchStrategy[dict]:
    """Objects shaped like a socket's messages: a known ``type`` and any values in its fields."""
    return st.fixed_dictionaries(
        {"type": st.sampled_from(kinds)}, optional={field: json_values for field in fields}
    )
