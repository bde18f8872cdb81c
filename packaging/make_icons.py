"""Draw the app's icon set into resources/icons (committed; run again only to change the icon).

    .venv/bin/python packaging/make_icons.py

The icon: a person and three rising bars (people trained, figures reported), white on UN
blue. Drawn once large and scaled down with a good filter, so small sizes stay crisp.

- ``hicolor/<n>x<n>/apps/fieldapp.png``: the freedesktop icon theme layout (Linux; the
  ``.desktop`` entry names the icon ``fieldapp``) and the window icon;
- ``fieldapp.ico`` (Windows) and ``fieldapp.icns`` (macOS) for the packaged executable.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
BLUE = (0, 118, 182, 255)  # a deep UN blue: white on it passes WCAG AA
WHITE = (255, 255, 255, 255)
BIG = 1024


def draw() -> Image.Image:
    image = Image.new("RGBA", (BIG, BIG), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((32, 32, BIG - 32, BIG - 32), radius=200, fill=BLUE)
    # a person: head and shoulders, upper left
    pen.ellipse((190, 190, 390, 390), fill=WHITE)
    pen.pieslice((130, 420, 450, 740), start=180, end=360, fill=WHITE)
    pen.rectangle((130, 579, 450, 640), fill=WHITE)
    # three rising bars, lower right, on a base line
    base = 800
    for n, height in enumerate((210, 370, 530)):
        left = 510 + n * 130
        pen.rounded_rectangle((left, base - height, left + 95, base), radius=18, fill=WHITE)
    pen.rounded_rectangle((130, base + 30, 894, base + 80), radius=25, fill=WHITE)
    return image


def main() -> None:
    big = draw()
    images = {n: big.resize((n, n), Image.Resampling.LANCZOS) for n in SIZES}
    for n, image in images.items():
        folder = ICONS / "hicolor" / f"{n}x{n}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(folder / "fieldapp.png", optimize=True)
    big.save(ICONS / "fieldapp.ico", sizes=[(n, n) for n in SIZES if n <= 256])
    big.save(ICONS / "fieldapp.icns")
    print(f"icons in {ICONS}")


if __name__ == "__main__":
    main()
