"""Procedural, licence-free illustrations for the demo newsroom, drawn with Pillow."""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from PIL import Image, ImageChops, ImageDraw, ImageFilter

SCENES: tuple[str, ...] = (
    "harbour",
    "skyline",
    "mountains",
    "fields",
    "forest",
    "river",
    "government-building",
    "market",
    "storm",
    "coast",
    "night-city",
    "solar-farm",
    "wind-turbines",
    "bridge",
    "railway",
    "desert",
)

RGB = tuple[int, int, int]
Point = tuple[float, float]
Stops = Sequence[tuple[float, RGB]]

# Scenes are drawn at twice the requested size and box-filtered down, which antialiases every
# edge at a fraction of the cost of a Lanczos resample.
_SUPERSAMPLE = 2
_BILINEAR = Image.Resampling.BILINEAR
_NEAREST = Image.Resampling.NEAREST


# --------------------------------------------------------------------------------------------
# Colour helpers
# --------------------------------------------------------------------------------------------


def _clamp(value: float) -> int:
    return 0 if value <= 0 else 255 if value >= 255 else int(value + 0.5)


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return (
        _clamp(a[0] + (b[0] - a[0]) * t),
        _clamp(a[1] + (b[1] - a[1]) * t),
        _clamp(a[2] + (b[2] - a[2]) * t),
    )


def _mul(c: RGB, f: float) -> RGB:
    return (_clamp(c[0] * f), _clamp(c[1] * f), _clamp(c[2] * f))


def _at(stops: Stops, t: float) -> RGB:
    if t <= stops[0][0]:
        return stops[0][1]
    for (p0, c0), (p1, c1) in pairwise(stops):
        if t <= p1:
            return _mix(c0, c1, (t - p0) / (p1 - p0) if p1 > p0 else 1.0)
    return stops[-1][1]


def _gradient(width: int, height: int, stops: Stops) -> Image.Image:
    column = Image.new("RGB", (1, height))
    column.putdata([_at(stops, (i + 0.5) / height) for i in range(height)])
    return column.resize((width, height), _NEAREST)


# --------------------------------------------------------------------------------------------
# Times of day
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Time:
    sky: tuple[tuple[float, RGB], ...]
    haze: RGB
    tint: tuple[float, float, float]
    sun: RGB | None
    sun_height: tuple[float, float]
    cloud: RGB
    cloud_shade: RGB
    night: bool = False
    streaky: bool = False


_TIMES: dict[str, _Time] = {
    "day": _Time(
        sky=((0.0, (52, 108, 184)), (0.55, (112, 166, 220)), (1.0, (200, 224, 240))),
        haze=(192, 214, 232),
        tint=(1.0, 1.0, 1.0),
        sun=(255, 250, 232),
        sun_height=(0.45, 0.8),
        cloud=(255, 255, 255),
        cloud_shade=(203, 215, 232),
    ),
    "golden": _Time(
        sky=(
            (0.0, (74, 110, 170)),
            (0.45, (186, 164, 160)),
            (0.8, (244, 186, 128)),
            (1.0, (255, 214, 152)),
        ),
        haze=(238, 196, 158),
        tint=(1.06, 0.95, 0.82),
        sun=(255, 240, 196),
        sun_height=(0.06, 0.25),
        cloud=(255, 226, 196),
        cloud_shade=(210, 150, 142),
        streaky=True,
    ),
    "dawn": _Time(
        sky=((0.0, (92, 118, 176)), (0.55, (210, 170, 190)), (1.0, (255, 212, 186))),
        haze=(226, 202, 206),
        tint=(1.0, 0.94, 0.95),
        sun=(255, 242, 218),
        sun_height=(0.04, 0.18),
        cloud=(255, 222, 214),
        cloud_shade=(186, 158, 184),
        streaky=True,
    ),
    "dusk": _Time(
        sky=(
            (0.0, (32, 38, 90)),
            (0.45, (118, 70, 122)),
            (0.8, (228, 118, 94)),
            (1.0, (255, 180, 112)),
        ),
        haze=(176, 110, 122),
        tint=(0.78, 0.62, 0.68),
        sun=(255, 214, 150),
        sun_height=(0.02, 0.1),
        cloud=(250, 158, 128),
        cloud_shade=(104, 66, 108),
        streaky=True,
    ),
    "overcast": _Time(
        sky=((0.0, (122, 131, 146)), (1.0, (198, 202, 206))),
        haze=(188, 193, 199),
        tint=(0.86, 0.88, 0.92),
        sun=None,
        sun_height=(0.5, 0.7),
        cloud=(212, 215, 220),
        cloud_shade=(150, 156, 168),
    ),
    "night": _Time(
        sky=((0.0, (5, 9, 28)), (0.6, (16, 26, 64)), (1.0, (54, 52, 98))),
        haze=(34, 40, 76),
        tint=(0.22, 0.25, 0.38),
        sun=None,
        sun_height=(0.45, 0.75),
        cloud=(60, 62, 96),
        cloud_shade=(30, 34, 62),
        night=True,
    ),
    "storm": _Time(
        sky=((0.0, (30, 33, 44)), (0.6, (58, 64, 80)), (1.0, (102, 106, 116))),
        haze=(84, 90, 104),
        tint=(0.46, 0.5, 0.56),
        sun=None,
        sun_height=(0.5, 0.7),
        cloud=(92, 98, 112),
        cloud_shade=(40, 44, 56),
    ),
}


# --------------------------------------------------------------------------------------------
# Drawing surface
# --------------------------------------------------------------------------------------------


class _Mask:
    """A greyscale mask over part of the canvas, optionally drawn at reduced resolution."""

    def __init__(self, box: tuple[int, int, int, int], scale: float) -> None:
        self.box = box
        self.scale = scale
        x0, y0, x1, y1 = box
        self.image = Image.new(
            "L", (max(1, round((x1 - x0) * scale)), max(1, round((y1 - y0) * scale))), 0
        )
        self.draw = ImageDraw.Draw(self.image)

    def _pts(self, points: Sequence[Point]) -> list[Point]:
        x0, y0, s = self.box[0], self.box[1], self.scale
        return [((x - x0) * s, (y - y0) * s) for x, y in points]

    def polygon(self, points: Sequence[Point], fill: int = 255) -> None:
        self.draw.polygon(self._pts(points), fill=fill)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, fill: int = 255) -> None:
        (a, b), (c, d) = self._pts([(cx - rx, cy - ry), (cx + rx, cy + ry)])
        self.draw.ellipse((a, b, max(a, c), max(b, d)), fill=fill)

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill: int = 255) -> None:
        (a, b), (c, d) = self._pts([(x0, y0), (x1, y1)])
        self.draw.rectangle((a, b, max(a, c), max(b, d)), fill=fill)

    def line(self, points: Sequence[Point], width: float, fill: int = 255) -> None:
        self.draw.line(self._pts(points), fill=fill, width=max(1, round(width * self.scale)))


