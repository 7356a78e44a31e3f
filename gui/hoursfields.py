"""Business hours and time zone fields for the budget dialog (core.businesshours)."""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from core.businesshours import WEEKDAYS
from core.models import BusinessHours

from . import localized


class BusinessHoursFields(QWidget):
    """Time zone; and, when ticked, business days and hours that response clocks count."""

    def __init__(self, scope: str, hours: BusinessHours | None = None, parent=None):
        super().__init__(parent)
        self.scope = scope
        hours = hours or BusinessHours(scope)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tz = QComboBox()
        self.tz.setEditable(True)
        self.tz.addItems(sorted(zoneinfo.available_timezones() | {"UTC"}))
        self.tz.setCurrentText(hours.tz or "UTC")
        self.tz.setAccessibleName(self.tr("Time zone"))
        layout.addWidget(self.tz)
        self.enabled = QCheckBox(self.tr("Count response times in business hours only"))
        self.enabled.setChecked(hours.active)
        layout.addWidget(self.enabled)
        days = QHBoxLayout()
        self.days: list[QCheckBox] = []
        for i, _name in enumerate(WEEKDAYS):
            box = QCheckBox(localized.weekday(i))
            box.setChecked(i in (hours.days or (0, 1, 2, 3, 4)))
            self.days.append(box)
            days.addWidget(box)
        layout.addLayout(days)
        times = QHBoxLayout()
        self.start = QTimeEdit(QTime(hours.start_minute // 60, hours.start_minute % 60))
        self.end = QTimeEdit(QTime(min(23, hours.end_minute // 60), hours.end_minute % 60 if hours.end_minute < 1440
                                   else 59))
        for t in (self.start, self.end):
            t.setDisplayFormat(localized.locale().timeFormat(QLocale.FormatType.ShortFormat))
        times.addWidget(QLabel(self.tr("from")))
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        times.addStretch(1)
        layout.addLayout(times)
        self.enabled.toggled.connect(self._enable)
        self._enable(self.enabled.isChecked())

    def _enable(self, on: bool) -> None:
        for w in (*self.days, self.start, self.end):
            w.setEnabled(on)

    def business_hours(self) -> BusinessHours:
        tz = self.tz.currentText().strip() or "UTC"
        if tz not in zoneinfo.available_timezones():
            tz = "UTC"
        days = tuple(i for i, b in enumerate(self.days) if b.isChecked()) if self.enabled.isChecked() else ()
        start = self.start.time().hour() * 60 + self.start.time().minute()
        end = self.end.time().hour() * 60 + self.end.time().minute()
        return BusinessHours(self.scope, tz, days, start, max(end, start))
