"""Every code decodes, with zbar and with zxing-cpp, to exactly what it was made for."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from qr.codes import CodeError, CodeSpec, code_image, render
from qr.tests.decoding import assert_decodes_to

SHORT = "https://zhaopin.example.edu.cn/q/ab3k9mx2qr?via=qr"


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
@pytest.mark.parametrize("size", [120, 480, 1200])
def test_png_codes_decode_to_their_url_at_every_level_and_size(level, size):
    assert_decodes_to(render(CodeSpec(SHORT, "png", size, level)), SHORT)


@pytest.mark.parametrize("size", [240, 960])
def test_codes_with_the_campaign_logo_still_decode(size):
    png = render(CodeSpec(SHORT, "png", size, "H", logo=True))
    assert_decodes_to(png, SHORT)


def test_the_logo_is_really_there():
    plain = code_image(SHORT, size=480, level="H")
    with_logo = code_image(SHORT, size=480, level="H", logo=True)
    centre = (
        with_logo.width // 2 - 20,
        with_logo.height // 2 - 20,
        with_logo.width // 2 + 20,
        with_logo.height // 2 + 20,
    )
    assert plain.crop(centre).tobytes() != with_logo.crop(centre).tobytes()


def test_chinese_text_and_long_urls_round_trip():
    text = "https://zhaopin.example.edu.cn/live/12/?title=" + "山海有约直播带岗" * 10
    assert_decodes_to(code_image(text, size=900, level="L"), text)


def test_a_payload_too_long_for_the_level_is_a_clear_error_not_a_crash():
    with pytest.raises(CodeError, match="内容太长"):
        render(CodeSpec("https://example.cn/" + "x" * 900, "png", 480, "H"))


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (CodeSpec(SHORT, "gif"), "PNG 或 SVG"),
        (CodeSpec(SHORT, level="X"), "L、M、Q 或 H"),
        (CodeSpec(SHORT, size=50), "120 到 2400"),
        (CodeSpec(SHORT, size=99999), "120 到 2400"),
        (CodeSpec(SHORT, level="M", logo=True), "H 级纠错"),
        (CodeSpec(""), "没有可编码"),
    ],
)
def test_bad_requests_for_a_code_say_what_is_wrong(spec, message):
    with pytest.raises(CodeError, match=message):
        spec.validate()


def test_svg_is_an_svg_of_the_same_symbol():
    svg = render(CodeSpec(SHORT, "svg", 480)).decode()
    assert svg.startswith("<svg") and 'viewBox="0 0 ' in svg and 'width="480"' in svg
    png = code_image(SHORT, size=480)
    modules = int(svg.split('viewBox="0 0 ')[1].split()[0])
    assert png.width % modules == 0  # the same module grid in both formats


def test_rendering_is_cached(monkeypatch):
    first = render(CodeSpec(SHORT, "png", 480))
    monkeypatch.setattr("qr.codes.render_png", lambda spec: pytest.fail("rendered twice"))
    assert render(CodeSpec(SHORT, "png", 480)) == first


def test_png_size_is_close_to_what_was_asked():
    image = Image.open(io.BytesIO(render(CodeSpec(SHORT, "png", 480))))
    assert 400 <= image.width <= 480 and image.width == image.height