class _Canvas:
    def __init__(self, width: int, height: int, rng: random.Random) -> None:
        self.w = width
        self.h = height
        self.u = height / 1000.0
        self.rng = rng
        self.img = Image.new("RGB", (width, height))
        self.draw = ImageDraw.Draw(self.img)
        self.time = _TIMES["day"]
        self.sky_stops: list[tuple[float, RGB]] = list(self.time.sky)
        self.sun_x = width * 0.5
        self.sun_y = height * 0.3
        self.horizon = height * 0.6

    # -- palette --------------------------------------------------------------------------

    def set_time(self, options: Sequence[str]) -> _Time:
        self.time = _TIMES[self.rng.choice(list(options))]
        self.sky_stops = [(p, self.jitter(col, 8)) for p, col in self.time.sky]
        return self.time

    def jitter(self, col: RGB, amount: int) -> RGB:
        r = self.rng
        return (
            _clamp(col[0] + r.randint(-amount, amount)),
            _clamp(col[1] + r.randint(-amount, amount)),
            _clamp(col[2] + r.randint(-amount, amount)),
        )

    def lit(self, col: RGB) -> RGB:
        t = self.time.tint
        return (_clamp(col[0] * t[0]), _clamp(col[1] * t[1]), _clamp(col[2] * t[2]))

    def far(self, col: RGB, depth: float) -> RGB:
        """Colour `col` as seen at `depth` (0 = foreground, 1 = lost in the haze)."""
        return _mix(self.lit(col), self.time.haze, depth)

    def sky_at(self, y: float) -> RGB:
        return _at(self.sky_stops, y / max(1.0, self.horizon))

    # -- primitives -----------------------------------------------------------------------

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        return (
            max(0, int(x0)),
            max(0, int(y0)),
            min(self.w, math.ceil(x1)),
            min(self.h, math.ceil(y1)),
        )

    def mask(self, x0: float, y0: float, x1: float, y1: float, scale: float = 1.0) -> _Mask:
        return _Mask(self.box(x0, y0, x1, y1), scale)

    def apply(self, m: _Mask, col: RGB, blur: float = 0.0, opacity: float = 1.0) -> None:
        x0, y0, x1, y1 = m.box
        if x1 <= x0 or y1 <= y0:
            return
        image = m.image
        if blur > 0:
            image = image.filter(ImageFilter.GaussianBlur(blur * m.scale))
        if image.size != (x1 - x0, y1 - y0):
            image = image.resize((x1 - x0, y1 - y0), _BILINEAR)
        if opacity < 1.0:
            image = image.point([int(v * opacity) for v in range(256)])
        self.img.paste(col, m.box, image)

    def poly(self, points: Sequence[Point], col: RGB) -> None:
        self.draw.polygon(list(points), fill=col)

    def rect(self, x0: float, y0: float, x1: float, y1: float, col: RGB) -> None:
        if x1 > x0 and y1 > y0:
            self.draw.rectangle((x0, y0, x1, y1), fill=col)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, col: RGB) -> None:
        self.draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=col)

    def line(self, points: Sequence[Point], col: RGB, width: float) -> None:
        self.draw.line(list(points), fill=col, width=max(1, round(width)))

    def vgrad(self, x0: float, y0: float, x1: float, y1: float, stops: Stops) -> None:
        top, bottom = int(y0), math.ceil(y1)
        span = max(1, bottom - top)
        for y in range(top, bottom):
            self.draw.line(((x0, y), (x1, y)), fill=_at(stops, (y - top) / span))

    def fog(self, y0: float, y1: float, col: RGB, a0: float, a1: float) -> None:
        """Blend `col` over a horizontal band, from opacity a0 at y0 to a1 at y1."""
        x0, top, x1, bottom = self.box(0, y0, self.w, y1)
        if bottom <= top:
            return
        ramp = Image.linear_gradient("L").resize((8, bottom - top), _BILINEAR)
        ramp = ramp.point([int((a0 + (a1 - a0) * v / 255.0) * 255) for v in range(256)])
        self.img.paste(col, (x0, top, x1, bottom), ramp.resize((x1 - x0, bottom - top), _NEAREST))

    def layer(self, ridge: Sequence[Point], top: RGB, bottom: RGB, fade: float) -> None:
        """Fill below `ridge`, shading from `top` at its crest to `bottom` `fade` px lower."""
        y0 = min(y for _, y in ridge)
        y1 = max(y for _, y in ridge) + fade
        self.poly(_ground(ridge, self.h), bottom)
        box = self.box(0, y0, self.w, y1)
        if box[3] <= box[1]:
            return
        m = _Mask(box, 1.0)
        m.polygon(_ground(ridge, y1 + 2))
        grad = _gradient(box[2] - box[0], box[3] - box[1], [(0.0, top), (1.0, bottom)])
        self.img.paste(grad, box[:2], m.image)

    # -- shared scenery -------------------------------------------------------------------

    def sky(self, horizon: float) -> None:
        self.horizon = horizon
        self.vgrad(0, 0, self.w, horizon + 1, self.sky_stops)
        self.rect(0, horizon, self.w, self.h, self.sky_stops[-1][1])

    def glow(self, x: float, y: float, radius: float, col: RGB, opacity: float) -> None:
        m = self.mask(x - radius * 2, y - radius * 2, x + radius * 2, y + radius * 2, 0.125)
        m.ellipse(x, y, radius, radius)
        self.apply(m, col, blur=radius * 0.6, opacity=opacity)

    def sun(self, x_range: tuple[float, float] = (0.12, 0.88)) -> None:
        t, r, hz = self.time, self.rng, self.horizon
        self.sun_x = self.w * r.uniform(*x_range)
        self.sun_y = hz - r.uniform(*t.sun_height) * hz
        if t.night:
            self.moon()
            return
        if t.sun is None:
            return
        radius = 42 * self.u
        halo = _mix(t.sun, t.haze, 0.3)
        self.glow(self.sun_x, self.sun_y, radius * 7, halo, 0.45)
        self.glow(self.sun_x, self.sun_y, radius * 2.6, t.sun, 0.5)
        self.ellipse(self.sun_x, self.sun_y, radius, radius, t.sun)

    def moon(self) -> None:
        radius = 30 * self.u
        x, y = self.sun_x, self.horizon * self.rng.uniform(0.12, 0.4)
        self.sun_y = y
        self.glow(x, y, radius * 5, (70, 80, 130), 0.5)
        self.ellipse(x, y, radius, radius, (238, 236, 220))
        for _ in range(5):
            a = self.rng.uniform(0, math.tau)
            d = self.rng.uniform(0, radius * 0.55)
            s = self.rng.uniform(0.12, 0.28) * radius
            self.ellipse(x + math.cos(a) * d, y + math.sin(a) * d, s, s, (218, 216, 204))

    def stars(self, count: int, bottom: float) -> None:
        r = self.rng
        for _ in range(count):
            x, y = r.uniform(0, self.w), bottom * r.random() ** 1.4
            size = self.u * r.choice((0.9, 1.1, 1.3, 1.6, 2.2))
            fade = 1.0 - y / bottom
            col = _mix(self.sky_at(y), (255, 250, 235), r.uniform(0.4, 1.0) * fade)
            self.ellipse(x, y, size, size, col)

    def clouds(self, count: int, top: float, bottom: float, scale: float = 1.0) -> None:
        t, r = self.time, self.rng
        light = self.jitter(t.cloud, 5)
        shade = self.jitter(t.cloud_shade, 5)
        for _ in range(count):
            cx = r.uniform(-0.05, 1.05) * self.w
            cy = r.uniform(top, bottom)
            depth = (cy - top) / max(1.0, bottom - top)
            width = self.w * r.uniform(0.14, 0.3) * scale * (1.1 - 0.5 * depth)
            if t.streaky and r.random() < 0.7:
                self.streak(cx, cy, width * 2.2, light, shade)
            else:
                self.cumulus(cx, cy, width, _mix(light, t.haze, depth * 0.4), shade)

    def streak(self, cx: float, cy: float, width: float, light: RGB, shade: RGB) -> None:
        r = self.rng
        thick = width * r.uniform(0.018, 0.03)
        m = self.mask(cx - width, cy - thick * 4, cx + width, cy + thick * 4, 0.25)
        for _ in range(4):
            ox = r.uniform(-0.3, 0.3) * width
            m.ellipse(cx + ox, cy + r.uniform(-1, 1) * thick, width * r.uniform(0.3, 0.55), thick)
        self.apply(m, _mix(light, shade, 0.25), blur=thick * 0.8, opacity=0.85)

    def cumulus(self, cx: float, cy: float, width: float, light: RGB, shade: RGB) -> None:
        r = self.rng
        puffs: list[tuple[float, float, float]] = []
        n = r.randint(5, 8)
        for i in range(n):
            f = (i + 0.5) / n - 0.5
            rad = width * r.uniform(0.14, 0.22) * (1.15 - abs(f) * 1.3)
            puffs.append((cx + f * width * 0.8, cy - rad * r.uniform(0.15, 0.6), rad))
        top = min(py - pr for _, py, pr in puffs)
        box = (cx - width * 0.75, top - width * 0.05, cx + width * 0.75, cy + width * 0.05)
        m = self.mask(*box, scale=0.25)
        for px, py, pr in puffs:
            m.ellipse(px, py, pr, pr)
        m.rect(cx - width * 0.42, cy - width * 0.08, cx + width * 0.42, cy)
        m.rect(box[0], cy, box[2], box[3], fill=0)
        self.apply(m, _mix(light, shade, 0.6), blur=width * 0.012)
        m = self.mask(*box, scale=0.25)
        for px, py, pr in puffs:
            m.ellipse(px, py - pr * 0.2, pr * 0.86, pr * 0.82)
        m.rect(box[0], cy - (cy - top) * 0.16, box[2], box[3], fill=0)
        self.apply(m, light, blur=width * 0.014)

    def birds(self, count: int, x0: float, x1: float, y0: float, y1: float, col: RGB) -> None:
        r = self.rng
        for _ in range(count):
            x, y = r.uniform(x0, x1), r.uniform(y0, y1)
            s = r.uniform(6, 11) * self.u
            flap = r.uniform(0.2, 0.6)
            self.line(
                [
                    (x - s, y - s * flap),
                    (x - s * 0.4, y - s * 0.1),
                    (x, y + s * 0.15),
                    (x + s * 0.4, y - s * 0.1),
                    (x + s, y - s * flap),
                ],
                col,
                1.6 * self.u,
            )

    def reflect(self, y: float, top: RGB, bottom: RGB, strength: float = 0.5) -> None:
        """Mirror everything above the waterline `y` into rippled water below it."""
        w, h = self.w, self.h
        wy = int(y)
        depth = h - wy
        if depth <= 0:
            return
        water = _gradient(w, depth, [(0.0, top), (1.0, bottom)])
        src_h = min(depth, wy)
        src = self.img.crop((0, wy - src_h, w, wy)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
        src = src.resize((max(1, w // 3), max(1, src_h // 10)), _BILINEAR)
        src = src.resize((w, src_h), _BILINEAR)
        water.paste(Image.blend(water.crop((0, 0, w, src_h)), src, strength), (0, 0))
        rippled = water.copy()
        band = max(2, int(3 * self.u))
        phase = self.rng.uniform(0, math.tau)
        for row in range(0, depth, band):
            t = row / depth
            shift = math.sin(row / (4.0 * self.u * (1 + 3 * t)) + phase) * self.u * (1 + 7 * t)
            rippled.paste(water.crop((0, row, w, row + band)), (int(shift), row))
        self.img.paste(rippled, (0, wy))
        self.ripples(wy, h, _mix(top, (255, 255, 255), 0.2), _mul(_mix(top, bottom, 0.6), 0.9))

    def ripples(self, y0: float, y1: float, light: RGB, dark: RGB, count: int = 170) -> None:
        r = self.rng
        for _ in range(count):
            t = r.random() ** 1.6
            y = y0 + (y1 - y0) * t
            length = (8 + 90 * t) * self.u * r.uniform(0.5, 1.5)
            x = r.uniform(-length, self.w)
            col = light if r.random() < 0.5 else dark
            self.line([(x, y), (x + length, y)], col, max(1.0, (0.6 + 1.6 * t) * self.u))

    def glitter(self, y0: float, y1: float, col: RGB, spread: float) -> None:
        """Sparkles on water below the sun."""
        r = self.rng
        for _ in range(220):
            t = r.random() ** 1.3
            y = y0 + (y1 - y0) * t
            x = self.sun_x + r.gauss(0, spread * (0.3 + t)) * self.w
            length = (6 + 60 * t) * self.u * r.uniform(0.4, 1.2)
            self.line([(x - length / 2, y), (x + length / 2, y)], col, (0.8 + 2 * t) * self.u)


# --------------------------------------------------------------------------------------------
# Shapes
# --------------------------------------------------------------------------------------------


def _hills(
    rng: random.Random,
    x0: float,
    x1: float,
    base: float,
    amp: float,
    waves: float = 2.0,
    n: int = 90,
) -> list[Point]:
    """A smooth ridge line whose lowest point is `base` and highest `base - amp`."""
    comps = [
        (1.0, waves * rng.uniform(0.8, 1.2), rng.uniform(0, math.tau)),
        (0.45, waves * rng.uniform(1.8, 2.6), rng.uniform(0, math.tau)),
        (0.18, waves * rng.uniform(4.0, 6.0), rng.uniform(0, math.tau)),
    ]
    total = sum(a for a, _, _ in comps)
    pts: list[Point] = []
    for i in range(n + 1):
        f = i / n
        v = sum(a * math.sin(f * k * math.pi + p) for a, k, p in comps) / total
        pts.append((x0 + (x1 - x0) * f, base - amp * (0.5 + 0.5 * v)))
    return pts


def _jagged(rng: random.Random, a: Point, b: Point, levels: int, rough: float) -> list[Point]:
    """Midpoint-displaced line from a to b (b excluded)."""
    pts = [a, b]
    disp = math.dist(a, b) * rough
    for _ in range(levels):
        out: list[Point] = []
        for p, q in pairwise(pts):
            out.append(p)
            out.append(((p[0] + q[0]) / 2, (p[1] + q[1]) / 2 + rng.uniform(-disp, disp)))
        out.append(pts[-1])
        pts = out
        disp *= 0.5
    return pts[:-1]


def _bezier(a: Point, b: Point, c: Point, n: int = 16) -> list[Point]:
    """Quadratic Bezier from a to c with control point b."""
    out: list[Point] = []
    for i in range(n + 1):
        q = i / n
        out.append(
            (
                (1 - q) ** 2 * a[0] + 2 * (1 - q) * q * b[0] + q * q * c[0],
                (1 - q) ** 2 * a[1] + 2 * (1 - q) * q * b[1] + q * q * c[1],
            )
        )
    return out


def _ground(points: Sequence[Point], bottom: float) -> list[Point]:
    return [*points, (points[-1][0], bottom), (points[0][0], bottom)]


def _y_on(points: Sequence[Point], x: float) -> float:
    """Height of a polyline (sorted by x) at x."""
    if x <= points[0][0]:
        return points[0][1]
    for (xa, ya), (xb, yb) in pairwise(points):
        if x <= xb:
            return ya + (yb - ya) * ((x - xa) / (xb - xa) if xb > xa else 0.0)
    return points[-1][1]


def _fir(c: _Canvas, x: float, base: float, height: float, col: RGB, tiers: int = 5) -> None:
    width = height * 0.42
    top = base - height
    crown = base - height * 0.07
    step = (crown - top) / tiers
    left: list[Point] = [(x, top)]
    for k in range(1, tiers + 1):
        t = k / tiers
        yk = top + step * k
        hw = width / 2 * (0.28 + 0.72 * t)
        left.append((x - hw, yk))
        if k < tiers:
            left.append((x - hw * 0.42, yk - step * 0.12))
    tw = width * 0.06
    trunk: list[Point] = [(x - tw, crown), (x - tw, base), (x + tw, base), (x + tw, crown)]
    right = [(2 * x - px, py) for px, py in reversed(left[1:])]
    c.poly(left + trunk + right, col)


def _tree(c: _Canvas, x: float, base: float, height: float, col: RGB, sun_left: bool) -> None:
    r = c.rng
    rad = height * 0.34
    trunk = _mix(_mul(col, 0.55), (60, 45, 35), 0.5)
    c.rect(x - rad * 0.08, base - height * 0.5, x + rad * 0.08, base, trunk)
    cy = base - height + rad
    dark = _mul(col, 0.74)
    blobs = [
        (
            x + r.uniform(-0.55, 0.55) * rad,
            cy + r.uniform(-0.35, 0.45) * rad,
            rad * r.uniform(0.5, 0.75),
        )
        for _ in range(6)
    ]
    for bx, by, br in blobs:
        c.ellipse(bx, by, br, br * 0.95, dark)
    lean = -0.22 if sun_left else 0.22
    for bx, by, br in blobs[:4]:
        c.ellipse(bx + lean * br, by - 0.22 * br, br * 0.7, br * 0.66, col)


def _bush_row(
    c: _Canvas,
    x0: float,
    x1: float,
    ridge: Sequence[Point],
    size: float,
    col: RGB,
    density: float = 1.0,
    skip: Callable[[float, float], bool] | None = None,
) -> None:
    r = c.rng
    x = x0
    while x < x1:
        s = size * r.uniform(0.6, 1.3)
        y = _y_on(ridge, x)
        if skip is None or not skip(x, y):
            c.ellipse(x, y - s * 0.2, s, s * 0.75, col)
        x += s * r.uniform(0.8, 2.4) / density


# --------------------------------------------------------------------------------------------
# Buildings and cities
# --------------------------------------------------------------------------------------------


def _windows(
    c: _Canvas,
    x0: float,
    x1: float,
    top: float,
    base: float,
    cell: float,
    glass: RGB,
    lit: RGB,
    lit_share: float,
    glint: RGB | None = None,
) -> None:
    r = c.rng
    cols = max(1, int((x1 - x0) / cell))
    rows = max(1, int((base - top) / (cell * 1.35)))
    cw = (x1 - x0) / cols
    rh = (base - top) / rows
    warm = [lit, _mix(lit, (255, 255, 255), 0.35), _mix(lit, (255, 150, 60), 0.3)]
    for j in range(rows):
        y = top + j * rh
        run_lit = r.random() < lit_share
        for i in range(cols):
            x = x0 + i * cw
            if r.random() < 0.25:
                run_lit = r.random() < lit_share
            if run_lit:
                col = r.choice(warm)
            elif glint is not None and r.random() < 0.12:
                col = glint
            else:
                col = glass
            c.rect(x + cw * 0.22, y + rh * 0.25, x + cw * 0.78, y + rh * 0.8, col)


def _tower(
    c: _Canvas,
    x: float,
    width: float,
    top: float,
    base: float,
    wall: RGB,
    depth: float,
    detail: bool,
    night: bool,
) -> None:
    r, u = c.rng, c.u
    tall = (base - top) > width * 2.2
    style = r.choice(
        ("block", "block", "glass", "setback", "crown") if tall else ("block", "glass")
    )
    face = c.far(wall, depth)
    side = _mix(_mul(face, 0.72), c.time.haze, depth * 0.6)
    roof = _mix(_mul(face, 0.85), c.time.haze, depth * 0.3)
    side_w = width * 0.18
    span = base - top
    if style == "setback":
        c.rect(x, top + span * 0.2, x + width, base, face)
        c.rect(x + width * 0.12, top + span * 0.1, x + width * 0.88, base, face)
        c.rect(x + width * 0.26, top, x + width * 0.74, base, face)
        c.rect(x + width * 0.48, top - span * 0.1, x + width * 0.52, top, roof)
        c.rect(x + width - side_w, top + span * 0.2, x + width, base, side)
        c.rect(x + width * 0.88 - side_w * 0.6, top + span * 0.1, x + width * 0.88, base, side)
    elif style == "crown":
        c.rect(x, top, x + width, base, face)
        c.rect(x + width * 0.15, top - width * 0.25, x + width * 0.85, top, roof)
        c.poly(
            [
                (x + width * 0.25, top - width * 0.25),
                (x + width * 0.5, top - width * 0.75),
                (x + width * 0.75, top - width * 0.25),
            ],
            roof,
        )
        c.rect(x + width * 0.485, top - width * 1.3, x + width * 0.515, top, roof)
        c.rect(x + width - side_w, top, x + width, base, side)
    elif style == "glass":
        glass = _mix(face, c.far((70, 110, 150), depth), 0.55)
        cut = width * r.uniform(0.08, 0.35)
        c.poly([(x, top), (x + width, top + cut), (x + width, base), (x, base)], glass)
        c.rect(x + width - side_w, top + cut, x + width, base, _mul(glass, 0.75))
        for k in range(int(span / (26 * u))):
            by = top + cut + k * 26 * u
            c.line([(x, by), (x + width, by)], _mul(glass, 0.9), 1.2 * u)
    else:
        c.rect(x, top, x + width, base, face)
        c.rect(x + width - side_w, top, x + width, base, side)
        c.rect(x - width * 0.03, top - 4 * u, x + width * 1.03, top + 3 * u, roof)
        if r.random() < 0.5:
            bx = x + width * r.uniform(0.1, 0.6)
            c.rect(bx, top - width * 0.18, bx + width * 0.25, top, roof)
    if not detail:
        return
    if night:
        glass_col, lit, share = _mul(face, 0.7), (255, 208, 122), r.uniform(0.3, 0.6)
    elif c.time is _TIMES["dusk"]:  # a few lights come on
        glass_col, lit, share = _mul(face, 0.72), (255, 200, 120), 0.18
    else:
        glass_col, lit, share = _mix(face, (40, 60, 90), 0.35), (0, 0, 0), 0.0
    glint = _mix(face, c.sky_stops[-1][1], 0.6)
    cell = width / max(3, round(width / (15 * u)))
    wtop = top + span * (0.22 if style == "setback" else 0.03)
    if style == "glass":
        wtop = top + width * 0.6
        for i in range(1, 7):
            mx = x + (width - side_w) * i / 7
            c.line([(mx, wtop), (mx, base)], _mul(face, 0.8), 1.5 * u)
        if night or share > 0:
            _windows(
                c,
                x + width * 0.04,
                x + width - side_w,
                wtop,
                base,
                cell,
                glass_col,
                lit,
                share * 0.8,
            )
        return
    _windows(
        c,
        x + width * 0.05,
        x + width - side_w - width * 0.02,
        wtop,
        base,
        cell,
        glass_col,
        lit,
        share,
        glint,
    )
    if night and r.random() < 0.5:
        c.ellipse(x + width / 2, top - 6 * u, 3 * u, 3 * u, (255, 60, 50))


def _city(c: _Canvas, night: bool) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["night"] if night else ["day", "golden", "dusk", "overcast", "day"])
    hz = h * r.uniform(0.72, 0.78)
    c.sky(hz)
    if night:
        c.stars(260, hz * 0.8)
        c.sun()
        c.glow(w * 0.5, hz, w * 0.4, (90, 70, 120), 0.35)
    else:
        c.sun()
        c.clouds(r.randint(2, 5), hz * 0.1, hz * 0.45)
    centre = w * r.uniform(0.35, 0.65)
    palettes = [
        (190, 196, 204),
        (170, 160, 150),
        (150, 164, 178),
        (205, 196, 178),
        (120, 130, 145),
        (180, 150, 130),
        (140, 150, 160),
    ]
    if night:
        palettes = [(46, 52, 78), (58, 60, 84), (40, 46, 70), (64, 62, 88)]
    layers = [(0.72, 0.32, 0.08, False), (0.46, 0.52, 0.1, True), (0.2, 0.62, 0.12, True)]
    for depth, tall, bw, detail in layers:
        x = -r.uniform(0, w * 0.05)
        while x < w:
            width = w * bw * r.uniform(0.45, 1.0) * (0.8 if depth > 0.5 else 1.0)
            bell = math.exp(-(((x + width / 2 - centre) / (w * 0.32)) ** 2))
            height = hz * tall * r.uniform(0.3, 1.0) * (0.45 + 0.55 * bell)
            if r.random() < 0.12:
                height *= 0.5
            eff = depth - (0.1 if night else 0.0)
            _tower(
                c, x, width, hz - height, hz + 1, r.choice(palettes), max(0.0, eff), detail, night
            )
            x += width * r.uniform(0.85, 1.08)
        if depth > 0.5:
            c.fog(hz - hz * 0.2, hz, c.time.haze, 0.0, 0.45)
    # waterfront trees and embankment
    bank = _mul(c.far((60, 70, 62), 0.1), 0.8)
    c.rect(0, hz - 6 * u, w, hz + 1, _mul(bank, 0.8))
    trees = _hills(r, 0, w, hz - 6 * u, 18 * u, waves=9)
    _bush_row(c, 0, w, trees, 16 * u, c.far((56, 86, 60), 0.25 if not night else 0.6))
    if night:
        for i in range(int(w / (90 * u))):
            lx = (i + 0.5) * 90 * u
            c.glow(lx, hz - 30 * u, 14 * u, (255, 200, 120), 0.6)
            c.ellipse(lx, hz - 30 * u, 3 * u, 3 * u, (255, 230, 170))
    water_top = _mix(c.sky_stops[-1][1], (20, 30, 50), 0.35)
    water_bot = _mix(c.sky_stops[0][1], (10, 15, 30), 0.35)
    c.reflect(hz, water_top, water_bot, 0.62 if night else 0.5)
    if c.time.sun is not None:
        c.glitter(hz, h, _mix(c.time.sun, water_top, 0.2), 0.05)


# --------------------------------------------------------------------------------------------
# Scenes
# --------------------------------------------------------------------------------------------


def _skyline(c: _Canvas) -> None:
    _city(c, night=False)


def _night_city(c: _Canvas) -> None:
    _city(c, night=True)


def _crane(c: _Canvas, x: float, base: float, size: float, col: RGB) -> None:
    u = c.u
    span = size * 0.32
    leg = size * 0.028
    dark = _mul(col, 0.7)
    portal = base - size * 0.5
    for lx in (x, x + span):
        c.rect(lx - leg / 2, portal, lx + leg / 2, base, col)
    c.rect(x - leg, portal - size * 0.035, x + span + leg, portal, col)
    c.rect(x, base - size * 0.14, x + span, base - size * 0.12, dark)
    c.line([(x, base - size * 0.12), (x + span, portal)], dark, 2.5 * u)
    boom_y = base - size * 0.6
    bx0, bx1 = x - size * 0.38, x + span + size * 0.9
    thick = size * 0.035
    apex = (x + span * 0.5, base - size)
    for lx in (x + span * 0.05, x + span * 0.95):
        c.line([(lx, portal - size * 0.03), apex], col, size * 0.02)
    c.rect(bx0, boom_y, bx1, boom_y + thick * 0.28, col)
    c.rect(bx0, boom_y + thick * 0.72, bx1, boom_y + thick, col)
    n = int((bx1 - bx0) / (thick * 1.2))
    for i in range(n):
        xa = bx0 + (bx1 - bx0) * i / n
        xb = bx0 + (bx1 - bx0) * (i + 0.5) / n
        c.line([(xa, boom_y + thick), (xb, boom_y)], col, 2.0 * u)
    for tx in (bx1, x + span + size * 0.45, bx0):
        c.line([apex, (tx, boom_y)], dark, 2.2 * u)
    c.rect(bx0, boom_y - size * 0.07, bx0 + size * 0.18, boom_y, dark)
    trolley = x + span + size * 0.25
    c.rect(trolley, boom_y + thick, trolley + size * 0.06, boom_y + thick + size * 0.04, dark)
    c.line(
        [(trolley + size * 0.03, boom_y + thick), (trolley + size * 0.03, base - size * 0.2)],
        dark,
        1.5 * u,
    )


def _ship(
    c: _Canvas, x0: float, length: float, wl: float, hull: RGB, boxes: Sequence[RGB], depth: float
) -> None:
    r, u = c.rng, c.u
    hh = length * 0.085
    deck = wl - hh
    hull_c = c.far(hull, depth)
    c.poly(
        [
            (x0, deck - hh * 0.1),
            (x0 + length * 0.96, deck - hh * 0.1),
            (x0 + length, deck - hh * 0.35),
            (x0 + length * 0.93, wl),
            (x0 + length * 0.03, wl),
            (x0 - length * 0.01, deck + hh * 0.3),
        ],
        hull_c,
    )
    c.rect(x0 + length * 0.03, wl - hh * 0.22, x0 + length * 0.93, wl, c.far((150, 40, 36), depth))
    c.line(
        [(x0, deck + hh * 0.12), (x0 + length * 0.97, deck + hh * 0.12)],
        c.far((235, 235, 230), depth),
        2 * u,
    )
    # containers
    cw, ch = length * 0.045, hh * 0.55
    xs = x0 + length * 0.24
    while xs + cw < x0 + length * 0.9:
        stack = r.randint(2, 5)
        for k in range(stack):
            col = c.far(r.choice(list(boxes)), depth)
            y1 = deck - hh * 0.1 - k * ch
            c.rect(xs, y1 - ch, xs + cw - 1.5 * u, y1 - 1.5 * u, col)
            c.line([(xs + cw * 0.5, y1 - ch), (xs + cw * 0.5, y1 - 1.5 * u)], _mul(col, 0.8), u)
        xs += cw
    # superstructure
    sx = x0 + length * 0.05
    white = c.far((236, 236, 232), depth)
    c.rect(sx, deck - hh * 2.6, sx + length * 0.12, deck, white)
    c.rect(
        sx + length * 0.12 - length * 0.025,
        deck - hh * 2.6,
        sx + length * 0.12,
        deck,
        _mul(white, 0.85),
    )
    for k in range(4):
        wy = deck - hh * (2.35 - k * 0.55)
        c.rect(
            sx + length * 0.01, wy, sx + length * 0.1, wy + hh * 0.14, c.far((60, 80, 100), depth)
        )
    c.rect(sx - length * 0.01, deck - hh * 2.75, sx + length * 0.13, deck - hh * 2.6, white)
    c.rect(
        sx + length * 0.025,
        deck - hh * 3.4,
        sx + length * 0.06,
        deck - hh * 2.75,
        c.far((190, 50, 40), depth),
    )


def _sailboat(c: _Canvas, x: float, wl: float, size: float, water: RGB) -> None:
    u = c.u
    sail = c.lit((246, 244, 236))
    hull = c.lit((40, 52, 70))
    for mirror in (True, False):

        def f(p: Point, m: bool = mirror) -> Point:
            return (p[0], 2 * wl - p[1]) if m else p

        def col(k: RGB, m: bool = mirror) -> RGB:
            return _mix(k, water, 0.6) if m else k

        c.poly(
            [
                f((x - size * 0.5, wl - size * 0.1)),
                f((x + size * 0.55, wl - size * 0.12)),
                f((x + size * 0.4, wl)),
                f((x - size * 0.42, wl)),
            ],
            col(hull),
        )
        c.poly(
            [
                f((x, wl - size * 0.16)),
                f((x, wl - size * 1.35)),
                f((x + size * 0.45, wl - size * 0.16)),
            ],
            col(sail),
        )
        c.poly(
            [
                f((x - size * 0.04, wl - size * 0.2)),
                f((x - size * 0.04, wl - size * 1.15)),
                f((x - size * 0.45, wl - size * 0.2)),
            ],
            col(_mul(sail, 0.88)),
        )
        c.line(
            [f((x - 1 * u, wl - size * 0.12)), f((x - 1 * u, wl - size * 1.4))],
            col(_mul(hull, 0.8)),
            2 * u,
        )


def _harbour(c: _Canvas) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["dawn", "day", "golden", "dusk", "day"])
    hz = h * r.uniform(0.6, 0.64)
    c.sky(hz)
    c.sun()
    c.clouds(r.randint(2, 5), hz * 0.08, hz * 0.5)
    c.birds(r.randint(2, 5), w * 0.2, w * 0.9, hz * 0.15, hz * 0.45, _mul(c.lit((70, 70, 80)), 1))
    far = _hills(r, 0, w, hz, h * 0.07, waves=2.2)
    c.poly(_ground(far, hz), c.far((90, 110, 110), 0.78))
    # town on the far shore
    x = w * r.uniform(0.5, 0.6)
    while x < w:
        bw = r.uniform(10, 30) * u
        bh = r.uniform(8, 40) * u
        c.rect(x, _y_on(far, x) - bh * 0.3 - bh, x + bw, hz, c.far((150, 150, 155), 0.62))
        x += bw * r.uniform(1.0, 1.6)
    c.fog(hz - h * 0.06, hz, c.time.haze, 0.0, 0.5)
    # lighthouse on a breakwater
    lx = w * r.uniform(0.8, 0.92)
    c.rect(lx - w * 0.12, hz - 6 * u, lx + w * 0.05, hz, c.far((110, 110, 110), 0.4))
    c.poly(
        [
            (lx - 9 * u, hz - 6 * u),
            (lx - 6 * u, hz - 80 * u),
            (lx + 6 * u, hz - 80 * u),
            (lx + 9 * u, hz - 6 * u),
        ],
        c.far((240, 240, 236), 0.35),
    )
    for k in range(2):
        by = hz - 25 * u - k * 26 * u
        c.rect(lx - 8 * u + k * u, by - 9 * u, lx + 8 * u - k * u, by, c.far((200, 50, 45), 0.35))
    c.rect(lx - 8 * u, hz - 92 * u, lx + 8 * u, hz - 80 * u, c.far((60, 60, 60), 0.35))
    c.glow(lx, hz - 86 * u, 14 * u, (255, 236, 170), 0.6)
    # quay with containers and cranes
    qx1 = w * r.uniform(0.62, 0.72)
    quay_top = hz - 14 * u
    c.rect(0, quay_top, qx1, hz, c.far((120, 118, 112), 0.25))
    c.rect(0, hz - 5 * u, qx1, hz, c.far((80, 78, 74), 0.2))
    boxes = [
        (196, 62, 44),
        (40, 92, 150),
        (226, 140, 40),
        (60, 130, 90),
        (170, 170, 170),
        (30, 120, 140),
        (150, 60, 90),
    ]
    cw, ch = h * 0.06, h * 0.026
    xs = w * 0.01
    while xs + cw < qx1 - w * 0.03:
        for k in range(r.randint(1, 4)):
            col = c.far(r.choice(boxes), 0.35)
            c.rect(xs, quay_top - (k + 1) * ch, xs + cw - 2 * u, quay_top - k * ch - 2 * u, col)
            for j in range(1, 6):
                vx = xs + cw * j / 6
                c.line(
                    [(vx, quay_top - (k + 1) * ch + 2 * u), (vx, quay_top - k * ch - 3 * u)],
                    _mul(col, 0.82),
                    1.2 * u,
                )
        xs += cw + r.choice((0, 0, 0, cw * 0.6))
    crane_col = c.far(r.choice([(196, 52, 40), (44, 96, 168), (228, 170, 40)]), 0.22)
    ncranes = r.randint(2, 3)
    for i in range(ncranes):
        cx = w * (0.06 + i * 0.19 + r.uniform(-0.02, 0.02))
        _crane(c, cx, quay_top, h * r.uniform(0.36, 0.44), crane_col)
    _ship(
        c,
        w * r.uniform(0.12, 0.2),
        w * r.uniform(0.42, 0.5),
        hz,
        r.choice([(40, 50, 70), (30, 35, 40), (130, 40, 40), (40, 80, 70)]),
        boxes,
        0.15,
    )
    water_top = _mix(c.sky_stops[-1][1], (30, 70, 90), 0.35)
    water_bot = _mix(c.sky_stops[0][1], (10, 40, 60), 0.45)
    c.reflect(hz, water_top, water_bot, 0.55)
    if c.time.sun is not None:
        c.glitter(hz, h, _mix(c.time.sun, water_top, 0.2), 0.04)
    _sailboat(c, w * r.uniform(0.72, 0.9), h * r.uniform(0.8, 0.86), h * 0.1, water_bot)
    # pilings in the foreground
    px = w * r.uniform(0.02, 0.1)
    wood = c.lit((70, 52, 40))
    for k in range(r.randint(2, 4)):
        x = px + k * w * 0.045
        top = h * r.uniform(0.68, 0.74)
        c.rect(x, top, x + 16 * u, h, wood)
        c.rect(x + 11 * u, top, x + 16 * u, h, _mul(wood, 0.7))
        c.ellipse(x + 8 * u, top, 8 * u, 3 * u, _mul(wood, 1.3))


def _range(
    c: _Canvas,
    base: float,
    amp: float,
    peaks: int,
    rock: RGB,
    depth: float,
    snow: float | None,
    sun_left: bool,
) -> list[Point]:
    r, w, h = c.rng, c.w, c.h
    keys: list[Point] = []
    x = -w * r.uniform(0.05, 0.15)
    gap = w * 1.2 / peaks
    while x < w * 1.15:
        keys.append((x, base - amp * r.uniform(0.55, 1.0)))
        vx = x + gap * r.uniform(0.35, 0.65)
        keys.append((vx, base - amp * r.uniform(0.05, 0.45)))
        x += gap * r.uniform(0.75, 1.25)
    pts: list[Point] = []
    index: list[int] = []
    for a, b in pairwise(keys):
        index.append(len(pts))
        pts.extend(_jagged(r, a, b, 4, 0.13))
    index.append(len(pts))
    pts.append(keys[-1])
    face = c.far(rock, depth)
    shadow = _mix(_mul(c.lit(rock), 0.68), c.time.haze, depth * 0.9)
    c.poly(_ground(pts, h), face)
    faces: list[list[Point]] = []
    for k in range(0, len(keys) - 1, 2):
        # keys[k] is a peak; the face away from the sun is in shadow
        if sun_left:
            seg = pts[index[k] : index[k + 1] + 1]
            (px, py), (vx, _) = keys[k], keys[k + 1]
        elif k > 0:
            seg = pts[index[k - 1] : index[k] + 1]
            (vx, _), (px, py) = keys[k - 1], keys[k]
        else:
            continue
        crease = _jagged(r, (px + (vx - px) * 0.12, h), (px, py), 3, 0.04)
        if sun_left:
            poly = [*seg, (seg[-1][0], h), *crease]
        else:
            poly = [*seg, (px, py), *reversed(crease), (seg[0][0], h)]
        faces.append(poly)
        c.poly(poly, shadow)
    if snow is not None:
        line_y = base - amp * snow
        top = min(y for _, y in pts)
        if top < line_y:
            jag: list[Point] = []
            xj = -w * 0.1
            while xj < w * 1.1:
                finger = amp * 0.09 if r.random() < 0.3 else 0.0
                jag.append((xj, line_y + r.uniform(-amp, amp) * 0.04 + finger))
                xj += w * r.uniform(0.006, 0.016)
            bottom = line_y + amp * 0.2
            m = c.mask(0, top - 2, w, bottom)
            m.polygon(_ground(pts, bottom + 5))
            m.polygon(_ground(jag, bottom + 5), fill=0)
            white = c.far((250, 250, 252), depth * 0.7)
            c.apply(m, white)
            fm = c.mask(0, top - 2, w, bottom)
            for poly in faces:
                fm.polygon(poly)
            fm.image = ImageChops.darker(fm.image, m.image)
            c.apply(fm, _mix(white, (120, 140, 190), 0.4))
    return pts


def _mountains(c: _Canvas) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["dawn", "day", "golden", "day"])
    hz = h * 0.7
    c.sky(hz)
    c.sun((0.1, 0.9))
    sun_left = c.sun_x < w / 2
    c.clouds(r.randint(1, 4), hz * 0.05, hz * 0.3, scale=0.9)
    c.birds(r.randint(0, 3), w * 0.2, w * 0.8, h * 0.1, h * 0.3, (60, 60, 70))
    specs = [
        (h * 0.5, h * 0.3, 3, (116, 128, 160), 0.72, 0.52),
        (h * 0.6, h * 0.26, 4, (98, 106, 128), 0.5, 0.62),
        (h * 0.7, h * 0.2, 6, (86, 100, 96), 0.3, 0.78 if r.random() < 0.4 else None),
    ]
    lake = r.random() < 0.5
    hill_base = h * (0.8 if lake else 0.84)
    for i, (base, amp, peaks, rock, depth, snow) in enumerate(specs):
        _range(c, base, amp, peaks, rock, depth, snow, sun_left)
        # valley mist, thickening down to where the next range hides it
        below = specs[i + 1][0] if i + 1 < len(specs) else hill_base
        c.fog(base - amp * 0.4, below, c.time.haze, 0.0, 0.9)
    # conifer-covered foothills
    hill = _hills(r, 0, w, hill_base, h * 0.08, waves=1.5)
    green = c.far((52, 82, 58), 0.12)
    c.poly(_ground(hill, h), green)
    x = -10 * u
    while x < w:
        y = _y_on(hill, x)
        _fir(c, x, y + 10 * u, r.uniform(40, 85) * u, _mul(green, r.uniform(0.7, 0.9)))
        x += r.uniform(10, 30) * u
    if lake:
        ly = h * 0.86
        water = _mix(c.sky_stops[-1][1], (40, 80, 110), 0.3)
        c.reflect(ly, water, _mix(c.sky_stops[0][1], (20, 50, 70), 0.4), 0.65)
        shore = _hills(r, 0, w, h * 0.985, h * 0.04, waves=1.2)
        c.poly(_ground(shore, h), c.far((70, 98, 58), 0.0))
    else:
        meadow = _hills(r, 0, w, h * 0.95, h * 0.06, waves=1.0)
        c.poly(_ground(meadow, h), c.far((104, 140, 70), 0.02))
        for _ in range(3):
            x = r.uniform(0.05, 0.95) * w
            _fir(
                c,
                x,
                _y_on(meadow, x) + 8 * u,
                r.uniform(120, 200) * u,
                _mul(green, r.uniform(0.55, 0.75)),
            )


def _fields(c: _Canvas) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["day", "golden", "dawn", "day"])
    hz = h * r.uniform(0.42, 0.48)
    c.sky(hz)
    c.sun()
    sun_left = c.sun_x < w / 2
    c.clouds(r.randint(3, 6), hz * 0.08, hz * 0.7)
    c.birds(r.randint(0, 4), w * 0.1, w * 0.9, hz * 0.2, hz * 0.6, (60, 60, 70))
    far = _hills(r, 0, w, hz + 2 * u, h * 0.05, waves=1.6)
    c.poly(_ground(far, h), c.far((90, 120, 100), 0.7))
    crops = [
        (140, 170, 80),
        (196, 178, 90),
        (110, 150, 70),
        (170, 160, 80),
        (90, 130, 60),
        (205, 190, 120),
        (120, 100, 70),
    ]
    hedge = c.far((50, 78, 46), 0.3)
    bands = 4
    ridge: list[Point] = far
    for k in range(bands):
        t = (k + 1) / (bands + 1)
        base = hz + h * 0.02 + (h * 0.22) * t**1.3
        ridge = _hills(r, 0, w, base, h * 0.035 * (1 + t), waves=1.5 + r.random())
        depth = 0.55 * (1 - t)
        # patchwork: split the band into fields with sloping borders
        xs = [0.0]
        while xs[-1] < w:
            xs.append(xs[-1] + w * r.uniform(0.12, 0.3))
        for x0, x1 in pairwise(xs):
            seg = [p for p in ridge if x0 - 1 <= p[0] <= x1 + 1]
            if len(seg) < 2:
                seg = [(x0, _y_on(ridge, x0)), (x1, _y_on(ridge, x1))]
            c.poly(
                _ground([(x0, _y_on(ridge, x0)), *seg, (x1, _y_on(ridge, x1))], h),
                c.far(r.choice(crops), depth),
            )
            c.line(
                [(x1, _y_on(ridge, x1)), (x1 - w * 0.03, h)], _mix(hedge, c.time.haze, depth), 2 * u
            )
        _bush_row(c, 0, w, ridge, (5 + 6 * t) * u, _mix(hedge, c.time.haze, depth), 1.6)
        for _ in range(r.randint(1, 3)):
            tx = r.uniform(0, w)
            _tree(
                c,
                tx,
                _y_on(ridge, tx) + 2 * u,
                (30 + 50 * t) * u,
                _mix(c.lit((70, 110, 60)), c.time.haze, depth),
                sun_left,
            )
    # a barn on the nearest patchwork ridge
    bx = w * r.uniform(0.1, 0.8)
    bw, bh = 90 * u, 55 * u
    by = max(_y_on(ridge, bx), _y_on(ridge, bx + bw + 38 * u)) + 6 * u
    red = c.lit((160, 48, 40))
    c.rect(bx, by - bh, bx + bw, by, red)
    c.poly(
        [(bx - 6 * u, by - bh), (bx + bw / 2, by - bh - 40 * u), (bx + bw + 6 * u, by - bh)],
        c.lit((70, 60, 60)),
    )
    c.rect(bx + bw * 0.35, by - bh * 0.6, bx + bw * 0.65, by, _mul(red, 0.6))
    c.rect(bx + bw + 10 * u, by - bh * 1.6, bx + bw + 38 * u, by, c.lit((190, 190, 185)))
    c.ellipse(bx + bw + 24 * u, by - bh * 1.6, 14 * u, 8 * u, c.lit((150, 150, 150)))
    # the near field with furrows converging on a vanishing point
    top = h * r.uniform(0.66, 0.7)
    vx = w * r.uniform(0.3, 0.7)
    vy = hz
    soil, crop = r.choice(
        [
            ((120, 86, 58), (120, 160, 60)),
            ((150, 120, 60), (214, 184, 96)),
            ((96, 130, 66), (140, 110, 170)),
            ((110, 78, 52), (140, 100, 66)),
        ]
    )
    edge = _hills(r, 0, w, top, h * 0.02, waves=1.0)
    box = c.box(0, top - h * 0.03, w, h)
    field = Image.new("RGB", (box[2] - box[0], box[3] - box[1]), c.lit(soil))
    fd = ImageDraw.Draw(field)
    y0, y1 = top - h * 0.03 - box[1], h - box[1]
    spacing = w * 0.05
    n = int(w / spacing) + 30

    def at(xb: float, y: float) -> float:
        return vx + (xb - vx) * (y + box[1] - vy) / (h - vy)

    for i in range(-n, n):
        xb0 = vx + i * spacing
        xb1 = xb0 + spacing * 0.55
        if max(xb0, xb1) < -w * 3 or min(xb0, xb1) > w * 4:
            continue
        fd.polygon([(at(xb0, y0), y0), (at(xb1, y0), y0), (xb1, y1), (xb0, y1)], fill=c.lit(crop))
    m = _Mask(box, 1.0)
    m.polygon(_ground(edge, h + 2))
    c.img.paste(field, box[:2], m.image)
    _bush_row(c, 0, w, edge, 9 * u, _mix(hedge, c.time.haze, 0.1), 1.4)
    c.fog(top - h * 0.01, top + h * 0.03, _mix(c.lit(soil), c.time.haze, 0.3), 0.35, 0.0)


