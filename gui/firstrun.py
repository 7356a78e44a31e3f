"""The first run: the welcome card (once, then from Help → Welcome) and the demo strip across the top."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings

from .welcome import SEEN_KEY, DemoBanner, WelcomePanel


class FirstRun(QObject):
    """Builds ``banner`` and ``welcome`` (the window lays them out); ``demo`` follows a switch."""

    def __init__(self, settings: QSettings, parent: QObject, *, demo: bool, add_account: Callable[[], None],
                 try_demo: Callable[[], None], import_export: Callable[[], None]):
        super().__init__(parent)
        self.settings = settings
        # Sample data is never taken for real: a strip across the top while in the demo.
        self.banner = DemoBanner()
        self.banner.add_account.connect(add_account)
        self.welcome = WelcomePanel()
        self.welcome.try_demo.connect(try_demo)
        self.welcome.add_account.connect(add_account)
        self.welcome.import_export.connect(import_export)
        self.demo = demo

    @property
    def demo(self) -> bool:
        return self._demo

    @demo.setter
    def demo(self, demo: bool) -> None:
        self._demo = demo
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
