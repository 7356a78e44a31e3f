"""Label chips in the thread list: small coloured pills, the user's labels outlined."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from . import coreterms
from .threadmodel import ROW_ROLE

COLORS = {
    "question": QColor("#2F6DB5"),
    "criticism": QColor("#B5472F"),
    "praise": QColor("#2E8B57"),
    "abuse": QColor("#6B2F8B"),
    "other": QColor("#7A8794"),
}


class LabelChipDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option, index) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = option.font
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        painter.setFont(font)
        fm = QFontMetrics(font)
        x = option.rect.left() + 4
        h = fm.height() + 2
        y = option.rect.top() + (option.rect.height() - h) / 2
        for name in row.labels:
            text = coreterms.label_name(name)  # the colour follows the label, the words the language
            w = fm.horizontalAdvance(text) + 10
            if x + w > option.rect.right() - 2:
                break
            chip = QRectF(x, y, w, h)
            color = COLORS.get(name, COLORS["other"])
            if row.user_labelled:
                painter.setPen(QPen(color.darker(130), 1.4))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color.lighter(185))
            painter.drawRoundedRect(chip, h / 2, h / 2)
            painter.setPen(color.darker(140))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
            x += w + 4
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(140, 22)
