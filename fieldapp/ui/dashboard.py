"""The dashboard: the indicators for a period as tiles and charts; a tile opens its list."""

from __future__ import annotations

from typing import Any

from fieldapp.domain.codelists import codelists
from fieldapp.domain.indicators import (
    NOT_RECORDED,
    Indicators,
    Participation,
    Period,
)
from fieldapp.domain.vocab import EventStatus
from fieldapp.store import figures
from fieldapp.store.queries import EventFilter, count_events
from fieldapp.ui.charts import BarChart
from fieldapp.ui.labels import apart, code, country, month, number, percent
from fieldapp.ui.period_picker import PeriodPicker
from fieldapp.ui.qt import (
    QCoreApplication,
    QFontMetrics,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fieldapp.ui.session import Session


def pct(value: float | None) -> str:
    return percent(value)


def participation_text(p: Participation) -> str:
    """'20 (8 named + 12 counted)'; just '8' when nobody was counted without a name."""
    if not p.counted:
        return number(p.named)
    return QCoreApplication.translate("Dashboard", "{0} ({1} named + {2} counted)").format(
        number(p.total), number(p.named), number(p.counted)
    )


def wrapped(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text``'s lines, each cut at spaces to fit ``width`` pixels (a long word stays whole)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            longer = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(longer) > width:
                lines.append(line)
                line = word
            else:
                line = longer
        lines.append(line)
    return lines


class Tile(QPushButton):
    """A headline figure; clicking it opens the events behind it."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.caption = caption
        self.setFlat(True)
        self.setMinimumHeight(86)
        self.setStyleSheet(
            "QPushButton { text-align: left; padding: 10px; border: 1px solid #d0d7de;"
            " border-radius: 6px; background: #f6f8fa; }"
            "QPushButton:hover { background: #eaf2fb; }"
        )
        self.set_value("—", "")

    def set_value(self, value: str, note: str, caption: str | None = None) -> None:
        """``caption`` in the form the figure takes ("1 workshop organized"), if it varies."""
        if caption is not None:
            self.caption = caption
        font = self.font()
        font.setPointSize(11)
        self.setFont(font)
        # Long lines are wrapped, so three tiles keep to a 1024 px window in every language
        # (Russian's "случаев участия: 486 (456 поименно + 30 по подсчету)" among them).
        metrics = QFontMetrics(font)
        widest = metrics.horizontalAdvance("of 20,000 whose sex is recorded")
        lines = [apart(value), *wrapped(self.caption, metrics, widest)]  # "39%", not "%39"
        if note:
            lines += wrapped(note, metrics, widest)
        text = "\n".join(lines)
        self.setText(text)
        self.setAccessibleName(f"{self.caption}: {value}. {note}")
        # Every line shown in full: Arabic's marks (مسجَّل) stand taller than Latin letters.
        self.setMinimumHeight(max(86, int(len(lines) * metrics.lineSpacing() * 1.2) + 22))


class Dashboard(QWidget):
    open_events = Signal(object, object)  # Period, event type or None

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.figures: Indicators | None = None
        self.period_picker = PeriodPicker()
        self.period_picker.changed.connect(self.refresh)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period_picker)
        top.addWidget(self.status, 1)
        # Figures count held events only: planned ones in the period are said, not counted.
        self.planned = QLabel()
        self.planned.setObjectName("planned_not_counted")
        self.planned.setWordWrap(True)
        self.tiles = {
            "individuals_trained": Tile(self.tr("individuals trained")),
            "workshops_organized": Tile(self.tr("workshops organized")),
            "women_share": Tile(self.tr("women")),
            "countries_reached": Tile(self.tr("countries reached")),
            "person_days": Tile(self.tr("person-days of training")),
            "knowledge_gain_share": Tile(self.tr("improved their test score")),
        }
        grid = QGridLayout()
        for n, (key, tile) in enumerate(self.tiles.items()):
            tile.setObjectName(f"tile_{key}")
            grid.addWidget(tile, n // 3, n % 3)
            tile.clicked.connect(lambda _=False, k=key: self._open(k))
        self.sex_age = BarChart(self.tr("Individuals trained by sex and age band"))
        self.by_month = BarChart(self.tr("Events held by month"))
        self.by_country = BarChart(self.tr("Events per beneficiary country"))
        self.nationalities = BarChart(self.tr("Participants by nationality (each person once)"))
        self.by_country.setObjectName("events_per_country")
        self.by_month.setObjectName("events_by_month")
        self.nationalities.setObjectName("participants_by_nationality")
        charts = QGridLayout()
        charts.addWidget(self.sex_age, 0, 0, 1, 2)
        charts.addWidget(self.by_month, 1, 0)
        charts.addWidget(self.by_country, 1, 1)
        charts.addWidget(self.nationalities, 2, 0, 1, 2)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.planned)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addLayout(charts)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        session.changed.connect(self.refresh)  # (methods: dropped with the screen)
        session.unlocked.connect(self.refresh)

    def period(self) -> Period:
        return self.period_picker.period()

    def refresh(self, _why: object = None) -> None:
        if not self.session.is_unlocked:
            return
        period = self.period()
        self.status.setText(self.tr("Computing…"))
        planned = EventFilter(start=period.start, end=period.end, status=EventStatus.PLANNED)

        def read(conn: Any) -> tuple[Indicators, int]:
            return figures.indicators(conn, period), count_events(conn, planned)

        self.session.read(read, self._show)

    def _show(self, got: tuple[Indicators, int]) -> None:
        self.show_figures(got[0])
        self.show_planned(got[1])

    def show_planned(self, n: int) -> None:
        """Planned events of the period, which the figures leave out until they are held."""
        self.planned.setVisible(n > 0)
        self.planned.setText(
            self.tr(
                "%Ln planned event(s) not counted yet: figures count held events only "
                "(mark each held once it has taken place).",
                "",
                n,
            )
        )

    def show_figures(self, f: Indicators) -> None:
        self.figures = f
        self.status.setText("")
        n = number
        self.tiles["individuals_trained"].set_value(
            n(f.individuals_trained),
            self.tr("participations: {0}").format(participation_text(f.participation)),
            self.tr("individual(s) trained", "", f.individuals_trained),
        )
        self.tiles["workshops_organized"].set_value(
            n(f.workshops_organized),
            self.tr("%Ln event(s) held", "", f.events_held),
            self.tr("workshop(s) organized", "", f.workshops_organized),
        )
        recorded = f.individuals_trained - f.sex_not_recorded
        self.tiles["women_share"].set_value(
            pct(f.women_share),
            self.tr("of {0} whose sex is recorded").format(n(recorded))
            + (
                "\n" + self.tr("not recorded: {0}").format(n(f.sex_not_recorded))
                if f.sex_not_recorded
                else ""
            ),
        )
        self.tiles["countries_reached"].set_value(
            n(f.countries_reached),
            "",
            self.tr("country(ies) reached", "", f.countries_reached),
        )
        self.tiles["person_days"].set_value(
            n(f.person_days),
            "",
            self.tr("person-day(s) of training", "", round(f.person_days)),
        )
        gain = (
            ""
            if f.mean_knowledge_gain is None
            else self.tr("mean gain {0} points").format(
                # two decimals, as the period PDF and `fieldapp stats` write it
                ("+" if f.mean_knowledge_gain >= 0 else "") + number(f.mean_knowledge_gain, 2)
            )
        )
        self.tiles["knowledge_gain_share"].set_value(pct(f.knowledge_gain_share), gain)
        cl = codelists()
        bands = list(cl.age_bands)
        sexes = [s for s in cl.sexes if any(r["sex"] == s for r in f.breakdowns["sex_age"])]
        cells = {
            (r["sex"], r["age_band"]): r["individuals_trained"] for r in f.breakdowns["sex_age"]
        }
        self.sex_age.set_data(
            [code(b) for b in bands],
            [(code(s), [float(cells.get((s, b), 0)) for b in bands]) for s in sexes],
        )
        months = f.breakdowns["month"][-12:]
        self.by_month.set_data(
            self._month_names([r["key"] for r in months]),
            [(self.tr("events"), [float(r["events_held"]) for r in months])],
        )
        # An event for three countries counts once under each: events, not people.
        countries = sorted(
            f.breakdowns["country"], key=lambda r: (-r["events_held"], country(r["key"]))
        )
        self.by_country.set_data(
            [country(r["key"]) for r in countries[:10]],
            [(self.tr("events"), [float(r["events_held"]) for r in countries[:10]])],
        )
        self.show_nationalities(f.breakdowns.get("nationality", []))

    def _month_names(self, keys: list[str]) -> list[str]:
        """The months' names, short enough to be read whole under their bars: the year in the
        chart's title when they are all in one ("Events held by month, 2026": "Jan", "Feb"...),
        else under the first month and each January ("Dec\n2025", "Jan\n2026", "Feb")."""
        years = sorted({key[:4] for key in keys})
        title = self.tr("Events held by month")
        if len(years) == 1:
            self.by_month.set_title(self.tr("Events held by month, {0}").format(years[0]))
            return [month(key, year=False) for key in keys]
        self.by_month.set_title(title)
        return [
            month(key, year=False) + (f"\n{key[:4]}" if n == 0 or key[5:7] == "01" else "")
            for n, key in enumerate(keys)
        ]

    def show_nationalities(self, rows: list[dict[str, Any]]) -> None:
        """People per nationality, most first, by country name; the rest past the tenth
        country in one bar, and "Not recorded" last, so the bars add up to everyone."""
        unknown = sum(r["people"] for r in rows if r["key"] == NOT_RECORDED)
        known = sorted(
            ((country(r["key"]), r["people"]) for r in rows if r["key"] != NOT_RECORDED),
            key=lambda x: (-x[1], x[0]),
        )
        shown = known[:10]
        if len(known) > 10:
            rest = known[10:]
            shown.append(
                (
                    self.tr("%Ln other country(ies)", "", len(rest)),
                    sum(n for _, n in rest),
                )
            )
        if unknown:
            shown.append((self.tr("Not recorded"), unknown))
        self.nationalities.set_data(
            [name for name, _ in shown], [(self.tr("people"), [float(n) for _, n in shown])]
        )

    def _open(self, key: str) -> None:
        self.open_events.emit(self.period(), "workshop" if key == "workshops_organized" else None)
