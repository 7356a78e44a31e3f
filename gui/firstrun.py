"""The first run: the welcome card (once, then from Help → Welcome) and the demo strip across the top."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QVBoxLayout

from .welcome import SEEN_KEY, DemoBanner, WelcomePanel


class FirstRun(QObject):
    """The demo strip and the welcome card, in ``top`` (the strip above the card); ``demo``
    follows a switch.

    Each is built when first shown or asked for (``banner``, ``welcome``): most starts show
    neither (a real workspace, the welcome seen), and hidden widgets are not worth building
    before the inbox's first paint."""

    def __init__(self, settings: QSettings, parent: QObject, *, demo: bool, add_account: Callable[[], None],
                 try_demo: Callable[[], None], import_export: Callable[[], None], top: QVBoxLayout):
        super().__init__(parent)
        self.settings = settings
        self._add_account, self._try_demo, self._import_export = add_account, try_demo, import_export
        self._top = top
        self._banner: DemoBanner | None = None
        self._welcome: WelcomePanel | None = None
        self.demo = demo

    @property
    def banner(self) -> DemoBanner:
        """Sample data is never taken for real: a strip across the top while in the demo."""
        if self._banner is None:
            self._banner = DemoBanner()
            self._banner.add_account.connect(self._add_account)
            self._banner.setVisible(self._demo)
            self._top.insertWidget(0, self._banner)
        return self._banner

    @property
    def welcome(self) -> WelcomePanel:
        if self._welcome is None:
            self._welcome = WelcomePanel()
            self._welcome.try_demo.connect(self._try_demo)
            self._welcome.add_account.connect(self._add_account)
            self._welcome.import_export.connect(self._import_export)
            self._top.addWidget(self._welcome)
        return self._welcome

    @property
    def demo(self) -> bool:
        return self._demo

    @demo.setter
    def demo(self, demo: bool) -> None:
        self._demo = demo
        if demo or self._banner is not None:
            self.banner.setVisible(demo)

    def greet(self) -> None:
        """The welcome on the first run only."""
        if not self.settings.value(SEEN_KEY, False, type=bool):
            self.show_welcome()

    def show_welcome(self) -> None:
        """The welcome card (on the first run, and from Help → Welcome)."""
        self.welcome.show_for(self.demo)
        self.settings.setValue(SEEN_KEY, True)
        self.settings.sync()