def _forest(c: _Canvas) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["dawn", "day", "overcast", "golden", "dawn"])
    hz = h * 0.62
    c.sky(hz)
    c.sun()
    c.clouds(r.randint(1, 3), hz * 0.05, hz * 0.35)
    greens = [(70, 100, 80), (52, 84, 64), (40, 70, 52), (30, 56, 42), (22, 42, 32)]
    layers = 5
    for k in range(layers):
        t = k / (layers - 1)
        depth = 0.78 * (1 - t) ** 1.2
        base = h * (0.48 + 0.2 * t) + h * 0.1 * t * t
        ground = _hills(r, -w * 0.05, w * 1.05, base, h * (0.05 + 0.05 * t), waves=1.5)
        col = c.far(greens[k], depth)
        if k == layers - 1:
            # a clearing in front of the last row of trees
            moss = c.far((74, 104, 56), 0.1)
            c.layer(ground, _mix(col, moss, 0.5), _mul(moss, 0.8), h * 0.25)
        else:
            c.poly(_ground(ground, h), col)
        tree_h = h * (0.08 + 0.2 * t**1.5)
        x = -tree_h * 0.2
        while x < w + tree_h * 0.2:
            th = tree_h * r.uniform(0.6, 1.2)
            shade = _mix(col, c.time.haze, r.uniform(-0.05, 0.08))
            _fir(c, x, _y_on(ground, x) + th * 0.15, th, shade, tiers=r.randint(4, 7))
            x += th * r.uniform(0.12, 0.3)
        if k < layers - 1:
            c.fog(base - tree_h * 1.1, base + h * 0.04, c.time.haze, 0.0, 0.7 - 0.1 * k)
    # shafts of light
    if c.time.sun is not None:
        m = c.mask(0, 0, w, h, 0.125)
        for _ in range(r.randint(3, 6)):
            x = r.uniform(0.0, 1.0) * w
            spread = r.uniform(20, 60) * u
            slope = (c.sun_x - w / 2) / w * 0.8
            m.polygon(
                [(x, 0), (x + spread, 0), (x + spread * 2.5 - slope * h, h), (x - slope * h, h)]
            )
        c.apply(m, c.time.sun, blur=30 * u, opacity=0.16)
    # foreground undergrowth
    fg = _hills(r, 0, w, h * 0.98, h * 0.06, waves=2.5)
    under = c.lit((20, 34, 26))
    c.poly(_ground(fg, h), under)
    x = 0.0
    while x < w:
        size = r.uniform(20, 50) * u
        y = _y_on(fg, x) + 6 * u
        for _ in range(r.randint(4, 8)):
            lean = r.uniform(-0.6, 0.6)
            blade = size * r.uniform(0.6, 1.4)
            c.poly(
                [(x - 3 * u, y), (x + lean * blade, y - blade), (x + 3 * u, y)],
                _mul(under, r.uniform(0.9, 1.4)),
            )
        x += size * r.uniform(0.5, 1.6)
    for side in (r.uniform(-0.04, 0.1), r.uniform(0.88, 1.04)):
        _fir(c, side * w, h * 1.05, h * r.uniform(0.9, 1.2), c.lit((16, 30, 22)), tiers=8)


