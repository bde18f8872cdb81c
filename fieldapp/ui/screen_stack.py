"""The main window's screens, each in its own scroll area.

A screen taller or wider than a small laptop's (1024x600) gets scroll bars of its own instead
of making the window larger than the screen, which would push the status bar and the Lock
button out of sight. Callers see the screens themselves: `indexOf`, `widget` and
`currentWidget` answer with the screen, not the scroll area around it.
"""

from __future__ import annotations

from fieldapp.ui.qt import QFrame, QScrollArea, QStackedWidget, QWidget


class ScreenStack(QStackedWidget):
    def addWidget(self, screen: QWidget) -> int:
        scroll = QScrollArea()
        scroll.setObjectName(f"scroll_{screen.objectName() or type(screen).__name__}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(screen)
        return super().addWidget(scroll)

    def widget(self, index: int) -> QWidget | None:
        scroll = super().widget(index)
        return scroll.widget() if isinstance(scroll, QScrollArea) else scroll

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.currentIndex())

    def indexOf(self, screen: QWidget) -> int:
        for index in range(self.count()):
            if self.widget(index) is screen:
                return index
        return -1
