"""Top bar: the dialogue budget at a glance, and coverage per week."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.coverage import BudgetStatus, Coverage
from core.timeutil import Period

from . import localized

GREEN = QColor("#2E8B57")
AMBER = QColor("#C77C0E")
RED = QColor("#C0392B")
TRACK = QColor("#DDE3EA")
INK = QColor("#1F2D3A")


class CoverageGauge(QWidget):
    """A horizontal bar: coverage so far, with the target marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.coverage: float | None = None
        self.target = 0.2
        self.setMinimumSize(120, 22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Coverage against target"))

    def set_values(self, coverage: float | None, target: float) -> None:
        self.coverage, self.target = coverage, target
        self.setToolTip(
            self.tr("No eligible threads yet this period") if coverage is None
            else self.tr("Coverage {coverage} against a target of {target}").format(
                coverage=localized.percent(coverage, 0), target=localized.percent(target, 0))
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(280, 22)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 4, -1, -4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(TRACK)
        p.drawRoundedRect(r, 6, 6)
        if self.coverage is not None:
            fill = QRectF(r)
            fill.setWidth(max(0.0, min(1.0, self.coverage)) * r.width())
            p.setBrush(GREEN if self.coverage >= self.target else AMBER)
            p.drawRoundedRect(fill, 6, 6)
        x = r.left() + self.target * r.width()
        p.setPen(QPen(INK, 2))
        p.drawLine(int(x), int(r.top()) - 3, int(x), int(r.bottom()) + 3)
        p.end()


class WeeklyChart(QWidget):
    """Coverage per week (bars) against the target (a dashed line)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.weeks: list[tuple[Period, Coverage]] = []
        self.target = 0.2
        self.setMinimumSize(160, 78)
        self.setAccessibleName(self.tr("Coverage per week"))

    def set_weeks(self, weeks: list[tuple[Period, Coverage]], target: float) -> None:
        self.weeks, self.target = weeks, target
        lines = [self.tr("{week}: no threads").format(week=localized.period_words(p)) if c.coverage is None else
                 self.tr("{week}: {coverage} of {eligible}").format(
                     week=localized.period_words(p), coverage=localized.percent(c.coverage, 0),
                     eligible=localized.integer(c.eligible)) for p, c in weeks]
        self.setToolTip("\n".join([self.tr("Coverage per week"), *lines]))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, 70)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(4, 14, -4, -14)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        p.setFont(small)
        p.setPen(INK)
        p.drawText(QRectF(self.rect()).adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   self.tr("Coverage per week, last %Ln", "", len(self.weeks)))
        if not self.weeks:
            p.end()
            return
        top = max(0.5, self.target * 1.5, *(c.coverage or 0 for _, c in self.weeks))
        n = len(self.weeks)
        slot = area.width() / n
        for i, (_period, c) in enumerate(self.weeks):
            value = c.coverage or 0.0
            h = area.height() * value / top
            bar = QRectF(area.left() + i * slot + slot * 0.15, area.bottom() - h, slot * 0.7, h)
            color = TRACK if c.coverage is None else (GREEN if value >= self.target else AMBER)
            if i == n - 1:
                color = color.lighter(115)  # this week is still running
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRect(bar)
        y = area.bottom() - area.height() * self.target / top
        pen = QPen(INK, 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(int(area.left()), int(y), int(area.right()), int(y))
        p.setPen(INK)
        below = QRectF(area.left(), area.bottom() + 1, area.width(), 13)
        last = self.weeks[-1][1].coverage
        now_text = self.tr("this week: {coverage} · target {target}").format(
            coverage="–" if last is None else localized.percent(last, 0), target=localized.percent(self.target, 0))
        first = localized.period_words(self.weeks[0][0])
        metrics = p.fontMetrics()
        if metrics.horizontalAdvance(f"{first}   {now_text}") <= below.width():  # never overlapping
            p.drawText(below, Qt.AlignmentFlag.AlignLeft, first)
        p.drawText(below, Qt.AlignmentFlag.AlignRight, now_text)
        p.end()


class BudgetBar(QFrame):
    show_overdue = Signal()  # the user clicked "N overdue": list those questions
    reports_requested = Signal()  # the "Reports…" link: the Reports window

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("budgetbar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(18)

        left = QVBoxLayout()
        left.setSpacing(2)
        self.title = QLabel(self.tr("Dialogue budget"))
        self.title.setObjectName("budgetTitle")
        left.addWidget(self.title)
        self.gauge = CoverageGauge()
        left.addWidget(self.gauge)
        self.coverage_text = QLabel("")
        left.addWidget(self.coverage_text)
        layout.addLayout(left, 2)

        facts = QVBoxLayout()
        facts.setSpacing(2)
        self.needed = QLabel("")
        self.pace = QLabel("")
        self.pace.setObjectName("pace")
        self.overdue = QLabel("")
        self.overdue.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.overdue.linkActivated.connect(lambda _link: self.show_overdue.emit())
        self.time = QLabel("")
        for w in (self.needed, self.pace, self.overdue, self.time):
            # Wrapped rather than wide: the bar must not set the window's minimum width.
            w.setWordWrap(True)
            w.setMinimumWidth(120)
            facts.addWidget(w)
        layout.addLayout(facts, 3)

        self.chart = WeeklyChart()
        layout.addWidget(self.chart, 2)
        reports = self.tr("Reports…")
        self.reports_link = QLabel(f"<a href='reports'>{reports}</a>")
        self.reports_link.setToolTip(self.tr("The audit and the dialogue report for any period (Ctrl+R)"))
        self.reports_link.setAccessibleName(self.tr("Open the Reports window"))
        self.reports_link.linkActivated.connect(lambda _l: self.reports_requested.emit())
        layout.addWidget(self.reports_link, 0, Qt.AlignmentFlag.AlignBottom)
        self.status: BudgetStatus | None = None

    def set_status(self, name: str, st: BudgetStatus, weeks: list[tuple[Period, Coverage]]) -> None:
        self.status = st
        b, c = st.budget, st.coverage
        self.title.setText(f"<b>{name}</b> · {localized.period_words(st.period)}")
        self.title.setToolTip(self.tr("Budget period {period}").format(period=st.period.label))
        self.gauge.set_values(c.coverage, b.target_coverage)
        cov = "–" if c.coverage is None else localized.percent(c.coverage, 0)
        target = localized.percent(b.target_coverage, 0)
        if c.pending:
            text = self.tr("Coverage <b>{coverage}</b> of %Ln eligible threads · target {target} · {pending} pending "
                           "send", "", c.eligible)
        else:
            text = self.tr("Coverage <b>{coverage}</b> of %Ln eligible threads · target {target}", "", c.eligible)
        self.coverage_text.setText(text.format(coverage=cov, target=target, pending=localized.integer(c.pending)))
        end = localized.weekday_day_month(localized.utc_date(st.period.end - 1))
        if st.replies_needed == 1:
            needed = self.tr("<b>1</b> more answered thread needed by {date}")
        else:
            needed = self.tr("<b>%Ln</b> more answered threads needed by {date}", "", st.replies_needed)
        self.needed.setText(needed.format(date=end))
        color = GREEN if st.on_track else (AMBER if max(st.behind, st.replies_behind) <= 3 else RED)
        week = b.period != "month"
        if st.replies == 1:
            pace = self.tr("Pace: {pace} (1 reply this week)") if week else self.tr("Pace: {pace} (1 reply this month)")
        elif week:
            pace = self.tr("Pace: {pace} (%Ln replies this week)", "", st.replies)
        else:
            pace = self.tr("Pace: {pace} (%Ln replies this month)", "", st.replies)
        self.pace.setText(pace.format(pace=f"<b style='color:{color.name()}'>{self.pace_label(st)}</b>"))
        answered = "–" if c.questions_answered is None else localized.percent(c.questions_answered, 0)
        overdue_color = RED.name() if st.questions_overdue else INK.name()
        overdue = self.tr("%Ln overdue", "", st.questions_overdue)
        overdue = f"<b style='color:{overdue_color}'>{overdue}</b>"
        if st.questions_overdue:  # a link to the list of them
            overdue = f"<a href='parley:overdue' style='color:{overdue_color}'>{overdue}</a>"
            self.overdue.setToolTip(self.tr("Show the overdue questions"))
        else:
            self.overdue.setToolTip("")
        questions = self.tr("Questions: {questions} · {answered} answered · {overdue} (&gt; {hours} h)")
        self.overdue.setText(questions.format(questions=localized.integer(c.questions), answered=answered,
                                              overdue=overdue, hours=localized.number(b.question_hours)))
        spent = localized.minutes(st.minutes_spent)
        if st.minutes_budget is not None:
            text = (self.tr("Time: {spent} of {budget} this week") if week else
                    self.tr("Time: {spent} of {budget} this month"))
        else:
            text = (self.tr("Time: {spent} composing this week") if week else
                    self.tr("Time: {spent} composing this month"))
        budget = localized.minutes(st.minutes_budget) if st.minutes_budget is not None else ""
        self.time.setText(text.format(spent=spent, budget=budget))
        self.chart.set_weeks(weeks, b.target_coverage)

    def pace_label(self, st: BudgetStatus) -> str:
        """``on track``, or what we are behind and against what (core's BudgetStatus.pace_label)."""
        if st.on_track:
            return self.tr("on track")
        if st.behind >= st.replies_behind:
            if st.behind == 1:
                return self.tr("1 answered thread behind the target")
            return self.tr("%Ln answered threads behind the target", "", st.behind)
        if st.replies_behind == 1:
            return self.tr("1 reply behind the daily pace")
        return self.tr("%Ln replies behind the daily pace", "", st.replies_behind)
