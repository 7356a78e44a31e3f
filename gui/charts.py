"""Small charts drawn with QPainter, the same on screen, in PNG files and in the PDF.

Colours are the Okabe-Ito palette (readable with every common colour-vision
deficiency); heat maps use one sequential hue with the count written in the cell's
tooltip. Each chart's :meth:`paint` returns its hit regions ``[(rect, text)]``: the
widget shows them as tooltips, and every chart has its numbers in a table beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from . import localized as loc
from .reportwords import week_start, week_text, word, zone_text

# Okabe & Ito (2008), "Color Universal Design".
ORANGE = QColor("#E69F00")
SKY = QColor("#56B4E9")
GREEN = QColor("#009E73")
YELLOW = QColor("#F0E442")
BLUE = QColor("#0072B2")
VERMILLION = QColor("#D55E00")
PURPLE = QColor("#CC79A7")
INK = QColor("#1F2D3A")
GRID = QColor("#D5DBE1")
MUTED = QColor("#5B6875")

Hits = list[tuple[QRectF, str]]


class Charts(QObject):
    """The charts' sentences with a count in them: ``self.tr`` is what lupdate reads as plural
    forms (context "Charts", as the module's other texts)."""

    def eligible(self, week: str, pct: str, answered: int, eligible: int) -> str:
        return self.tr("{week}: {pct} ({answered} of %Ln eligible)", "", eligible).format(
            week=week, pct=pct, answered=loc.integer(answered))

    def day(self, day: str, comments: int, replies: int) -> str:
        text = (self.tr("{day}: 1 comment, {replies} of our replies") if comments == 1 else
                self.tr("{day}: %Ln comments, {replies} of our replies", "", comments))
        return text.format(day=day, replies=loc.integer(replies))

    def threads(self, time: str, n: int) -> str:
        text = self.tr("{time}: 1 thread") if n == 1 else self.tr("{time}: %Ln threads", "", n)
        return text.format(time=time)

    def messages(self, day: str, hour: str, n: int) -> str:
        text = (self.tr("{day} {hour}:00–{hour}:59: 1 message") if n == 1 else
                self.tr("{day} {hour}:00–{hour}:59: %Ln messages", "", n))
        return text.format(day=day, hour=hour)


@dataclass
class Chart:
    title: str
    hits: Hits = field(default_factory=list)

    def paint(self, p: QPainter, rect: QRectF) -> Hits:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- shared pieces ---------------------------------------------------------------------------

    def _frame(self, p: QPainter, rect: QRectF, legend: list[tuple[QColor, str]] = ()) -> QRectF:
        """Title and legend on top; returns the plot area (room left for the y labels and x labels)."""
        # Drawn left to right in every language (time runs to the right; Qt would mirror the
        # alignments in a right-to-left window): the texts themselves are shaped as they read.
        p.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        base = QFont(p.font())
        title = QFont(base)
        title.setBold(True)
        p.setFont(title)
        p.setPen(INK)
        fm = p.fontMetrics()
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), fm.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        p.setFont(base)
        fm = p.fontMetrics()
        x = rect.right()
        for color, text in reversed(list(legend)):
            w = fm.horizontalAdvance(text)
            x -= w
            p.setPen(INK)
            p.drawText(QRectF(x, rect.top(), w + 2, fm.height()), Qt.AlignmentFlag.AlignVCenter, text)
            x -= fm.height() * 0.9
            p.fillRect(QRectF(x, rect.top() + fm.height() * 0.2, fm.height() * 0.6, fm.height() * 0.6), color)
            x -= fm.height() * 0.8
        return rect.adjusted(fm.horizontalAdvance("0000") + 6, fm.height() * 1.6, -4, -fm.height() * 1.4)

    @staticmethod
    def _y_axis(p: QPainter, area: QRectF, top: float, kind: str) -> None:
        fm = p.fontMetrics()
        for i in range(5):
            v = top * i / 4
            y = area.bottom() - area.height() * i / 4
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(MUTED)
            label = loc.value(v, kind) if kind == "pct" else loc.integer(round(v))
            p.drawText(QRectF(area.left() - fm.horizontalAdvance("00000") - 6, y - fm.height() / 2,
                              fm.horizontalAdvance("00000") + 2, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

    @staticmethod
    def _x_labels(p: QPainter, area: QRectF, labels: list[str], slot: float) -> None:
        fm = p.fontMetrics()
        every = max(1, int((fm.horizontalAdvance(max(labels, key=len, default="")) + 12) // max(slot, 1)) + 1)
        p.setPen(MUTED)
        for i, label in enumerate(labels):
            if i % every:
                continue
            cx = area.left() + (i + 0.5) * slot
            w = fm.horizontalAdvance(label) + 4
            p.drawText(QRectF(cx - w / 2, area.bottom() + 2, w, fm.height()), Qt.AlignmentFlag.AlignCenter, label)

    @staticmethod
    def _nothing(p: QPainter, area: QRectF, text: str | None = None) -> None:
        p.setPen(MUTED)
        text = text or QCoreApplication.translate("Charts", "Nothing to show in this period")
        p.drawText(area, Qt.AlignmentFlag.AlignCenter, text)


@dataclass
class WeeklyCoverage(Chart):
    """Coverage per week (bars) against the target (a dashed line)."""

    weeks: tuple = ()  # (label, eligible, answered, coverage)
    target: float = 0.2

    def paint(self, p: QPainter, rect: QRectF) -> Hits:
        target = QCoreApplication.translate("Charts", "target {pct}").format(pct=loc.percent(self.target))
        area = self._frame(p, rect, [(BLUE, QCoreApplication.translate("Charts", "coverage")), (VERMILLION, target)])
        hits: Hits = []
        words = Charts()
        top = max(0.25, self.target * 1.25, *(w[3] or 0 for w in self.weeks)) if self.weeks else 1
        top = min(1.0, -(-top * 5 // 1) / 5)  # a multiple of 20 %: ticks every 5 %
        self._y_axis(p, area, top, "pct")
        if not self.weeks:
            self._nothing(p, area)
            return hits
        slot = area.width() / len(self.weeks)
        for i, (label, eligible, answered, cov) in enumerate(self.weeks):
            week = week_text(label)
            h = area.height() * min(1.0, (cov or 0) / top)
            bar = QRectF(area.left() + i * slot + slot * 0.18, area.bottom() - h, slot * 0.64, h)
            p.fillRect(bar, BLUE)
            if cov is None:
                text = QCoreApplication.translate("Charts", "{week}: no eligible threads").format(week=week)
            else:
                text = words.eligible(week, loc.percent(cov), answered, eligible)
            hits.append((QRectF(area.left() + i * slot, area.top(), slot, area.height()), text))
        y = area.bottom() - area.height() * self.target / top
        p.setPen(QPen(VERMILLION, 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        self._x_labels(p, area, [week_start(w[0]) for w in self.weeks], slot)
        return hits


@dataclass
class Daily(Chart):
    """Comments (bars) and our replies (a line with dots) per day."""

    days: tuple = ()  # (day, comments, replies)

    def paint(self, p: QPainter, rect: QRectF) -> Hits:
        area = self._frame(p, rect, [(SKY, QCoreApplication.translate("Charts", "comments")),
                                     (VERMILLION, QCoreApplication.translate("Charts", "our replies"))])
        hits: Hits = []
        words = Charts()
        top = max([4, *(max(c, r) for _d, c, r in self.days)])
        top = _nice(top)
        self._y_axis(p, area, top, "int")
        if not self.days or not any(c or r for _d, c, r in self.days):
            self._nothing(p, area)
            return hits
        slot = area.width() / len(self.days)
        points = []
        for i, (day, comments, replies) in enumerate(self.days):
            h = area.height() * comments / top
            p.fillRect(QRectF(area.left() + i * slot + slot * 0.12, area.bottom() - h, slot * 0.76, h), SKY)
            points.append(QPointF(area.left() + (i + 0.5) * slot, area.bottom() - area.height() * replies / top))
            hits.append((QRectF(area.left() + i * slot, area.top(), slot, area.height()),
                         words.day(loc.short_date(loc.iso_date(day)), comments, replies)))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(VERMILLION, 2))
        p.drawPolyline(points)
        p.setBrush(VERMILLION)
        r = max(1.5, min(3.0, slot / 4))
        for pt in points:
            p.drawEllipse(pt, r, r)
        axis = QCoreApplication.translate("Charts", "MM-dd",
                                          "a date format (QLocale) for the daily chart's axis: month and day")
        self._x_labels(p, area, [loc.locale().toString(loc.iso_date(d[0]), axis) for d in self.days], slot)
        return hits


@dataclass
class Distribution(Chart):
    """How long the first response took: threads per time bin."""

    bins: tuple = ()  # (label, threads)

    def paint(self, p: QPainter, rect: QRectF) -> Hits:
        area = self._frame(p, rect)
        hits: Hits = []
        words = Charts()
        top = _nice(max([4, *(n for _l, n in self.bins)]))
        if not any(n for _l, n in self.bins):
            self._nothing(p, area, QCoreApplication.translate("Charts", "No first responses in this period"))
            return hits
        self._y_axis(p, area, top, "int")
        slot = area.width() / len(self.bins)
        fm = p.fontMetrics()
        for i, (label, n) in enumerate(self.bins):
            h = area.height() * n / top
            bar = QRectF(area.left() + i * slot + slot * 0.15, area.bottom() - h, slot * 0.7, h)
            p.fillRect(bar, GREEN)
            p.setPen(INK)
            p.drawText(QRectF(bar.left(), bar.top() - fm.height(), bar.width(), fm.height()),
                       Qt.AlignmentFlag.AlignCenter, loc.integer(n))
            hits.append((QRectF(area.left() + i * slot, area.top(), slot, area.height()),
                         words.threads(word(label), n)))
        self._x_labels(p, area, [word(b[0]) for b in self.bins], slot)
        return hits


@dataclass
class HeatMap(Chart):
    """Messages per weekday x hour; darker is more."""

    grid: tuple = ()  # 7 rows of 24 counts
    color: QColor = field(default_factory=lambda: QColor(BLUE))

    def paint(self, p: QPainter, rect: QRectF) -> Hits:
        area = self._frame(p, rect)
        hits: Hits = []
        words = Charts()
        fm = p.fontMetrics()
        days = [loc.weekday(d) for d in range(7)]
        wide = max(fm.horizontalAdvance(d) for d in days)
        area = area.adjusted(wide + 6 - (fm.horizontalAdvance("0000") + 6), 0, 0, 0)
        top = max([1, *(v for row in self.grid for v in row)])
        cw, ch = area.width() / 24, area.height() / 7
        hours = [loc.two_digits(h) for h in range(24)]
        for d, row in enumerate(self.grid or ((0,) * 24,) * 7):
            p.setPen(MUTED)
            p.drawText(QRectF(area.left() - wide - 6, area.top() + d * ch, wide + 2, ch),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, days[d])
            for h, v in enumerate(row):
                cell = QRectF(area.left() + h * cw, area.top() + d * ch, cw - 1, ch - 1)
                p.fillRect(cell, _shade(self.color, v / top))
                hits.append((cell, words.messages(days[d], hours[h], v)))
        self._x_labels(p, area, hours, cw)
        return hits


def _shade(color: QColor, t: float) -> QColor:
    """From near white (0) to the full colour (1)."""
    t = max(0.0, min(1.0, t)) ** 0.7
    base = QColor("#F4F6F8")
    return QColor(round(base.red() + (color.red() - base.red()) * t),
                  round(base.green() + (color.green() - base.green()) * t),
                  round(base.blue() + (color.blue() - base.blue()) * t))


def _nice(top: float) -> float:
    """A round upper bound: 1, 2, 4, 8 x 10^n."""
    n = 1.0
    while n * 10 <= top:
        n *= 10
    for f in (1, 2, 4, 8, 10):  # divisible by the 4 grid steps
        if f * n >= top:
            return f * n
    return 10 * n


def render(chart: Chart, width: int, height: int, scale: float = 2.0, point_size: float = 8.5) -> QImage:
    """The chart as an image (``scale`` x its logical size, for print)."""
    img = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    img.setDevicePixelRatio(scale)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(p.font())
    font.setPointSizeF(point_size)
    p.setFont(font)
    chart.paint(p, QRectF(4, 4, width - 8, height - 8))
    p.end()
    return img


def save_png(chart: Chart, path: str, width: int = 720, height: int = 300) -> bool:
    return render(chart, width, height).save(path, "PNG")


class ChartView(QWidget):
    """A chart on screen, with each bar's or cell's numbers as a tooltip."""

    def __init__(self, chart: Chart, parent=None):
        super().__init__(parent)
        self.chart = chart
        self._hits: Hits = []
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self.setAccessibleName(chart.title)

    def set_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.setAccessibleName(chart.title)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 240)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        self._hits = self.chart.paint(p, QRectF(self.rect()).adjusted(6, 6, -6, -6))
        p.end()

    def text_at(self, pos: QPointF) -> str:
        for rect, text in self._hits:
            if rect.contains(pos):
                return text
        return ""

    def event(self, e) -> bool:
        if e.type() == e.Type.ToolTip:
            text = self.text_at(QPointF(e.pos()))
            if text:
                QToolTip.showText(e.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)


def report_charts(r) -> list[tuple[str, Chart]]:
    """The report's charts, each named like the table that holds its numbers."""
    from core.reportdata import DialogueReport

    assert isinstance(r, DialogueReport)
    zone = zone_text(r.heat_zone)
    if r.business_time:
        first_reply = QCoreApplication.translate("Charts", "Time to first reply (business hours where set)")
    else:
        first_reply = QCoreApplication.translate("Charts", "Time to first reply")
    return [
        ("weekly_coverage", WeeklyCoverage(QCoreApplication.translate("Charts", "Coverage per week against the target"),
                                           weeks=r.weekly, target=r.target)),
        ("daily", Daily(QCoreApplication.translate("Charts", "Comments and our replies per day (UTC)"), days=r.daily)),
        ("response_distribution", Distribution(first_reply, bins=r.distribution)),
        ("heat_followers", HeatMap(QCoreApplication.translate("Charts", "When followers write ({zone})").format(
            zone=zone), grid=r.heat_followers, color=QColor(BLUE))),
        ("heat_ours", HeatMap(QCoreApplication.translate("Charts", "When we answer ({zone})").format(zone=zone),
                              grid=r.heat_ours, color=QColor(VERMILLION))),
    ]
