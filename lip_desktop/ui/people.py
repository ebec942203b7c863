"""People and expert groups: who takes part, in which group, in which role.

Each action field's expert group is staffed evenly by experts of the city
administration and external experts. This view keeps the list of people, the groups and
their members, and shows per group whether the voting members are evenly staffed
("Besetzung"; the rule itself is ``model.staffing``). Edits of people and groups are undoable
(``UpdateFields``/``AddRecord``/``DeleteRecord``); memberships change through
``set_member``, which the service logs in the group's history but which is not undoable.

The models re-read only what a ``Changes`` summary names: rows are updated in place
(``dataChanged``) and only a change of the set of rows resets a model, so selection and
editing survive other people's edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import enums, queries
from lip_desktop.model.changes import Changes
from lip_desktop.model.commands import AddRecord, DeleteRecord
from lip_desktop.model.queries import GroupSummary
from lip_desktop.model.records import Person
from lip_desktop.model.staffing import Staffing, staffing
from lip_desktop.ui import a11y, dialogs, labels
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.roles import FIRST_PRIVATE_ROLE, RecordIdRole
from lip_desktop.ui.seen import seen_edit
from lip_desktop.ui.table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex

#: The record id of a row (person id, group id, member's person id).
#: ``[(key, label), ...]`` a choice column offers; read by ``ChoiceDelegate``.
ChoicesRole: Final = FIRST_PRIVATE_ROLE


PEOPLE_NAME, PEOPLE_ORGANISATION, PEOPLE_SIDE = 0, 1, 2
GROUP_FIELD, GROUP_NAME, GROUP_STAFFING = 0, 1, 2
MEMBER_PERSON, MEMBER_SIDE, MEMBER_ROLE = 0, 1, 2


def _choices(mapping: Any) -> list[tuple[str, str]]:
    return [(str(k), v) for k, v in labels.items(mapping)]


def read_people(hub: CatalogueHub) -> list[Person]:
    """All people in catalogue order (one query)."""
    return queries.people(hub.catalogue)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for cells whose model offers ``ChoicesRole`` (side, role): the user
    picks a German label, the model receives the stored key."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for key, label in index.data(ChoicesRole) or []:
            combo.addItem(label, key)
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        combo.setAccessibleName(str(header or ""))
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# --- people ----------------------------------------------------------------------------


class PeopleModel(ListTableModel[Person]):
    """The catalogue's people (Name, Organisation, Seite), edited in place through undoable
    ``UpdateFields`` commands."""

    KEYS: Final = ("name", "organisation", "side")
    WATCHES = ("person",)
    EDITABLE = frozenset({PEOPLE_NAME, PEOPLE_ORGANISATION, PEOPLE_SIDE})

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent, hub=hub)
        self._hub = hub
        self.rows = self.fetch()

    def fetch(self) -> list[Person]:
        return read_people(self._hub)

    def person(self, row: int) -> Person:
        return self.rows[row]

    # --- Qt model API ------------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Organisation"), self.tr("Seite"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == PEOPLE_SIDE:
                return labels.label(enums.SIDE, p.side)
            return p.name if column == PEOPLE_NAME else p.organisation
        if role == Qt.ItemDataRole.EditRole:
            return (p.name, p.organisation, p.side)[column]
        if role == RecordIdRole:
            return p.id
        if role == ChoicesRole and column == PEOPLE_SIDE:
            return _choices(enums.SIDE)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Undoable edit of one field; a refusal is shown by the hub and returns False."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        p = self.rows[index.row()]
        key = self.KEYS[index.column()]
        value = value.strip() if isinstance(value, str) and key == "name" else value
        if getattr(p, key) == value:
            return True
        label = self.tr("%1 ändern").replace("%1", self.headerData(
            index.column(), Qt.Orientation.Horizontal) or key)
        return self._hub.run_undoable(seen_edit("person", p.id, {key: value}, p, label=label))


# --- groups ----------------------------------------------------------------------------


def read_groups(hub: CatalogueHub) -> list[GroupSummary]:
    """All groups, ordered by action field and then position, with their staffing
    (three queries, whatever the number of groups)."""
    return queries.groups(hub.catalogue)


class GroupModel(ListTableModel[GroupSummary]):
    """The expert groups (Handlungsfeld, Gruppe, Besetzung); the name is editable.

    "Besetzung" shows the voting members per side and is marked (colour, icon, text)
    when a group is not evenly staffed.
    """

    #: Groups are few (one or two per action field): all are re-read; the staffing shown
    #: depends on the members' sides, the action field column on the field's name.
    WATCHES = ("group", "person", "action_field")
    EDITABLE = frozenset({GROUP_NAME})

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent, hub=hub)
        self._hub = hub
        self.rows = self.fetch()

    def fetch(self) -> list[GroupSummary]:
        return read_groups(self._hub)

    def group(self, row: int) -> GroupSummary:
        return self.rows[row]

    def staffing_text(self, p: Staffing) -> str:
        text = self.tr("Verwaltung %1 · extern %2").replace(
            "%1", str(p.administration)).replace("%2", str(p.external))
        if not p.balanced:
            text += " – " + self.tr("nicht ausgewogen besetzt")
        return text

    # --- Qt model API ------------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Handlungsfeld"), self.tr("Gruppe"), self.tr("Besetzung"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        g = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == GROUP_FIELD:
                return g.field_code
            return g.name if column == GROUP_NAME else self.staffing_text(g.staffing)
        if role == Qt.ItemDataRole.EditRole and column == GROUP_NAME:
            return g.name
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == GROUP_FIELD:
                return g.field_name
            if column == GROUP_STAFFING:
                return self.tr("Stimmberechtigte Mitglieder je Seite")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == GROUP_STAFFING \
                and not g.staffing.balanced:
            return QBrush(a11y.colour("bad"))
        if role == Qt.ItemDataRole.DecorationRole and column == GROUP_STAFFING \
                and not g.staffing.balanced:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == RecordIdRole:
            return g.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole \
                or index.column() != GROUP_NAME or not isinstance(value, str):
            return False
        g = self.rows[index.row()]
        if value.strip() == g.name:
            return True
        return self._hub.run_undoable(seen_edit("group", g.id, {"name": value.strip()}, g,
                                                label=self.tr("Gruppenname ändern")))


# --- members ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MemberRow:
    person_id: str
    name: str
    side: str
    role: str


class MemberModel(ListTableModel[MemberRow]):
    """Members of one group (Person, Seite, Rolle); the role is editable and changed
    through ``set_member`` (logged in the group's history, not undoable)."""

    EDITABLE = frozenset({MEMBER_ROLE})

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent, hub=hub)
        self._hub = hub
        self._group_id: str | None = None
        self._staffing = Staffing(0, 0)

    @property
    def group_id(self) -> str | None:
        return self._group_id

    @property
    def staffing(self) -> Staffing:
        """Voting members per side of the shown group."""
        return self._staffing

    def member(self, row: int) -> MemberRow:
        return self.rows[row]

    def row_key(self, row: MemberRow) -> str:
        return row.person_id

    def set_group(self, group_id: str | None) -> None:
        self._group_id = group_id
        self.reset_rows(self.fetch())

    def fetch(self) -> list[MemberRow]:
        """The shown group's members, with names and sides; also reads its staffing."""
        if self._group_id is None:
            self._staffing = Staffing(0, 0)
            return []
        group = self._hub.record("group", self._group_id)
        people = {p.id: p for p in read_people(self._hub)}
        self._staffing = staffing(group.members, {pid: p.side for pid, p in people.items()})
        return [MemberRow(m.person_id, people[m.person_id].name, people[m.person_id].side,
                          m.role)
                for m in group.members if m.person_id in people]

    def follows(self, changes: Changes) -> bool:
        gid = self._group_id
        return gid is not None and (gid in changes.touched("group")
                                    or bool(changes.touched("person")))

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if self._group_id in changes.deleted.get("group", frozenset()):
            self.set_group(None)
        else:
            super().on_hub_catalogue_changed(changes)

    # --- Qt model API ------------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Person"), self.tr("Seite"), self.tr("Rolle"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == MEMBER_PERSON:
                return r.name
            if column == MEMBER_SIDE:
                return labels.label(enums.SIDE, r.side)
            return labels.label(enums.ROLE, r.role)
        if role == Qt.ItemDataRole.EditRole and column == MEMBER_ROLE:
            return r.role
        if role == ChoicesRole and column == MEMBER_ROLE:
            return _choices(enums.ROLE)
        if role == RecordIdRole:
            return r.person_id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole \
                or index.column() != MEMBER_ROLE or self._group_id is None:
            return False
        r = self.rows[index.row()]
        if value == r.role:
            return True
        gid, pid = self._group_id, r.person_id
        self._hub.run_without_undo(lambda s: s.people.set_member(gid, pid, value))
        # ``set_member`` returns nothing either way; the refreshed row tells.
        row = self.row_of(pid)
        return row >= 0 and self.rows[row].role == value