def _river(c: _Canvas) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["day", "golden", "dawn", "dusk", "day"])
    hz = h * r.uniform(0.44, 0.5)
    c.sky(hz)
    c.sun()
    sun_left = c.sun_x < w / 2
    c.clouds(r.randint(2, 5), hz * 0.08, hz * 0.7)
    for k, (col, depth) in enumerate([((110, 130, 140), 0.75), ((90, 120, 96), 0.55)]):
        ridge = _hills(r, 0, w, hz + h * 0.01 * k, h * (0.12 - 0.04 * k), waves=1.5 + k)
        c.poly(_ground(ridge, h), c.far(col, depth))
        c.fog(hz - h * 0.06, hz + h * 0.02, c.time.haze, 0.0, 0.5)
    meadow_top = hz + h * 0.03
    plain = _hills(r, 0, w, meadow_top, h * 0.015, waves=2.0)
    c.poly(_ground(plain, h), c.far((100, 140, 70), 0.4))
    greens = [(100, 140, 70), (120, 150, 74), (88, 128, 62), (134, 156, 80), (110, 146, 64)]
    bands = 9
    hedges: list[tuple[list[Point], float]] = []
    for k in range(bands):
        t = (k + 1) / (bands + 1)
        y = meadow_top + h * 0.01 + (h - meadow_top) * t**1.7
        edge = _hills(r, -w * 0.05, w * 1.05, y, h * 0.01 * (1 + 3 * t), waves=1.5)
        c.poly(_ground(edge, h), c.far(r.choice(greens), 0.4 * (1 - t)))
        hedges.append((edge, t))
    # winding river: centre-line x(t) with t = 0 at the far end
    cx = w * r.uniform(0.4, 0.6)
    amp = w * r.uniform(0.15, 0.25)
    freq = r.uniform(1.6, 2.4)
    phase = r.uniform(0, math.tau)
    left: list[Point] = []
    right: list[Point] = []
    ry0 = meadow_top + h * 0.012
    for i in range(101):
        t = i / 100
        y = ry0 + (h * 1.02 - ry0) * t**1.35
        x = cx + amp * math.sin(phase + t * freq * math.pi) * (0.15 + t)
        half = w * (0.006 + 0.17 * t**1.6)
        left.append((x - half, y))
        right.append((x + half, y))
    bank = c.far((150, 130, 90), 0.2)
    c.poly([*left, *reversed(right)], bank)
    water = [(x + 8 * u * (i / 100), y) for i, (x, y) in enumerate(left)]
    water_r = [(x - 8 * u * (i / 100), y) for i, (x, y) in enumerate(right)]
    m = c.mask(0, ry0 - 2, w, h)
    m.polygon([*water, *reversed(water_r)])
    top = c.box(0, ry0 - 2, w, h)
    grad = _gradient(
        w,
        top[3] - top[1],
        [
            (0.0, _mix(c.sky_stops[-1][1], c.lit((90, 130, 170)), 0.35)),
            (1.0, _mix(c.sky_stops[0][1], (30, 70, 110), 0.45)),
        ],
    )
    c.img.paste(grad, top[:2], m.image)

    def in_river(x: float, y: float) -> bool:
        for (xa, ya), (xb, _) in zip(left, right, strict=True):
            if ya >= y:
                return xa - 30 * u < x < xb + 30 * u
        return False

    for edge, t in hedges[1:7:2]:
        _bush_row(
            c, 0, w, edge, (4 + 16 * t) * u, c.far((54, 86, 50), 0.4 * (1 - t)), 0.7, in_river
        )
    for _ in range(90):
        i = r.randint(5, 98)
        t = i / 100
        xa, y = water[i]
        xb, _ = water_r[i]
        length = (xb - xa) * r.uniform(0.05, 0.3)
        x = r.uniform(xa, max(xa, xb - length))
        c.line(
            [(x, y), (x + length, y)],
            _mix(c.sky_stops[-1][1], (255, 255, 255), 0.3),
            (0.5 + 1.5 * t) * u,
        )
    # trees along the banks
    for i in sorted(r.randint(4, 80) for _ in range(26)):
        t = i / 100
        side = left if r.random() < 0.5 else right
        sx, sy = side[i]
        offset = (w * 0.02 + r.uniform(0, 0.12) * w) * (0.2 + t)
        x = sx - offset if side is left else sx + offset
        size = (35 + 260 * t**1.5) * u
        col = c.far((60, 100, 56), 0.35 * (1 - t))
        kind = r.random()
        if kind < 0.25:
            _fir(c, x, sy, size * 1.3, _mul(col, 0.85))
        elif kind < 0.45:
            c.rect(x - size * 0.02, sy - size * 0.3, x + size * 0.02, sy, _mul(col, 0.5))
            c.ellipse(x, sy - size * 0.65, size * 0.13, size * 0.5, _mul(col, 0.8))
            c.ellipse(x - size * 0.03, sy - size * 0.7, size * 0.08, size * 0.4, col)
        else:
            _tree(c, x, sy, size, col, sun_left)
    # framing bushes
    for x in (0.0, w):
        _tree(c, x + r.uniform(-0.05, 0.05) * w, h * 1.02, h * 0.45, c.lit((46, 80, 46)), sun_left)


def _column(
    c: _Canvas, x: float, top: float, base: float, width: float, stone: RGB, shade: RGB
) -> None:
    u = c.u
    c.rect(x - width / 2, top, x + width / 2, base, stone)
    c.rect(x + width * 0.18, top, x + width / 2, base, shade)
    for f in (-0.25, 0.0):
        fx = x + width * f
        c.line([(fx, top + 4 * u), (fx, base - 4 * u)], _mix(stone, shade, 0.5), 1.2 * u)
    cap = width * 0.2
    c.rect(x - width / 2 - cap, top - width * 0.25, x + width / 2 + cap, top, stone)
    c.rect(x - width / 2 - cap * 0.6, base - width * 0.15, x + width / 2 + cap * 0.6, base, stone)


