"""Fuzzing the link to HQ (``sync.json``), enrollment tokens and HQ addresses: whatever the
text, the only error is `LinkError`."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from hypothesis import given
from hypothesis import strategies as st

from sync.link import Link, LinkError, check_hq_url, split_token
from tests.unit.fuzz.hostile import (
    HQ_BOX_KEY,
    HQ_SIGNING_KEY,
    any_json,
    fuzz,
    json_values,
    objects,
    quoted,
    utf8,
)

link_files = objects(
    {
        "hq_url": quoted(st.sampled_from(["https://hq.example.org", "http://127.0.0.1:8000"])),
        "hq_box_key": quoted(st.just(HQ_BOX_KEY)),
        "hq_signing_key": quoted(st.just(HQ_SIGNING_KEY)),
        "device_id": quoted(st.uuids().map(str)),
        "ca_file": st.one_of(st.just("null"), quoted(st.text())),
    }
)


@fuzz(150)
@given(st.one_of(st.binary(max_size=1024), any_json.map(utf8), link_files.map(utf8)))
def test_any_link_file_gives_a_link_or_link_error(data: bytes) -> None:
    for given_as in (data, data.decode("utf-8", "surrogateescape")):
        try:
            link = Link.from_json(given_as)
        except LinkError:
            continue
        assert all(isinstance(v, str) for v in (link.hq_url, link.hq_box_key, link.device_id))
        assert link.ca_file is None or isinstance(link.ca_file, str)
        assert Link.from_json(link.to_json()) == link


@fuzz(100)
@given(json_values)
def test_a_link_with_any_value_in_any_field(value: str) -> None:
    good = {
        "hq_url": "https://hq.example.org",
        "hq_box_key": HQ_BOX_KEY,
        "hq_signing_key": HQ_SIGNING_KEY,
        "device_id": "d",
        "ca_file": None,
    }
    for name in good:
        text = json.dumps({**good, name: "\x00hole"}).replace('"\\u0000hole"', value)
        try:
            link = Link.from_json(text)
        except LinkError:
            continue
        assert isinstance(getattr(link, name), str | None)


tokens = st.one_of(
    st.text(),
    st.tuples(st.text(), st.text(min_size=16, max_size=16)).map("-".join),
    st.from_regex(r"[A-Z2-7 ]{0,30}-[A-Z2-7 ]{0,20}", fullmatch=True),
)


@fuzz(300)
@given(tokens)
def test_any_token_splits_or_gives_link_error(token: str) -> None:
    try:
        secret, fingerprint = split_token(token)
    except LinkError:
        return
    assert secret and len(fingerprint) == 16


HOSTS = (
    "hq.example.org", "127.0.0.1", "localhost", "[::1]", "[::1", "::1]", "[fe80::1%eth0]",
    "0x7f.1", "2130706433", "[::ffff:127.0.0.1]", "\uff03x", "a\u2100b", "xn--", "",
)  # fmt: skip
urls = st.one_of(
    st.text(),
    st.tuples(
        st.sampled_from(["https://", "http://", "HTTP://", "ftp://", "//", "https:", ""]),
        st.one_of(st.sampled_from(HOSTS), st.text()),
        st.sampled_from(["", ":443", ":99999", ":-1", ":x", "/", "/path?q#f", "@evil"]),
        st.text(max_size=10),
    ).map("".join),
)


@fuzz(300)
@given(urls)
def test_any_hq_address_is_checked_or_gives_link_error(url: str) -> None:
    try:
        checked = check_hq_url(url)
    except LinkError:
        return
    assert urlsplit(checked).scheme in ("https", "http")