# --- the view --------------------------------------------------------------------------


def _table(model: QAbstractItemModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.SelectedClicked)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    # Names and organisations get the room; short columns (Seite, Rolle) fit their content.
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column < 2
                                    else QHeaderView.ResizeMode.ResizeToContents)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
    return view


class PeopleView(QWidget):
    """People on the left; expert groups, their members and staffing on the right.

    Embed it as a workspace page: ``PeopleView(hub)``. It listens to
    ``hub.sig_catalogue_changed`` itself and needs nothing else from the window.
    """

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setObjectName("peopleView")
        # Models first: they connect to the hub before this view does, so they are fresh
        # when the view's own handler reads them.
        self.people_model = PeopleModel(hub, self)
        self.group_model = GroupModel(hub, self)
        self.member_model = MemberModel(hub, self)
        self._suggested_group_name = ""
        self._build()
        self._connect()
        self._refresh_field_choices()
        self._refresh_candidates()
        self._update_group_panel()
        if self.group_model.rowCount():
            self.select_group(self.group_model.group(0).id)

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        choice = ChoiceDelegate(self)

        # people
        self.people_table = _table(self.people_model, self.tr("Personen"))
        self.people_table.setItemDelegateForColumn(PEOPLE_SIDE, choice)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_name.setAccessibleName(self.tr("Name der neuen Person"))
        self.new_organisation = QLineEdit()
        self.new_organisation.setPlaceholderText(self.tr("Organisation"))
        self.new_organisation.setAccessibleName(self.tr("Organisation der neuen Person"))
        self.new_side = QComboBox()
        self.new_side.setAccessibleName(self.tr("Seite der neuen Person"))
        for key, label in _choices(enums.SIDE):
            self.new_side.addItem(label, key)
        self.add_person_button = QPushButton(self.tr("Person hinzufügen"))
        self.add_person_button.setAccessibleName(self.tr("Person hinzufügen"))
        self.remove_person_button = QPushButton(self.tr("Person entfernen …"))
        self.remove_person_button.setAccessibleName(self.tr("Ausgewählte Person entfernen"))

        people_box = QGroupBox(self.tr("Personen"))
        form = QHBoxLayout()
        for w in (self.new_name, self.new_organisation, self.new_side, self.add_person_button):
            form.addWidget(w)
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.people_table)
        people_layout.addLayout(form)
        people_layout.addWidget(self.remove_person_button, 0, Qt.AlignmentFlag.AlignRight)

        # groups
        self.group_table = _table(self.group_model, self.tr("Expert*innengruppen"))
        self.new_group_field = QComboBox()
        self.new_group_field.setAccessibleName(self.tr("Handlungsfeld der neuen Gruppe"))
        self.new_group_name = QLineEdit()
        self.new_group_name.setPlaceholderText(self.tr("Name der Gruppe"))
        self.new_group_name.setAccessibleName(self.tr("Name der neuen Gruppe"))
        self.new_group_name.setMinimumWidth(160)
        self.add_group_button = QPushButton(self.tr("Gruppe anlegen"))
        self.add_group_button.setAccessibleName(self.tr("Gruppe anlegen"))
        groups_box = QGroupBox(self.tr("Expert*innengruppen"))
        group_form = QHBoxLayout()
        group_form.addWidget(self.new_group_field)
        group_form.addWidget(self.new_group_name, 1)
        group_form.addWidget(self.add_group_button)
        groups_layout = QVBoxLayout(groups_box)
        groups_layout.addWidget(self.group_table)
        groups_layout.addLayout(group_form)

        # members of the selected group
        self.member_table = _table(self.member_model, self.tr("Mitglieder"))
        self.member_table.setItemDelegateForColumn(MEMBER_ROLE, choice)
        self.staffing_icon = QLabel()
        self.staffing_icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16))
        self.staffing_icon.setAccessibleName(self.tr("Warnung"))
        self.staffing_label = QLabel()
        self.staffing_label.setObjectName("staffingLabel")
        self.staffing_label.setAccessibleName(self.tr("Besetzung der Gruppe"))
        self.candidate = QComboBox()
        self.candidate.setAccessibleName(self.tr("Person, die in die Gruppe kommt"))
        self.candidate_role = QComboBox()
        self.candidate_role.setAccessibleName(self.tr("Rolle in der Gruppe"))
        for key, label in _choices(enums.ROLE):
            self.candidate_role.addItem(label, key)
        self.add_member_button = QPushButton(self.tr("In die Gruppe aufnehmen"))
        self.add_member_button.setAccessibleName(self.tr("In die Gruppe aufnehmen"))
        self.remove_member_button = QPushButton(self.tr("Aus der Gruppe entfernen"))
        self.remove_member_button.setAccessibleName(
            self.tr("Ausgewähltes Mitglied aus der Gruppe entfernen"))

        self.members_box = QGroupBox(self.tr("Mitglieder"))
        staffing_row = QHBoxLayout()
        staffing_row.addWidget(self.staffing_icon)
        staffing_row.addWidget(self.staffing_label, 1)
        member_form = QHBoxLayout()
        for w in (self.candidate, self.candidate_role, self.add_member_button):
            member_form.addWidget(w)
        members_layout = QVBoxLayout(self.members_box)
        members_layout.addWidget(self.member_table)
        members_layout.addLayout(staffing_row)
        members_layout.addLayout(member_form)
        members_layout.addWidget(self.remove_member_button, 0, Qt.AlignmentFlag.AlignRight)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(groups_box, 2)
        right_layout.addWidget(self.members_box, 3)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(people_box)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        order: Sequence[QWidget] = (
            self.people_table, self.new_name, self.new_organisation, self.new_side,
            self.add_person_button, self.remove_person_button, self.group_table,
            self.new_group_field, self.new_group_name, self.add_group_button,
            self.member_table, self.candidate, self.candidate_role, self.add_member_button,
            self.remove_member_button)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)
        self.add_person_button.clicked.connect(self.on_add_person_clicked)
        self.new_name.returnPressed.connect(self.on_add_person_clicked)
        self.remove_person_button.clicked.connect(self.on_remove_person_clicked)
        self.add_group_button.clicked.connect(self.on_add_group_clicked)
        self.new_group_field.currentIndexChanged.connect(self.on_new_group_field_changed)
        self.add_member_button.clicked.connect(self.on_add_member_clicked)
        self.remove_member_button.clicked.connect(self.on_remove_member_clicked)
        self.group_table.selectionModel().selectionChanged.connect(
            self.on_group_selection_changed)
        self.group_model.modelReset.connect(self.on_group_model_reset)
        self.people_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.member_table.selectionModel().selectionChanged.connect(self._update_buttons)
        # A reset drops the selection without a selectionChanged signal.
        for model in (self.people_model, self.member_model):
            model.modelReset.connect(self._update_buttons)
            model.rowsRemoved.connect(self._update_buttons)

    # --- selection helpers (also for the main window and tests) --------------------------

    def selected_person_id(self) -> str | None:
        rows = self.people_table.selectionModel().selectedRows()
        return self.people_model.person(rows[0].row()).id if rows else None

    def selected_group_id(self) -> str | None:
        return self.member_model.group_id

    def selected_member_id(self) -> str | None:
        rows = self.member_table.selectionModel().selectedRows()
        return self.member_model.member(rows[0].row()).person_id if rows else None

    def select_person(self, person_id: str) -> None:
        row = self.people_model.row_of(person_id)
        if row >= 0:
            self.people_table.selectRow(row)

    def select_group(self, group_id: str) -> None:
        row = self.group_model.row_of(group_id)
        if row >= 0:
            self.group_table.selectRow(row)

    def select_member(self, person_id: str) -> None:
        row = self.member_model.row_of(person_id)
        if row >= 0:
            self.member_table.selectRow(row)

    # --- handlers ----------------------------------------------------------------------

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if changes.touched("action_field"):
            self._refresh_field_choices()
        if changes.touched("person") or changes.touched("group"):
            self._refresh_candidates()
            self._update_group_panel()

    def on_add_person_clicked(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.new_name.setFocus()
            return
        organisation = self.new_organisation.text().strip()
        side = str(self.new_side.currentData())
        command = AddRecord(self.tr("Person hinzufügen"),
                            lambda s: s.people.add_person(name, side, organisation), "person")
        if self.hub.run_undoable(command) and command.record_id is not None:
            self.new_name.clear()
            self.new_organisation.clear()
            self.select_person(command.record_id)

    def on_remove_person_clicked(self) -> None:
        person_id = self.selected_person_id()
        if person_id is None:
            return
        person = self.people_model.person(self.people_model.row_of(person_id))
        question = self.tr("„%1“ aus der Personenliste entfernen?").replace("%1", person.name)
        if dialogs.ask(self, self.tr("Person entfernen"), question):
            self.hub.run_undoable(DeleteRecord("person", person_id, self.tr("Person entfernen")))

    def on_new_group_field_changed(self, _index: int) -> None:
        """Suggest "Expert*innengruppe <Handlungsfeld>" unless the user typed a name."""
        current = self.new_group_name.text()
        if current and current != self._suggested_group_name:
            return
        field = self.new_group_field.currentText().partition(" ")[2]
        self._suggested_group_name = self.tr("Expert*innengruppe %1").replace("%1", field)
        self.new_group_name.setText(self._suggested_group_name)

    def on_add_group_clicked(self) -> None:
        field_id = self.new_group_field.currentData()
        name = self.new_group_name.text().strip()
        if not field_id or not name:
            return
        command = AddRecord(self.tr("Gruppe anlegen"),
                            lambda s: s.people.add_group(field_id, name), "group")
        if self.hub.run_undoable(command) and command.record_id is not None:
            self.select_group(command.record_id)

    def on_add_member_clicked(self) -> None:
        group_id = self.member_model.group_id
        person_id = self.candidate.currentData()
        if group_id is None or not person_id:
            return
        role = str(self.candidate_role.currentData())
        self.hub.run_without_undo(lambda s: s.people.set_member(group_id, person_id, role))
        self.select_member(person_id)

    def on_remove_member_clicked(self) -> None:
        group_id = self.member_model.group_id
        person_id = self.selected_member_id()
        if group_id is None or person_id is None:
            return
        self.hub.run_without_undo(lambda s: s.people.set_member(group_id, person_id, None))

    def on_group_selection_changed(self, _selected: QItemSelection,
                                   _deselected: QItemSelection) -> None:
        rows = self.group_table.selectionModel().selectedRows()
        group_id = self.group_model.group(rows[0].row()).id if rows else None
        if group_id != self.member_model.group_id:
            self.member_model.set_group(group_id)
            self._refresh_candidates()
        self._update_group_panel()

    def on_group_model_reset(self) -> None:
        """Keep the shown group selected when groups were added or removed."""
        group_id = self.member_model.group_id
        if group_id is not None and self.group_model.row_of(group_id) >= 0:
            self.select_group(group_id)

    # --- refreshing --------------------------------------------------------------------

    def _refresh_field_choices(self) -> None:
        fields = queries.action_fields(self.hub.catalogue)
        current = self.new_group_field.currentData()
        self.new_group_field.blockSignals(True)
        self.new_group_field.clear()
        for f in fields:
            self.new_group_field.addItem(f.label, f.id)
        self.new_group_field.setCurrentIndex(max(0, self.new_group_field.findData(current)))
        self.new_group_field.blockSignals(False)
        self.on_new_group_field_changed(self.new_group_field.currentIndex())

    def _refresh_candidates(self) -> None:
        """People not yet in the shown group, by name, with their side."""
        current = self.candidate.currentData()
        taken = {self.member_model.member(r).person_id
                 for r in range(self.member_model.rowCount())}
        people = sorted((p for p in read_people(self.hub) if p.id not in taken),
                        key=lambda p: p.name.casefold())
        self.candidate.clear()
        for p in people:
            self.candidate.addItem(f"{p.name} ({labels.label(enums.SIDE, p.side)})", p.id)
        self.candidate.setCurrentIndex(max(0, self.candidate.findData(current)))

    def _update_group_panel(self) -> None:
        group_id = self.member_model.group_id
        has_group = group_id is not None
        row = self.group_model.row_of(group_id) if group_id else -1
        self.members_box.setTitle(
            self.tr("Mitglieder: %1").replace("%1", self.group_model.group(row).name)
            if row >= 0 else self.tr("Mitglieder (keine Gruppe gewählt)"))
        p = self.member_model.staffing
        self.staffing_label.setText(self.group_model.staffing_text(p) if has_group else "")
        warn = has_group and not p.balanced
        self.staffing_icon.setVisible(warn)
        self.staffing_label.setStyleSheet(a11y.warning_style() if warn else "")
        self.staffing_label.setAccessibleDescription(
            self.tr("Warnung: nicht ausgewogen besetzt") if warn else "")
        for w in (self.member_table, self.candidate, self.candidate_role):
            w.setEnabled(has_group)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_person_button.setEnabled(self.selected_person_id() is not None)
        has_group = self.member_model.group_id is not None
        self.add_member_button.setEnabled(has_group and self.candidate.count() > 0)
        self.remove_member_button.setEnabled(has_group and self.selected_member_id() is not None)