def _government(c: _Canvas) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["day", "golden", "overcast", "day"])
    ground = h * 0.84
    c.sky(ground)
    c.sun()
    sun_left = c.sun_x < w / 2
    c.clouds(r.randint(2, 5), ground * 0.06, ground * 0.45)
    c.birds(r.randint(0, 3), w * 0.1, w * 0.9, h * 0.08, h * 0.25, (60, 60, 70))
    cx = w / 2 + w * r.uniform(-0.06, 0.06)
    bw = min(w * 0.74, h * 1.2)
    stone = c.lit(c.jitter((232, 224, 206), 6))
    shade = _mix(_mul(stone, 0.74), (120, 130, 160), 0.15)
    deep = _mul(stone, 0.5)
    # distant trees behind
    trees = _hills(r, 0, w, ground - h * 0.02, h * 0.06, waves=6)
    _bush_row(c, 0, w, trees, 30 * u, c.far((70, 100, 70), 0.5), 2.0)
    c.poly(_ground(trees, ground + 1), c.far((70, 100, 70), 0.5))
    # podium and steps
    steps = 7
    step_h = h * 0.012
    base_top = ground - steps * step_h
    for k in range(steps):
        y1 = ground - k * step_h
        inset = bw * 0.02 * k * 0.3
        c.rect(cx - bw * 0.5 + inset, y1 - step_h, cx + bw * 0.5 - inset, y1, stone)
        c.line([(cx - bw * 0.5 + inset, y1 - 1), (cx + bw * 0.5 - inset, y1 - 1)], shade, 2 * u)
    # wings
    wing_top = base_top - h * 0.24
    for sign in (-1, 1):
        x0 = cx + sign * bw * 0.24
        x1 = cx + sign * bw * 0.48
        lo, hi = min(x0, x1), max(x0, x1)
        c.rect(lo, wing_top, hi, base_top, stone)
        c.rect(lo - 6 * u, wing_top - 10 * u, hi + 6 * u, wing_top, stone)
        c.line([(lo - 6 * u, wing_top), (hi + 6 * u, wing_top)], shade, 3 * u)
        c.rect(lo, wing_top - 24 * u, hi, wing_top - 10 * u, _mix(stone, shade, 0.3))
        n = 5
        for i in range(n):
            wx = lo + (hi - lo) * (i + 0.5) / n
            ww = (hi - lo) / n * 0.4
            for wy0, wy1 in ((0.15, 0.42), (0.56, 0.86)):
                y0 = wing_top + (base_top - wing_top) * wy0
                y1 = wing_top + (base_top - wing_top) * wy1
                c.rect(wx - ww / 2, y0, wx + ww / 2, y1, deep)
                c.rect(wx - ww / 2 - 3 * u, y0 - 5 * u, wx + ww / 2 + 3 * u, y0, shade)
    # drum and dome behind the portico
    dome_w = bw * 0.3
    drum_top = wing_top - h * 0.1
    c.rect(cx - dome_w * 0.55, drum_top + h * 0.02, cx + dome_w * 0.55, wing_top, shade)
    c.rect(cx - dome_w * 0.5, drum_top, cx + dome_w * 0.5, wing_top, stone)
    for i in range(9):
        dx = cx - dome_w * 0.45 + dome_w * 0.9 * i / 8
        c.rect(dx - 4 * u, drum_top + 10 * u, dx + 4 * u, wing_top - 4 * u, shade)
    c.rect(cx - dome_w * 0.54, drum_top - 8 * u, cx + dome_w * 0.54, drum_top, stone)
    dome_h = dome_w * 0.62
    dome_col = r.choice([stone, c.lit((120, 160, 150)), c.lit((200, 190, 170))])
    dm = c.mask(cx - dome_w / 2, drum_top - dome_h, cx + dome_w / 2, drum_top + 1)
    dm.ellipse(cx, drum_top, dome_w * 0.46, dome_h)
    c.apply(dm, dome_col)
    sm = c.mask(cx - dome_w / 2, drum_top - dome_h, cx + dome_w / 2, drum_top + 1)
    sm.ellipse(cx, drum_top, dome_w * 0.46, dome_h)
    off = dome_w * 0.16 * (1 if sun_left else -1)
    sm.ellipse(cx - off, drum_top + 2 * u, dome_w * 0.4, dome_h * 0.98, fill=0)
    c.apply(sm, _mul(dome_col, 0.75))
    for f in (-0.66, -0.33, 0.0, 0.33, 0.66):
        pts = [
            (cx + f * dome_w * 0.46 * math.cos(a), drum_top - dome_h * math.sin(a))
            for a in [i * math.pi / 40 for i in range(21)]
        ]
        c.line(pts, _mul(dome_col, 0.82), 2 * u)
    lan_y = drum_top - dome_h
    c.rect(cx - dome_w * 0.06, lan_y - dome_w * 0.16, cx + dome_w * 0.06, lan_y + 4 * u, stone)
    c.ellipse(cx, lan_y - dome_w * 0.16, dome_w * 0.065, dome_w * 0.05, dome_col)
    pole_top = lan_y - dome_w * 0.42
    c.line([(cx, lan_y - dome_w * 0.2), (cx, pole_top)], (70, 70, 70), 2 * u)
    flag = r.choice(
        [
            ((196, 40, 50), (240, 240, 240)),
            ((30, 60, 140), (240, 200, 40)),
            ((40, 120, 70), (240, 240, 240)),
        ]
    )
    fw, fh = dome_w * 0.16, dome_w * 0.1
    c.poly(
        [
            (cx, pole_top),
            (cx + fw, pole_top + fh * 0.1),
            (cx + fw * 1.02, pole_top + fh),
            (cx, pole_top + fh * 0.95),
        ],
        c.lit(flag[0]),
    )
    c.rect(cx, pole_top + fh * 0.35, cx + fw, pole_top + fh * 0.6, c.lit(flag[1]))
    # portico
    pw = bw * 0.5
    col_top = base_top - h * 0.22
    c.rect(cx - pw / 2, col_top, cx + pw / 2, base_top, deep)
    c.rect(cx - pw * 0.08, base_top - h * 0.14, cx + pw * 0.08, base_top, _mul(deep, 0.7))
    ncols = r.choice((6, 8))
    cwid = pw / ncols * 0.42
    for i in range(ncols):
        x = cx - pw / 2 + pw * (i + 0.5) / ncols
        _column(c, x, col_top + cwid * 0.3, base_top, cwid, stone, shade)
    ent_top = col_top - h * 0.05
    c.rect(cx - pw / 2 - 8 * u, ent_top, cx + pw / 2 + 8 * u, col_top, stone)
    c.line(
        [(cx - pw / 2 - 8 * u, col_top - h * 0.018), (cx + pw / 2 + 8 * u, col_top - h * 0.018)],
        shade,
        2 * u,
    )
    c.rect(cx - pw / 2 - 8 * u, col_top - 4 * u, cx + pw / 2 + 8 * u, col_top, shade)
    ped_h = pw * 0.2
    c.poly(
        [(cx - pw / 2 - 14 * u, ent_top), (cx, ent_top - ped_h), (cx + pw / 2 + 14 * u, ent_top)],
        stone,
    )
    c.poly(
        [
            (cx - pw / 2 + 14 * u, ent_top - 6 * u),
            (cx, ent_top - ped_h + 14 * u),
            (cx + pw / 2 - 14 * u, ent_top - 6 * u),
        ],
        shade,
    )
    c.line([(cx - pw / 2 - 14 * u, ent_top), (cx + pw / 2 + 14 * u, ent_top)], shade, 3 * u)
    # plaza, path, lawns, trees and lamps
    c.rect(0, ground, w, h, c.lit((118, 150, 84)))
    c.vgrad(0, ground, w, h, [(0.0, c.far((118, 156, 84), 0.2)), (1.0, c.lit((92, 132, 66)))])
    c.poly(
        [
            (cx - pw * 0.32, ground),
            (cx + pw * 0.32, ground),
            (cx + pw * 1.4, h),
            (cx - pw * 1.4, h),
        ],
        c.lit((206, 198, 182)),
    )
    for k in range(1, 8):
        y = ground + (h - ground) * (k / 8) ** 1.4
        t = (y - ground) / (h - ground)
        half = pw * (0.32 + 1.08 * t)
        c.line([(cx - half, y), (cx + half, y)], c.lit((186, 178, 162)), 1.5 * u)
    for sign in (-1, 1):
        for k in range(3):
            tx = cx + sign * (bw * 0.56 + k * w * 0.09)
            size = h * (0.22 + 0.08 * k)
            _tree(c, tx, ground + h * 0.02 * (k + 1), size, c.lit((64, 104, 58)), sun_left)
        lx = cx + sign * pw * 0.75
        c.rect(lx - 3 * u, ground - h * 0.02, lx + 3 * u, h * 0.93, (50, 50, 54))
        c.ellipse(lx, ground - h * 0.025, 10 * u, 12 * u, (60, 60, 64))


def _awning(c: _Canvas, x0: float, x1: float, top: float, depth: float, a: RGB, b: RGB) -> None:
    u = c.u
    stripes = 8
    sw = (x1 - x0) / stripes
    slope = (x1 - x0) * 0.05
    for i in range(stripes):
        col = a if i % 2 == 0 else b
        xa, xb = x0 + i * sw, x0 + (i + 1) * sw

        def lean(x: float) -> float:
            return x + (x - (x0 + x1) / 2) / (x1 - x0) * slope * 2

        c.poly([(xa, top), (xb, top), (lean(xb), top + depth), (lean(xa), top + depth)], col)
        cx = (lean(xa) + lean(xb)) / 2
        c.draw.chord(
            (cx - sw * 0.6, top + depth - sw * 0.5, cx + sw * 0.6, top + depth + sw * 0.5),
            0,
            180,
            fill=col,
        )
    c.line([(x0, top), (x1, top)], _mul(a, 0.7), 3 * u)


def _market(c: _Canvas) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["day", "golden", "day", "overcast"])
    hz = h * 0.58
    c.sky(hz)
    c.sun()
    c.clouds(r.randint(1, 3), h * 0.04, h * 0.18)
    # townhouses behind the square
    x = -r.uniform(0, 60) * u
    fronts = [
        (226, 200, 160),
        (200, 120, 90),
        (232, 214, 180),
        (170, 180, 160),
        (214, 170, 120),
        (190, 200, 210),
        (236, 226, 206),
    ]
    while x < w:
        bw = r.uniform(0.09, 0.15) * w
        top = h * r.uniform(0.14, 0.3)
        face = c.far(r.choice(fronts), 0.22)
        c.rect(x, top, x + bw, hz, face)
        roof = c.far((120, 72, 60), 0.22)
        if r.random() < 0.6:
            c.poly([(x - 4 * u, top), (x + bw / 2, top - bw * 0.35), (x + bw + 4 * u, top)], roof)
        else:
            c.rect(x - 4 * u, top - 14 * u, x + bw + 4 * u, top, roof)
        cols = max(2, int(bw / (60 * u)))
        rows = max(2, int((hz - top) / (90 * u)))
        for i in range(cols):
            for j in range(rows):
                wx = x + bw * (i + 0.5) / cols
                wy = top + (hz - top) * (j + 0.35) / (rows + 0.3)
                c.rect(wx - 12 * u, wy, wx + 12 * u, wy + 30 * u, c.far((60, 70, 80), 0.25))
                c.rect(wx - 15 * u, wy + 30 * u, wx + 15 * u, wy + 34 * u, _mul(face, 0.8))
        x += bw
    c.fog(hz - h * 0.1, hz, c.time.haze, 0.0, 0.3)
    # paved square
    c.vgrad(0, hz, w, h, [(0.0, c.lit((176, 164, 146))), (1.0, c.lit((150, 136, 118)))])
    for k in range(1, 16):
        y = hz + (h - hz) * (k / 16) ** 1.5
        c.line([(0, y), (w, y)], c.lit((134, 122, 106)), (1 + 2 * k / 16) * u)
    vx = w / 2
    for k in range(-30, 31):
        xb = vx + k * w * 0.06
        c.line([(vx + (xb - vx) * 0.25, hz), (xb, h)], c.lit((140, 128, 112)), 1.2 * u)
    # bunting
    for row in range(2):
        y0 = h * (0.16 + 0.08 * row)
        sag = h * 0.06
        flags = [(220, 60, 60), (250, 200, 60), (60, 130, 200), (250, 250, 240), (70, 160, 90)]
        n = 26
        for i in range(n):
            t0, t1 = i / n, (i + 0.6) / n

            def catenary(t: float, y0: float = y0, sag: float = sag) -> Point:
                return (t * w, y0 + sag * 4 * t * (1 - t))

            a, b = catenary(t0), catenary(t1)
            tip = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + 26 * u)
            c.poly([a, b, tip], c.lit(flags[(i + row) % len(flags)]))
        c.line([catenary(i / 40) for i in range(41)], (80, 80, 80), 1.5 * u)
    # stalls, back row smaller then front row
    awnings = [
        ((200, 50, 50), (245, 240, 230)),
        ((40, 120, 80), (245, 240, 230)),
        ((40, 90, 160), (245, 240, 230)),
        ((236, 170, 40), (250, 246, 236)),
        ((150, 60, 120), (245, 240, 230)),
    ]
    produce = [
        (230, 120, 30),
        (200, 40, 40),
        (240, 200, 50),
        (110, 170, 60),
        (150, 60, 120),
        (240, 150, 60),
        (90, 140, 50),
    ]
    offsets = (r.uniform(-0.3, 0.3) * w / 4, r.uniform(-0.3, 0.3) * w / 3)
    for row, (scale, base) in enumerate(((0.62, h * 0.72), (1.0, h * 0.94))):
        n = 4 if row == 0 else 3
        width = w / n
        off = offsets[row]
        for i in range(-1, n + 1):
            sx = i * width + off + width * 0.08
            sw = width * 0.84 * (0.9 if row == 0 else 1.0)
            top = base - h * 0.34 * scale
            stripe_a, stripe_b = r.choice(awnings)
            pole = c.lit((90, 70, 50))
            c.rect(sx + sw * 0.04, top, sx + sw * 0.07, base, pole)
            c.rect(sx + sw * 0.93, top, sx + sw * 0.96, base, pole)
            c.rect(
                sx, top + h * 0.05 * scale, sx + sw, base - h * 0.12 * scale, c.lit((70, 60, 56))
            )
            _awning(
                c,
                sx - sw * 0.03,
                sx + sw * 1.03,
                top,
                h * 0.08 * scale,
                c.lit(stripe_a),
                c.lit(stripe_b),
            )
            table = base - h * 0.12 * scale
            wood = c.lit((150, 104, 62))
            c.rect(sx, table, sx + sw, base, wood)
            c.rect(sx, table, sx + sw, table + 8 * u * scale, _mul(wood, 1.15))
            for j in range(4):
                c.line(
                    [
                        (sx, table + (j + 1) * h * 0.025 * scale),
                        (sx + sw, table + (j + 1) * h * 0.025 * scale),
                    ],
                    _mul(wood, 0.8),
                    2 * u * scale,
                )
            crates = 4
            for k in range(crates):
                kx0 = sx + sw * (0.04 + k * 0.24)
                kx1 = kx0 + sw * 0.2
                fruit = c.lit(r.choice(produce))
                fr = (kx1 - kx0) / 9
                for row_f in range(3):
                    for f in range(5 - row_f):
                        fx = kx0 + fr * (1.6 + row_f + f * 1.7)
                        fy = table - fr * (0.6 + row_f * 1.3)
                        c.ellipse(fx, fy, fr, fr, _mul(fruit, r.uniform(0.85, 1.05)))
                        c.ellipse(
                            fx - fr * 0.3,
                            fy - fr * 0.3,
                            fr * 0.3,
                            fr * 0.3,
                            _mix(fruit, (255, 255, 255), 0.35),
                        )
                c.rect(kx0, table - fr * 0.5, kx1, table + 2 * u, _mul(wood, 0.85))
        if row == 0:
            # shoppers in the aisles between the front stalls
            for i in range(-1, 4):
                if r.random() < 0.25:
                    continue
                px = (i + 1) * w / 3 + offsets[1] + r.uniform(-0.01, 0.01) * w
                _shopper(c, px, h * r.uniform(0.9, 0.93), h * r.uniform(0.2, 0.24))


