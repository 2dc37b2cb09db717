"""Two independent QR decoders: zbar (Debian libzbar0 through pyzbar) and zxing-cpp (PyPI)."""

from __future__ import annotations

import io

from PIL import Image


def decode_both(image: Image.Image | bytes) -> tuple[list[str], list[str]]:
    """What each decoder reads in ``image``: (zbar's texts, zxing-cpp's texts)."""
    import zxingcpp
    from pyzbar import pyzbar

    if isinstance(image, bytes):
        image = Image.open(io.BytesIO(image))
    image = image.convert("L")
    zbar = [symbol.data.decode("utf-8") for symbol in pyzbar.decode(image) if symbol.type == "QRCODE"]
    zxing = [result.text for result in zxingcpp.read_barcodes(image)]
    return zbar, zxing


def assert_decodes_to(image: Image.Image | bytes, expected: str) -> None:
    zbar, zxing = decode_both(image)
    assert zbar == [expected], f"zbar read {zbar!r}"
    assert zxing == [expected], f"zxing-cpp read {zxing!r}"


def pdf_page_images(content: bytes) -> list[Image.Image]:
    """The page images embedded in one of our PDFs (one JPEG per page)."""
    assert content.startswith(b"%PDF-")
    images, start = [], content.find(b"\xff\xd8\xff")
    while start != -1:
        images.append(Image.open(io.BytesIO(content[start:])))
        images[-1].load()
        start = content.find(b"\xff\xd8\xff", start + 1)
    return images