def _shopper(c: _Canvas, x: float, feet: float, height: float) -> None:
    r = c.rng
    coats = [(60, 70, 100), (140, 60, 50), (80, 90, 70), (50, 50, 60), (180, 150, 100)]
    coat = c.lit(r.choice(coats))
    legs = c.lit(r.choice([(40, 44, 60), (70, 60, 50), (30, 30, 34)]))
    skin = c.lit(r.choice([(224, 180, 150), (190, 140, 110), (120, 84, 60), (236, 196, 170)]))
    hw = height * 0.1
    c.rect(x - hw * 0.8, feet - height * 0.42, x - hw * 0.1, feet, legs)
    c.rect(x + hw * 0.1, feet - height * 0.42, x + hw * 0.8, feet, legs)
    c.draw.rounded_rectangle(
        (x - hw * 1.1, feet - height * 0.8, x + hw * 1.1, feet - height * 0.36),
        radius=hw * 0.6,
        fill=coat,
    )
    c.ellipse(x, feet - height * 0.89, hw * 0.62, hw * 0.72, skin)
    c.draw.chord(
        (x - hw * 0.66, feet - height * 0.97, x + hw * 0.66, feet - height * 0.84),
        180,
        360,
        fill=c.lit(r.choice([(50, 40, 30), (90, 70, 40), (30, 30, 30), (160, 130, 90)])),
    )
    if r.random() < 0.6:
        side = r.choice((-1, 1))
        bag = c.lit(r.choice([(200, 180, 120), (160, 60, 50), (90, 120, 80)]))
        bx = x + side * hw * 1.3
        c.rect(bx - hw * 0.5, feet - height * 0.42, bx + hw * 0.5, feet - height * 0.26, bag)


def _bolt(c: _Canvas, x: float, y: float, bottom: float) -> None:
    r, u = c.rng, c.u
    path: list[Point] = [(x, y)]
    branches: list[list[Point]] = []
    drift = r.uniform(-0.3, 0.3)
    while path[-1][1] < bottom:
        px, py = path[-1]
        step = r.uniform(8, 30) * u
        path.append((px + (r.uniform(-1.0, 1.0) + drift) * step, min(bottom, py + step)))
        if r.random() < 0.1 and py < bottom * 0.8:
            b: list[Point] = [path[-1]]
            direction = r.choice((-1, 1))
            for _ in range(r.randint(4, 9)):
                bx, by = b[-1]
                s = r.uniform(8, 24) * u
                b.append((bx + direction * r.uniform(0.0, 1.3) * s, by + s * r.uniform(0.4, 1)))
            branches.append(b)
    xs = [p[0] for p in path] + [p[0] for b in branches for p in b]
    pad = 120 * u
    m = c.mask(min(xs) - pad, y - pad, max(xs) + pad, bottom + pad, 0.25)
    m.line(path, 26 * u)
    for b in branches:
        m.line(b, 12 * u)
    c.apply(m, (176, 176, 255), blur=22 * u, opacity=0.7)
    c.line(path, (250, 250, 255), 5 * u)
    for b in branches:
        c.line(b, (226, 226, 255), 2.2 * u)
        c.line(b[: len(b) // 2 + 1], (240, 240, 255), 3 * u)


def _storm_sky(c: _Canvas, hz: float, bolt_x: float) -> None:
    """Clouds, glow and rain curtains, painted at quarter resolution and scaled up soft."""
    r, w = c.rng, c.w
    q = 4
    sw, sh = max(1, w // q), max(1, int(hz) // q + 2)
    sky = _gradient(sw, sh, c.sky_stops)

    def blobs(col: RGB, blur: float, shapes: Callable[[ImageDraw.ImageDraw], None]) -> None:
        mask = Image.new("L", (sw, sh), 0)
        shapes(ImageDraw.Draw(mask))
        if blur > 0:
            mask = mask.filter(ImageFilter.GaussianBlur(blur))
        sky.paste(col, (0, 0), mask)

    def horizon_break(d: ImageDraw.ImageDraw) -> None:
        x = sw * r.uniform(0.2, 0.8)
        d.ellipse((x - sw * 0.4, sh * 0.85, x + sw * 0.4, sh * 1.2), fill=120)

    def deck(lo: float, hi: float, size: float) -> Callable[[ImageDraw.ImageDraw], None]:
        def draw(d: ImageDraw.ImageDraw) -> None:
            d.rectangle((0, 0, sw, sh * lo), fill=255)
            x = -sw * 0.05
            while x < sw * 1.05:
                rad = sw * size * r.uniform(0.6, 1.4)
                y = sh * r.uniform(lo, hi)
                d.ellipse((x - rad, y - rad * 0.7, x + rad, y + rad * 0.5), fill=255)
                x += rad * r.uniform(0.8, 1.4)

        return draw

    blobs((150, 150, 146), sh * 0.08, horizon_break)
    blobs((84, 90, 104), 3, deck(0.35, 0.6, 0.07))
    blobs((58, 63, 78), 2, deck(0.22, 0.42, 0.06))
    blobs((36, 39, 50), 1.5, deck(0.05, 0.22, 0.05))

    def glow(d: ImageDraw.ImageDraw) -> None:
        x, y = bolt_x / q, sh * 0.3
        d.ellipse((x - sw * 0.18, y - sh * 0.25, x + sw * 0.18, y + sh * 0.25), fill=130)

    blobs((150, 150, 200), sh * 0.1, glow)

    def curtains(d: ImageDraw.ImageDraw) -> None:
        for _ in range(r.randint(3, 5)):
            x = r.uniform(0, 1) * sw
            width = sw * r.uniform(0.05, 0.14)
            d.polygon(
                [(x, sh * 0.35), (x + width, sh * 0.35), (x + width * 0.4, sh), (x - width, sh)],
                fill=r.randint(80, 150),
            )

    blobs((112, 118, 134), sw * 0.02, curtains)
    c.img.paste(sky.resize((w, sh * q), _BILINEAR), (0, 0))


def _storm(c: _Canvas) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["storm"])
    hz = h * r.uniform(0.66, 0.72)
    c.horizon = hz
    bolt_x = w * r.uniform(0.3, 0.7)
    _storm_sky(c, hz, bolt_x)
    _bolt(c, bolt_x, hz * r.uniform(0.22, 0.32), hz + 2 * u)
    # dark land with a lone farmhouse and wind-bent tree
    far = _hills(r, 0, w, hz, h * 0.04, waves=1.5)
    c.poly(_ground(far, h), (50, 56, 62))
    mid = _hills(r, 0, w, hz + h * 0.05, h * 0.05, waves=2.0)
    c.poly(_ground(mid, h), (42, 50, 50))
    near = _hills(r, 0, w, h * 0.84, h * 0.08, waves=1.2)
    c.poly(_ground(near, h), (30, 38, 34))
    hx = w * r.uniform(0.55, 0.85)
    hy = _y_on(mid, hx) + 8 * u
    house = (24, 28, 30)
    c.rect(hx, hy - 50 * u, hx + 90 * u, hy, house)
    c.poly(
        [
            (hx - 8 * u, hy - 50 * u),
            (hx + 16 * u, hy - 84 * u),
            (hx + 74 * u, hy - 84 * u),
            (hx + 98 * u, hy - 50 * u),
        ],
        house,
    )
    c.rect(hx + 60 * u, hy - 100 * u, hx + 70 * u, hy - 70 * u, house)
    for wx in (hx + 16 * u, hx + 56 * u):
        c.glow(wx + 8 * u, hy - 28 * u, 16 * u, (255, 190, 110), 0.3)
        c.rect(wx, hy - 36 * u, wx + 16 * u, hy - 20 * u, (255, 196, 110))
    tx = w * r.uniform(0.08, 0.35)
    ty = _y_on(near, tx) + 4 * u
    lean = r.choice((-1, 1))
    c.line(
        [(tx, ty), (tx + lean * 14 * u, ty - 90 * u), (tx + lean * 40 * u, ty - 150 * u)],
        house,
        12 * u,
    )
    for _ in range(9):
        c.ellipse(
            tx + lean * (50 + r.uniform(-50, 60)) * u,
            ty - 170 * u + r.uniform(-40, 30) * u,
            r.uniform(30, 55) * u,
            r.uniform(20, 35) * u,
            house,
        )
    # rain streaks, each a little lighter than what lies behind it
    slant = r.uniform(0.12, 0.3) * r.choice((-1, 1))
    rain = (200, 206, 218)
    for _ in range(1100):
        x = r.uniform(-0.1, 1.1) * w
        y = r.uniform(0, 1) * h
        length = r.uniform(20, 60) * u
        behind = c.sky_at(y) if y < hz else (40, 46, 48)
        col = _mix(behind, rain, r.uniform(0.12, 0.35))
        c.line([(x, y), (x + slant * length, y + length)], col, 1.5 * u)


def _lighthouse(c: _Canvas, x: float, base: float, height: float) -> None:
    u = c.u
    white = c.lit((244, 242, 236))
    red = c.lit((200, 50, 46))
    bw, tw = height * 0.16, height * 0.1
    c.poly(
        [
            (x - bw / 2, base),
            (x - tw / 2, base - height),
            (x + tw / 2, base - height),
            (x + bw / 2, base),
        ],
        white,
    )
    for k in range(3):
        y0 = base - height * (0.15 + k * 0.28)
        y1 = y0 - height * 0.13

        def half(y: float) -> float:
            t = (base - y) / height
            return (bw + (tw - bw) * t) / 2

        c.poly(
            [(x - half(y0), y0), (x - half(y1), y1), (x + half(y1), y1), (x + half(y0), y0)], red
        )
    c.poly(
        [
            (x + bw * 0.15, base),
            (x + tw * 0.1, base - height),
            (x + tw / 2, base - height),
            (x + bw / 2, base),
        ],
        _mul(white, 0.85),
    )
    c.rect(x - tw * 0.7, base - height - 6 * u, x + tw * 0.7, base - height, (50, 50, 54))
    c.rect(x - tw * 0.4, base - height * 1.14, x + tw * 0.4, base - height - 6 * u, (255, 236, 170))
    c.poly(
        [
            (x - tw * 0.6, base - height * 1.14),
            (x, base - height * 1.24),
            (x + tw * 0.6, base - height * 1.14),
        ],
        red,
    )


def _headland(
    c: _Canvas, edge: float, top: float, base: float, rock: RGB, depth: float, sun_left: bool
) -> list[Point]:
    """A cliff seen from the sea: grassy top, striated rock face, surf at its foot."""
    r, w, u = c.rng, c.w, c.u
    height = base - top
    crest = _hills(r, edge, w * 1.05, top, height * 0.18, waves=1.2, n=40)
    crest[0] = (edge, top + height * 0.04)
    overhang = height * r.uniform(0.05, 0.2)
    nose = _jagged(r, (edge, crest[0][1]), (edge - overhang, base), 4, 0.06)
    face = c.far(rock, depth)
    dark = _mix(_mix(_mul(c.lit(rock), 0.62), (90, 90, 130), 0.15), c.time.haze, depth)
    shade = _mix(face, dark, 0.45)
    front, side = (_mix(face, dark, 0.15), face) if sun_left else (face, shade)
    body = [*crest, (w * 1.05, base), *reversed(nose)]
    c.poly(body, front)
    # the end of the headland, turned towards the open sea
    end_w = height * r.uniform(0.3, 0.5)
    crease = _jagged(
        r, (edge + end_w * 0.3, _y_on(crest, edge + end_w * 0.3)), (edge + end_w, base), 4, 0.05
    )
    end = [*nose, (edge - overhang, base), (edge + end_w, base), *reversed(crease)]
    c.poly(end, side)
    # gullies and strata
    gully = _mix(front, dark, 0.35)
    for _ in range(int(26 * (1 - depth) + 6)):
        x = r.uniform(edge + end_w, w)
        y0 = _y_on(crest, x) + height * r.uniform(0.04, 0.2)
        half = r.uniform(2, 8) * u * (1 - depth * 0.6)
        length = height * r.uniform(0.2, 0.75)
        c.poly([(x - half, y0), (x + half, y0), (x + r.uniform(-4, 4) * u, y0 + length)], gully)
    for k in range(1, 4):
        y = top + height * (0.25 + k * 0.2)
        pts = [
            (x, y + math.sin(x / (60 * u) + k) * 4 * u)
            for x in [edge + end_w + (w - edge) * i / 30 for i in range(31)]
        ]
        c.line(pts, _mix(front, dark, 0.12), 2 * u)
    # grass cap with a ragged lip
    lip = height * 0.06
    cap = [(x, y - 2 * u) for x, y in crest]
    under = [(x, y + lip * r.uniform(0.5, 1.3)) for x, y in reversed(crest)]
    c.poly([*cap, *under], c.far((96, 134, 66), depth))
    c.poly(
        [*cap[:8], *[(x, y + lip * 0.4) for x, y in reversed(crest[:8])]],
        c.far((120, 156, 80), depth),
    )
    # surf and rocks at the foot
    foam = c.far((250, 252, 250), depth * 0.6)
    for _ in range(int(10 * (1 - depth)) + 2):
        rx = r.uniform(edge - overhang - height * 0.2, edge + end_w * 1.5)
        rs = height * r.uniform(0.015, 0.04)
        c.poly(
            [
                (rx - rs * 1.5, base + rs * 0.3),
                (rx - rs * 0.6, base - rs),
                (rx + rs * 0.5, base - rs * 0.8),
                (rx + rs * 1.4, base + rs * 0.3),
            ],
            dark,
        )
    x = edge - overhang - height * 0.35
    while x < w:
        length = height * r.uniform(0.05, 0.2)
        c.line(
            [(x, base + r.uniform(-1, 2) * u), (x + length, base + r.uniform(-1, 2) * u)],
            foam,
            max(2.0, 5 * u * (1 - depth)),
        )
        x += length + height * r.uniform(0.0, 0.04)
    return crest


def _coast(c: _Canvas) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["day", "golden", "dusk", "day", "dawn"])
    hz = h * r.uniform(0.46, 0.5)
    c.sky(hz)
    c.sun((0.1, 0.5))
    sun_left = c.sun_x < w / 2
    c.clouds(r.randint(2, 5), hz * 0.08, hz * 0.6)
    c.birds(r.randint(2, 6), w * 0.3, w * 0.95, hz * 0.2, hz * 0.7, (60, 60, 70))
    sea_top = _mix(c.sky_stops[-1][1], (40, 90, 130), 0.45)
    sea_bot = c.lit((26, 104, 126))
    c.vgrad(0, hz, w, h, [(0.0, sea_top), (0.35, _mix(sea_top, sea_bot, 0.6)), (1.0, sea_bot)])
    if c.time.sun is not None:
        c.glitter(hz, h * 0.85, _mix(c.time.sun, sea_top, 0.15), 0.035)
    c.ripples(hz, h, _mix(sea_top, (255, 255, 255), 0.2), _mul(sea_bot, 0.9), 220)
    rock = r.choice([(232, 226, 210), (200, 156, 112), (150, 136, 124), (214, 190, 150)])
    heads = [
        (0.56, hz - h * 0.035, hz + h * 0.004, 0.72),
        (0.64, hz - h * 0.1, hz + h * 0.025, 0.45),
        (0.74, hz - h * 0.3, hz + h * 0.2, 0.08),
    ]
    for i, (ef, top, base, depth) in enumerate(heads):
        crest = _headland(c, w * (ef + r.uniform(-0.03, 0.03)), top, base, rock, depth, sun_left)
        if i == 1:
            lx = crest[3][0]
            _lighthouse(c, lx, crest[3][1] + 2 * u, h * 0.12)
    # beach and surf in the opposite corner
    sand = c.lit(r.choice([(230, 210, 164), (220, 196, 150)]))
    shore = [
        (x, h * 0.78 + (h * 0.26) * (x / (w * 0.55)) ** 1.6)
        for x in [w * 0.55 * i / 30 for i in range(31)]
    ]
    shore = [(-10 * u, h * 0.76), *shore]
    c.poly([*shore, (w * 0.56, h * 1.05), (-10 * u, h * 1.05)], _mix(sand, sea_bot, 0.3))
    dry = [(x - 24 * u, y + 18 * u) for x, y in shore]
    c.poly([*dry, (w * 0.56, h * 1.05), (-10 * u, h * 1.05)], sand)
    foam = c.lit((250, 252, 250))
    for k in range(3):
        off = (6 + 16 * k + 4 * k * k) * u
        pts = [(x + off * 0.7, y - off + 3 * u * math.sin(x / (30 * u) + k * 2)) for x, y in shore]
        col = _mix(foam, sea_bot, 0.15 + 0.2 * k)
        i = r.randint(0, 3)
        while i < len(pts) - 1:
            j = min(len(pts), i + r.randint(3, 9))
            c.line(pts[i:j], col, max(1.5, (5 - k) * u))
            i = j + r.randint(1, 2 + k)
    c.line(shore, foam, 4 * u)


def _solar_farm(c: _Canvas) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["day", "golden", "day", "dawn"])
    hz = h * r.uniform(0.36, 0.42)
    c.sky(hz)
    c.sun()
    c.clouds(r.randint(2, 5), hz * 0.08, hz * 0.7)
    ridge = _hills(r, 0, w, hz, h * 0.07, waves=1.4)
    c.poly(_ground(ridge, h), c.far((100, 130, 110), 0.65))
    hills2 = _hills(r, 0, w, hz + h * 0.01, h * 0.03, waves=2.4)
    c.poly(_ground(hills2, h), c.far((110, 140, 80), 0.45))
    ground_y = hz + h * 0.015
    c.vgrad(0, ground_y, w, h, [(0.0, c.far((130, 160, 80), 0.35)), (1.0, c.lit((112, 150, 66)))])
    vx = w * r.uniform(0.4, 0.6)
    focal = h * 0.5
    cam = 9.0

    def proj(x: float, y: float, z: float) -> Point:
        return (vx + x * focal / z, ground_y + focal * (cam - y) / z)

    panel = _mix(c.lit((30, 52, 108)), (28, 50, 110), 0.6)
    glare = _mix(panel, c.sky_stops[-1][1], 0.45)
    frame = c.lit((214, 218, 224))
    back = c.lit((96, 100, 106))
    shadow = c.lit((70, 100, 50))
    spacing, depth_x, lo, hi = 7.5, 3.6, 0.6, 2.2
    z0, z1 = 1.5, 260.0
    zs = [z0]
    while zs[-1] < z1:
        zs.append(zs[-1] * 1.06)
    rows = [spacing * (k + 0.5) + r.uniform(-0.2, 0.2) for k in range(-12, 12)]
    rows.sort(key=abs, reverse=True)
    for xr in rows:
        xl, xh = xr - depth_x / 2, xr + depth_x / 2
        # ground shadow under the row
        c.poly(
            [
                proj(xl - 0.6, 0, z0),
                proj(xl - 0.6, 0, z1),
                proj(xh - 0.9, 0, z1),
                proj(xh - 0.9, 0, z0),
            ],
            shadow,
        )
        facing = xr * (hi - lo) + depth_x * (cam - (hi + lo) / 2) > 0
        for za, zb in pairwise(zs):
            t = min(1.0, math.log(za / z0) / math.log(z1 / z0))
            col = _mix(panel, glare, 0.15 + 0.6 * t**1.5) if facing else back
            col = _mix(col, c.time.haze, 0.55 * t**1.2)
            c.poly([proj(xl, lo, za), proj(xh, hi, za), proj(xh, hi, zb), proj(xl, lo, zb)], col)
        fcol = frame if facing else _mul(back, 0.8)
        for k in (1, 2):
            f = k / 3
            c.line(
                [
                    proj(xl + depth_x * f, lo + (hi - lo) * f, z0),
                    proj(xl + depth_x * f, lo + (hi - lo) * f, z1),
                ],
                _mix(panel, fcol, 0.45),
                1.4 * u,
            )
        z = z0
        while z < z1:
            a, b = proj(xl, lo, z), proj(xh, hi, z)
            if abs(a[1] - proj(xl, lo, z + 1.1)[1]) < 3 * u:
                break
            c.line(
                [a, b],
                _mix(_mix(panel, fcol, 0.45), c.time.haze, min(0.5, z / 120)),
                max(1.0, 0.05 * focal / z),
            )
            z += 1.1
        c.line([proj(xh, hi, z0), proj(xh, hi, z1)], fcol, max(1.5, 2.2 * u))
        for zl in range(2, 60, 4):
            a, b = proj(xl + 0.4, lo, zl), proj(xl + 0.4, 0, zl)
            c.line([a, b], (70, 72, 76), max(1.0, 0.08 * focal / zl))
    if c.time.sun is not None:
        c.glow(c.sun_x, h * 0.8, 120 * u, c.time.sun, 0.18)
    # fence along the bottom
    post = c.lit((90, 84, 76))
    for i in range(0, int(w / (80 * u)) + 2):
        px = i * 80 * u
        c.rect(px, h * 0.93, px + 5 * u, h, post)
    for y in (h * 0.945, h * 0.97):
        c.line([(0, y), (w, y)], post, 1.5 * u)


def _turbine(c: _Canvas, x: float, base: float, height: float, depth: float, angle: float) -> None:
    white = c.far((240, 242, 244), depth)
    shade = c.far((196, 202, 210), depth)
    top = base - height
    c.poly(
        [
            (x - height * 0.022, base),
            (x - height * 0.01, top),
            (x + height * 0.01, top),
            (x + height * 0.022, base),
        ],
        white,
    )
    c.poly(
        [
            (x + height * 0.004, base),
            (x + height * 0.002, top),
            (x + height * 0.01, top),
            (x + height * 0.022, base),
        ],
        shade,
    )
    c.draw.rounded_rectangle(
        (x - height * 0.03, top - height * 0.025, x + height * 0.07, top + height * 0.02),
        radius=height * 0.02,
        fill=white,
    )
    blade = height * 0.52
    for k in range(3):
        a = angle + k * math.tau / 3
        dx, dy = math.cos(a), math.sin(a)
        nx, ny = -dy, dx
        root = (x - height * 0.035, top)
        pts = [
            (root[0] + nx * height * 0.018, root[1] + ny * height * 0.018),
            (
                root[0] + dx * blade * 0.25 + nx * height * 0.03,
                root[1] + dy * blade * 0.25 + ny * height * 0.03,
            ),
            (root[0] + dx * blade, root[1] + dy * blade),
            (root[0] - nx * height * 0.012, root[1] - ny * height * 0.012),
        ]
        c.poly(pts, white)
        c.line([pts[1], pts[2]], shade, max(1.0, height * 0.006))
    c.ellipse(x - height * 0.035, top, height * 0.025, height * 0.025, shade)


def _wind_turbines(c: _Canvas) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["day", "golden", "overcast", "dawn", "day"])
    hz = h * r.uniform(0.56, 0.62)
    c.sky(hz)
    c.sun()
    c.clouds(r.randint(3, 6), hz * 0.05, hz * 0.6)
    layers = [
        (0.72, hz, 0.06, (110, 140, 120)),
        (0.5, hz + h * 0.06, 0.08, (100, 140, 90)),
        (0.3, hz + h * 0.16, 0.1, (110, 150, 70)),
        (0.08, hz + h * 0.3, 0.12, (96, 140, 60)),
    ]
    last: list[Point] = []
    for k, (depth, base, amp, col) in enumerate(layers):
        ridge = _hills(r, 0, w, base, h * amp, waves=1.2 + 0.4 * k)
        c.poly(_ground(ridge, h), c.far(col, depth))
        if k < 3:
            count = r.randint(2, 4) if k < 2 else r.randint(1, 2)
            xs = sorted(r.uniform(0.05, 0.95) * w for _ in range(count))
            for x in xs:
                height = h * (0.14 + 0.18 * k) * r.uniform(0.85, 1.15)
                _turbine(
                    c, x, _y_on(ridge, x) + 4 * u, height, depth * 0.85, r.uniform(0, math.tau)
                )
        else:
            for _ in range(r.randint(2, 4)):
                tx = r.uniform(0, w)
                _tree(
                    c,
                    tx,
                    _y_on(ridge, tx) + 10 * u,
                    h * r.uniform(0.1, 0.18),
                    c.lit((60, 100, 50)),
                    c.sun_x < w / 2,
                )
        if k + 1 < len(layers):
            c.fog(base - h * amp, layers[k + 1][1], c.time.haze, 0.0, 0.5)
        last = ridge
    # a farm track winding up the nearest hill
    tx = w * r.uniform(0.3, 0.7)
    top = _y_on(last, tx) + 6 * u
    phase = r.uniform(0, math.tau)
    left: list[Point] = []
    right: list[Point] = []
    for i in range(21):
        t = i / 20
        y = top + (h * 1.01 - top) * t
        x = tx + math.sin(phase + t * 3.0) * w * 0.06 * t
        half = (4 + 80 * t**1.5) * u
        left.append((x - half, y))
        right.append((x + half, y))
    c.poly([*left, *reversed(right)], c.lit((184, 164, 124)))
    c.line(left, c.lit((150, 130, 96)), 2 * u)


def _suspension(c: _Canvas, deck: float, water: float) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    paint = c.far(r.choice([(190, 64, 44), (200, 200, 196), (90, 110, 120)]), 0.12)
    dark = _mul(paint, 0.72)
    t1, t2 = w * r.uniform(0.16, 0.24), w * r.uniform(0.72, 0.84)
    tower_top = deck - h * 0.34
    # main cable
    cable: list[Point] = []
    for i in range(121):
        x = -w * 0.05 + (w * 1.1) * i / 120
        if x < t1:
            y = tower_top + (deck - h * 0.01 - tower_top) * ((t1 - x) / (t1 + w * 0.05)) ** 1.1
        elif x > t2:
            y = tower_top + (deck - h * 0.01 - tower_top) * ((x - t2) / (w * 1.05 - t2)) ** 1.1
        else:
            f = (x - t1) / (t2 - t1)
            y = tower_top + (deck - h * 0.02 - tower_top) * 4 * f * (1 - f)
        cable.append((x, y))
    for i in range(0, 121):
        x, y = cable[i]
        c.line([(x, y), (x, deck)], dark, 1.4 * u)
    c.line(cable, paint, 5 * u)
    # deck with truss
    c.rect(-5, deck, w + 5, deck + h * 0.03, paint)
    for i in range(int(w / (24 * u)) + 1):
        x = i * 24 * u
        c.line([(x, deck + h * 0.03), (x + 12 * u, deck + 4 * u)], dark, 2 * u)
    c.rect(-5, deck - 4 * u, w + 5, deck + 2 * u, dark)
    for tx in (t1, t2):
        leg = h * 0.025
        c.rect(tx - leg * 1.8, tower_top, tx - leg * 0.8, water, paint)
        c.rect(tx + leg * 0.8, tower_top, tx + leg * 1.8, water, paint)
        c.rect(tx + leg * 1.4, tower_top, tx + leg * 1.8, water, dark)
        for k in range(4):
            by = tower_top + (deck - tower_top) * (0.02 + k * 0.3)
            c.rect(tx - leg * 1.8, by, tx + leg * 1.8, by + h * 0.018, paint)
        c.rect(
            tx - leg * 2.6,
            water - h * 0.03,
            tx + leg * 2.6,
            water + 2 * u,
            c.far((120, 116, 110), 0.1),
        )


def _arches(c: _Canvas, deck: float, water: float) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    stone = c.far(r.choice([(196, 176, 146), (176, 166, 156), (204, 160, 120)]), 0.08)
    joint = _mul(stone, 0.86)
    dark = _mix(_mul(stone, 0.55), (60, 60, 90), 0.15)
    rise = water - deck
    rad = rise * r.uniform(0.5, 0.6)
    pier = rad * r.uniform(0.4, 0.55)
    spring = water - rise * 0.12
    span = 2 * rad + pier
    off = -r.uniform(0, span)
    top = deck - h * 0.03
    box = c.box(0, top, w, water + 2)
    bw, bh = box[2] - box[0], box[3] - box[1]
    wall = Image.new("RGB", (bw, bh), stone)
    wd = ImageDraw.Draw(wall)
    course = 16 * u
    for k in range(int(bh / course) + 1):
        y = k * course
        wd.line(((0, y), (bw, y)), fill=joint, width=max(1, round(1.5 * u)))
        shift = (k % 2) * course
        for jx in range(int(-shift), bw, int(course * 2.6)):
            wd.line(((jx, y), (jx, y + course)), fill=joint, width=max(1, round(1.5 * u)))
    m = _Mask(box, 1.0)
    m.rect(0, top, w, water + 2)
    arches: list[float] = []
    x = off
    while x < w + span:
        arches.append(x + pier / 2 + rad)
        x += span
    for cx in arches:
        for ring in (1.16, 1.0):
            col = _mix(stone, (255, 255, 255), 0.08) if ring > 1 else dark
            wd.ellipse(
                (
                    cx - rad * ring,
                    spring - top - rad * ring,
                    cx + rad * ring,
                    spring - top + rad * ring,
                ),
                fill=col,
            )
        wd.rectangle((cx - rad, spring - top, cx + rad, bh), fill=dark)
        for i in range(1, 18):
            a = math.pi * i / 18
            wd.line(
                (
                    (cx - math.cos(a) * rad, spring - top - math.sin(a) * rad),
                    (cx - math.cos(a) * rad * 1.16, spring - top - math.sin(a) * rad * 1.16),
                ),
                fill=joint,
                width=max(1, round(2 * u)),
            )
        # the opening, leaving the shadowed soffit as a crescent along its top
        m.ellipse(cx, spring + rad * 0.06, rad * 0.97, rad * 0.97, fill=0)
        m.rect(cx - rad * 0.97, spring + rad * 0.06, cx + rad * 0.97, water + 2, fill=0)
        # pier cutwater
        px = cx + rad + pier / 2
        wd.rectangle((px - pier * 0.15, spring - top, px + pier / 2, bh), fill=_mul(stone, 0.84))
    # parapet and string course
    wd.rectangle((0, 0, bw, h * 0.03), fill=_mul(stone, 1.05))
    wd.rectangle((0, h * 0.03, bw, h * 0.03 + 6 * u), fill=_mul(stone, 0.8))
    wd.rectangle((0, h * 0.03 - 5 * u, bw, h * 0.03), fill=_mix(stone, (255, 255, 255), 0.15))
    c.img.paste(wall, box[:2], m.image)
    # lamps along the parapet
    for i in range(len(arches)):
        lx = arches[i] + rad + pier / 2
        c.rect(lx - 3 * u, top - 60 * u, lx + 3 * u, top, (50, 52, 56))
        c.rect(lx - 8 * u, top - 76 * u, lx + 8 * u, top - 60 * u, (50, 52, 56))
        if c.time is _TIMES["dusk"]:
            c.glow(lx, top - 68 * u, 16 * u, (255, 210, 140), 0.6)
            c.rect(lx - 5 * u, top - 73 * u, lx + 5 * u, top - 63 * u, (255, 230, 170))


def _bridge(c: _Canvas) -> None:
    r = c.rng
    w, h = c.w, c.h
    c.set_time(["day", "golden", "dusk", "day", "dawn"])
    water = h * r.uniform(0.62, 0.68)
    c.sky(water)
    c.sun()
    c.clouds(r.randint(2, 5), water * 0.06, water * 0.5)
    c.birds(r.randint(1, 5), w * 0.1, w * 0.9, water * 0.15, water * 0.5, (60, 60, 70))
    far = _hills(r, 0, w, water, h * 0.12, waves=1.5)
    c.poly(_ground(far, h), c.far((100, 120, 120), 0.7))
    near = _hills(r, 0, w, water, h * 0.06, waves=2.2)
    c.poly(_ground(near, h), c.far((90, 120, 90), 0.5))
    c.fog(water - h * 0.08, water, c.time.haze, 0.0, 0.5)
    if r.random() < 0.5:
        _suspension(c, water - h * r.uniform(0.1, 0.14), water)
    else:
        _arches(c, water - h * r.uniform(0.2, 0.26), water)
    top = _mix(c.sky_stops[-1][1], (40, 80, 100), 0.3)
    bottom = _mix(c.sky_stops[0][1], (10, 40, 60), 0.45)
    c.reflect(water, top, bottom, 0.6)
    if c.time.sun is not None:
        c.glitter(water, h, _mix(c.time.sun, top, 0.2), 0.04)


def _railway(c: _Canvas) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["day", "golden", "dusk", "overcast", "day"])
    hz = h * r.uniform(0.46, 0.52)
    c.sky(hz)
    c.sun()
    sun_left = c.sun_x < w / 2
    c.clouds(r.randint(2, 5), hz * 0.08, hz * 0.7)
    far = _hills(r, 0, w, hz, h * 0.07, waves=1.3)
    c.poly(_ground(far, h), c.far((100, 120, 120), 0.7))
    mid = _hills(r, 0, w, hz + 2 * u, h * 0.03, waves=2.0)
    c.poly(_ground(mid, h), c.far((110, 140, 80), 0.45))
    c.vgrad(
        0, hz + h * 0.01, w, h, [(0.0, c.far((130, 150, 80), 0.35)), (1.0, c.lit((120, 140, 60)))]
    )
    vx = w * r.uniform(0.42, 0.58)
    focal = h * 1.0
    cam = 1.6
    gauge = 1.435

    cam_x = r.choice((-1, 1)) * r.uniform(1.4, 2.4)

    def proj(x: float, z: float) -> Point:
        return (vx + (x - cam_x) * focal / z, hz + focal * cam / z)

    z_near, z_far = 1.2, 400.0
    # ballast bed
    c.poly(
        [proj(-2.2, z_far), proj(2.2, z_far), proj(3.2, z_near), proj(-3.2, z_near)],
        c.lit((150, 140, 128)),
    )
    c.poly(
        [proj(-1.6, z_far), proj(1.6, z_far), proj(1.9, z_near), proj(-1.9, z_near)],
        c.lit((128, 118, 108)),
    )
    for _ in range(1400):
        z = math.exp(r.uniform(math.log(z_near), math.log(60)))
        x = r.uniform(-1.9, 1.9)
        px, py = proj(x, z)
        s = max(0.8, 0.035 * focal / z)
        c.ellipse(px, py, s, s * 0.6, c.lit(r.choice([(160, 150, 140), (110, 100, 92)])))
    # sleepers
    z = z_near
    sleeper = c.lit((92, 70, 52))
    while z < 120:
        (xa, ya), (xb, _) = proj(-1.3, z), proj(1.3, z)
        (_, yb) = proj(-1.3, z + 0.25)
        c.rect(xa, yb, xb, ya, _mix(sleeper, c.time.haze, min(0.6, z / 150)))
        z += 0.65
    # rails
    steel = c.lit((190, 192, 196))
    for side in (-1, 1):
        x = side * gauge / 2
        c.poly(
            [
                proj(x - 0.04, z_far),
                proj(x + 0.04, z_far),
                proj(x + 0.05, z_near),
                proj(x - 0.05, z_near),
            ],
            _mul(steel, 0.55),
        )
        c.poly(
            [
                proj(x - 0.035, z_far),
                proj(x + 0.01, z_far),
                proj(x + 0.015, z_near),
                proj(x - 0.04, z_near),
            ],
            steel,
        )
    # catenary masts on one side
    mast_side = -1 if cam_x > 0 else 1
    wire: list[Point] = []
    for k in range(16):
        z = 3.0 + k * 9.0
        bx, by = proj(mast_side * 3.0, z)
        tx = bx
        top_y = by - 5.6 * focal / z
        c.line(
            [(bx, by), (tx, top_y)],
            c.far((80, 80, 84), min(0.7, z / 200)),
            max(1.0, 0.25 * focal / z),
        )
        ax = proj(0.0, z)[0]
        c.line(
            [(tx, top_y + 0.3 * focal / z), (ax, top_y + 0.3 * focal / z)],
            c.far((80, 80, 84), min(0.7, z / 200)),
            max(1.0, 0.1 * focal / z),
        )
        wire.append((ax, top_y + 0.5 * focal / z))
    c.line(wire, (60, 60, 64), 1.5 * u)
    # the train approaching
    zt = r.uniform(14, 22)
    tw, th = 3.0, 3.9
    livery = r.choice(
        [
            ((200, 40, 40), (240, 240, 236)),
            ((240, 200, 40), (40, 60, 120)),
            ((40, 110, 90), (230, 230, 220)),
            ((236, 236, 232), (30, 80, 160)),
        ]
    )
    body, stripe = c.lit(livery[0]), c.lit(livery[1])
    (fl, fb), (fr, _) = proj(-tw / 2, zt), proj(tw / 2, zt)
    scale = focal / zt
    ft = fb - th * scale - 0.3 * scale
    zl = zt + 60
    side = 1 if cam_x > 0 else -1
    sx = tw / 2 * side
    bx, by = proj(sx, zl)
    p_top = (bx, hz + focal * (cam - th - 0.3) / zl)
    side_poly = [(fl if side < 0 else fr, ft), p_top, (bx, by), (fl if side < 0 else fr, fb)]
    c.poly(side_poly, _mul(body, 0.78))
    near_x = fl if side < 0 else fr
    c.poly(
        [
            (near_x, fb - 1.1 * scale),
            (bx, hz + focal * (cam - 1.1) / zl),
            (bx, hz + focal * (cam - 0.7) / zl),
            (near_x, fb - 0.7 * scale),
        ],
        _mul(stripe, 0.8),
    )
    for k in range(1, 14):
        zw = zt + k * 4
        wx = proj(sx, zw)[0]
        wtop = hz + focal * (cam - th * 0.75) / zw
        wbot = hz + focal * (cam - th * 0.5) / zw
        wx2 = proj(sx, zw + 2.4)[0]
        c.poly(
            [
                (wx, wtop),
                (wx2, hz + focal * (cam - th * 0.75) / (zw + 2.4)),
                (wx2, hz + focal * (cam - th * 0.5) / (zw + 2.4)),
                (wx, wbot),
            ],
            _mix((40, 50, 60), c.time.haze, min(0.5, zw / 150)),
        )
    c.draw.rounded_rectangle((fl, ft, fr, fb), radius=0.5 * scale, fill=body)
    c.rect(fl, fb - 1.1 * scale, fr, fb - 0.7 * scale, stripe)
    c.draw.rounded_rectangle(
        (fl + 0.3 * scale, ft + 0.4 * scale, fr - 0.3 * scale, ft + 1.5 * scale),
        radius=0.2 * scale,
        fill=(36, 44, 56),
    )
    c.poly(
        [
            (fl + 0.4 * scale, ft + 0.5 * scale),
            (fl + 1.0 * scale, ft + 0.5 * scale),
            (fl + 0.6 * scale, ft + 1.4 * scale),
            (fl + 0.4 * scale, ft + 1.4 * scale),
        ],
        (70, 84, 100),
    )
    lamp = (255, 246, 210)
    for lx in (fl + 0.45 * scale, fr - 0.45 * scale):
        c.glow(lx, fb - 0.45 * scale, 0.5 * scale, lamp, 0.5)
        c.ellipse(lx, fb - 0.45 * scale, 0.14 * scale, 0.1 * scale, lamp)
    c.rect(fl + 0.2 * scale, fb, fr - 0.2 * scale, fb + 0.25 * scale, (40, 40, 44))
    c.line(
        [
            ((fl + fr) / 2, ft),
            ((fl + fr) / 2 - 0.5 * scale, ft - 0.8 * scale),
            ((fl + fr) / 2 + 0.3 * scale, ft - 1.2 * scale),
        ],
        (50, 50, 54),
        max(1.0, 0.06 * scale),
    )
    # trees beside the line, farthest first
    groves = [(r.uniform(7, 30) * r.choice((-1, 1)), r.uniform(12, 90)) for _ in range(9)]
    for xw, z in sorted(groves, key=lambda g: -g[1]):
        if xw * mast_side > 0 and abs(xw) < 9:
            xw += 6 * mast_side
        x, base = proj(xw, z)
        col = c.far((60, 100, 56), min(0.6, z / 120))
        if r.random() < 0.3:
            _fir(c, x, base, 9.0 * focal / z, _mul(col, 0.85))
        else:
            _tree(c, x, base, 7.0 * focal / z, col, sun_left)


def _desert(c: _Canvas) -> None:
    r = c.rng
    w, h, u = c.w, c.h, c.u
    c.set_time(["golden", "day", "dusk", "golden"])
    hz = h * r.uniform(0.5, 0.56)
    c.sky(hz)
    t = c.time
    if t.sun is not None:
        c.sun_x = w * r.uniform(0.2, 0.8)
        c.sun_y = hz - r.uniform(*t.sun_height) * hz * 0.8
        radius = 80 * u
        c.glow(c.sun_x, c.sun_y, radius * 5, _mix(t.sun, t.haze, 0.3), 0.5)
        c.glow(c.sun_x, c.sun_y, radius * 1.8, t.sun, 0.5)
        c.ellipse(c.sun_x, c.sun_y, radius, radius, t.sun)
    sun_left = c.sun_x < w / 2
    if r.random() < 0.5:
        c.clouds(r.randint(1, 3), hz * 0.1, hz * 0.5)
    sand = r.choice([(226, 170, 100), (214, 150, 90), (236, 190, 130), (220, 160, 110)])
    layers = r.randint(4, 5)
    for k in range(layers):
        f = k / (layers - 1)
        depth = 0.72 * (1 - f) ** 1.3
        base = hz + h * 0.04 + (h * 0.4) * f**1.25 + h * 0.04 * r.uniform(-f, f)
        amp = h * (0.05 + 0.13 * f) * r.uniform(0.8, 1.2)
        ridge, crests = _dunes(r, w, base, amp, r.randint(2, 4) if k < layers - 1 else 2, sun_left)
        lit = c.far(_mul(sand, 1.0 + 0.04 * k), depth)
        dark = _mix(_mix(_mul(c.lit(sand), 0.6), (120, 70, 100), 0.18), t.haze, depth)
        c.layer(ridge, lit, _mix(lit, dark, 0.18), amp * 1.5)
        if k >= 2:
            for _ in range(8 * k):
                x = r.uniform(0, w)
                y0 = _y_on(ridge, x) + r.uniform(0.2, 1.2) * amp
                length = r.uniform(60, 200) * u * f
                pts = [
                    (x + s * length / 10, y0 + math.sin(s / 10 * math.pi) * 5 * u * f)
                    for s in range(11)
                ]
                c.line(pts, _mix(lit, dark, 0.25), 1.4 * u)
        for i0, i1 in crests:
            seg = ridge[i0 : i1 + 1] if sun_left else ridge[i1 : i0 + 1][::-1]
            (px, py), (vx, vy) = seg[0], seg[-1]
            mx, my = px + (vx - px) * 0.45, vy + amp * r.uniform(0.9, 1.5)
            crease = _bezier((px, py), (px + (vx - px) * 0.08, py + (my - py) * 0.6), (mx, my))
            toe = _bezier((vx, vy), ((vx + mx) / 2 + (vx - px) * 0.08, (vy + my) / 2), (mx, my))
            c.poly([*seg, *toe[1:], *reversed(crease[:-1])], dark)
            c.line(seg[: max(2, len(seg) // 3)], _mix(lit, (255, 255, 255), 0.2), 2 * u)
        if k == 1 and r.random() < 0.8:
            # a caravan along the crest
            cx0 = w * r.uniform(0.25, 0.6)
            col = _mix((60, 40, 40), t.haze, depth * 0.8)
            for n in range(r.randint(3, 5)):
                x = cx0 + n * 30 * u
                y = _y_on(ridge, x) - 1 * u
                c.ellipse(x, y - 14 * u, 10 * u, 5 * u, col)
                c.ellipse(x - 1 * u, y - 18 * u, 5 * u, 4 * u, col)
                c.line(
                    [(x + 8 * u, y - 14 * u), (x + 13 * u, y - 22 * u), (x + 16 * u, y - 21 * u)],
                    col,
                    2.5 * u,
                )
                for lx in (-7, -4, 5, 8):
                    c.line([(x + lx * u, y - 12 * u), (x + lx * u, y)], col, 1.5 * u)


def _dunes(
    rng: random.Random, w: float, base: float, amp: float, count: int, sun_left: bool
) -> tuple[list[Point], list[tuple[int, int]]]:
    """A dune ridge: gentle windward slopes up to sharp crests, then steep slip faces.

    Returns the ridge and, for each crest, (crest index, index of the valley on its lee side).
    """
    keys: list[Point] = []
    gap = w * 1.3 / count
    x = -w * rng.uniform(0.1, 0.25)
    while x < w * 1.2:
        keys.append((x, base - amp * rng.uniform(0.0, 0.2)))
        x += gap * rng.uniform(0.5, 0.7)
        keys.append((x, base - amp * rng.uniform(0.6, 1.0)))
        x += gap * rng.uniform(0.3, 0.5)
    keys.append((x, base - amp * rng.uniform(0.0, 0.2)))
    if not sun_left:
        keys = [(w - kx, ky) for kx, ky in reversed(keys)]
    pts: list[Point] = []
    crests: list[tuple[int, int]] = []
    n = 14
    for a, b in pairwise(keys):
        rising = b[1] < a[1]
        windward = rising == sun_left
        start = len(pts)
        for s in range(n):
            t = s / n
            if windward:
                e = t**1.25 if rising else 1 - (1 - t) ** 1.25
            else:
                e = 1 - (1 - t) ** 2.2 if not rising else t**2.2
            pts.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * e))
        if not rising and sun_left:
            crests.append((start, start + n))
        if rising and not sun_left:
            crests.append((start + n, start))
    pts.append(keys[-1])
    return pts, crests


_PAINTERS: dict[str, Callable[[_Canvas], None]] = {
    "harbour": _harbour,
    "skyline": _skyline,
    "mountains": _mountains,
    "fields": _fields,
    "forest": _forest,
    "river": _river,
    "government-building": _government,
    "market": _market,
    "storm": _storm,
    "coast": _coast,
    "night-city": _night_city,
    "solar-farm": _solar_farm,
    "wind-turbines": _wind_turbines,
    "bridge": _bridge,
    "railway": _railway,
    "desert": _desert,
}


# --------------------------------------------------------------------------------------------
# Finishing and public API
# --------------------------------------------------------------------------------------------


def _finish(img: Image.Image, rng: random.Random) -> Image.Image:
    """Add film grain and a soft vignette so the flat shapes read as an illustration."""
    w, h = img.size
    grain = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    grain = grain.point([128 + (v - 128) * 9 // 128 for v in range(256)])
    img = ImageChops.add(img, Image.merge("RGB", (grain, grain, grain)), 1.0, -128)
    vignette = Image.radial_gradient("L").resize((w, h), _BILINEAR)
    vignette = vignette.point([max(0, v - 150) * 2 // 5 for v in range(256)])
    img.paste((0, 0, 0), (0, 0, w, h), vignette)
    return img


def render(scene: str, seed: int, size: tuple[int, int] = (1600, 1000)) -> Image.Image:
    """Return an RGB illustration of `scene`; the same arguments always give the same pixels."""
    painter = _PAINTERS.get(scene)
    if painter is None:
        raise ValueError(f"unknown scene {scene!r}; expected one of: {', '.join(SCENES)}")
    width, height = int(size[0]), int(size[1])
    if width < 1 or height < 1:
        raise ValueError(f"image size must be positive, got {size!r}")
    rng = random.Random(f"masthead-demo:{scene}:{seed}")  # noqa: S311 - not for security
    canvas = _Canvas(width * _SUPERSAMPLE, height * _SUPERSAMPLE, rng)
    painter(canvas)
    img = canvas.img.reduce(_SUPERSAMPLE)
    if img.size != (width, height):
        img = img.resize((width, height), Image.Resampling.LANCZOS)
    mirror = rng.random() < 0.5
    img = _finish(img, random.Random(f"grain:{seed}"))  # noqa: S311 - not for security
    if mirror:
        img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    return img


def render_jpeg(scene: str, seed: int, size: tuple[int, int] = (1600, 1000)) -> bytes:
    """Return `render(...)` encoded as a progressive JPEG (quality ~85)."""
    buffer = io.BytesIO()
    render(scene, seed, size).save(buffer, "JPEG", quality=85, progressive=True, optimize=True)
    return buffer.getvalue()
