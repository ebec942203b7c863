"""User settings (not catalogue content): name, export folder, language, recent files.

A small typed facade over ``QSettings`` so keys and types live in one place; tests point
QSettings at a temporary folder (``use_folder``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from lip_desktop.model.connections import SavedConnection

MAX_RECENT = 8


_format = QSettings.Format.NativeFormat


def use_folder(folder: Path) -> None:
    """Keep settings in an INI file in ``folder`` (tests, portable installs)."""
    global _format  # noqa: PLW0603 - one switch for the whole process, set at start-up
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    _format = QSettings.Format.IniFormat


class Settings:
    def __init__(self) -> None:
        # The format is explicit: Qt 6's QSettings(organisation, application) always uses
        # the native format and ignores setDefaultFormat/setPath, so tests wrote into the
        # real ~/.config.
        self._s = QSettings(_format, QSettings.Scope.UserScope, "LIP Desktop", "LIP Desktop")

    def _str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def user_name(self) -> str:
        """Shown in the change history and on comments; defaults to the login name."""
        from lip_desktop.model.catalogue import default_actor  # noqa: PLC0415 - start-up time

        return self._str("user/name") or default_actor()

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._s.setValue("user/name", value.strip())

    @property
    def chosen_user_name(self) -> str | None:
        """The name set in the settings, None when none was: ``Catalogue.open`` then takes
        the login name itself (no storage import needed before a file's first paint)."""
        return self._str("user/name") or None

    @property
    def export_folder(self) -> str:
        return self._str("export/folder", str(Path.home()))

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._s.setValue("export/folder", value)

    @property
    def language(self) -> str:
        """``de`` (default) or ``en``; takes effect on the next start."""
        value = self._str("ui/language", "de")
        return value if value in ("de", "en") else "de"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def contrast(self) -> str:
        """``system`` (default: the system's contrast preference), ``high`` or ``normal``."""
        value = self._str("ui/contrast", "system")
        return value if value in ("system", "high", "normal") else "system"

    @contrast.setter
    def contrast(self, value: str) -> None:
        self._s.setValue("ui/contrast", value)

    @property
    def high_contrast(self) -> bool | None:
        """The "Hoher Kontrast" setting for ``a11y.set_high_contrast`` (None: system)."""
        return {"high": True, "normal": False}.get(self.contrast)

    @property
    def recent(self) -> list[str]:
        value = self._s.value("recent/files", [])
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list):
            return []
        return [v for v in value if isinstance(v, str)]

    def add_recent(self, path: Path | str) -> None:
        """A file path, or a server address (its display form: never a password)."""
        entry = str(path)
        files = [entry] + [p for p in self.recent if p != entry]
        self._s.setValue("recent/files", files[:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self._s.setValue("recent/files", [p for p in self.recent if p != path])

    @property
    def last(self) -> str:
        files = self.recent
        return files[0] if files else ""

    def save_geometry(self, key: str, data: bytes) -> None:
        self._s.setValue(f"window/{key}", data)

    def geometry(self, key: str) -> bytes | None:
        value = self._s.value(f"window/{key}")
        return bytes(value) if value is not None else None

    @property
    def server_connections(self) -> list[SavedConnection]:
        """The saved server connections ("Mit Server verbinden"): names and addresses,
        never a password (those are only in the system's credential store)."""
        from lip_desktop.model.connections import SavedConnection  # noqa: PLC0415

        result: list[SavedConnection] = []
        count = self._s.beginReadArray("servers")
        for index in range(count):
            self._s.setArrayIndex(index)
            port = self._s.value("port", 0)
            try:
                number = int(str(port))
            except ValueError:
                continue
            result.append(SavedConnection(self._str("name"), self._str("host"), number,
                                          self._str("database"), self._str("login")))
        self._s.endArray()
        return result

    @server_connections.setter
    def server_connections(self, connections: list[SavedConnection]) -> None:
        self._s.remove("servers")
        self._s.beginWriteArray("servers", len(connections))
        for index, item in enumerate(connections):
            self._s.setArrayIndex(index)
            for key, value in (("name", item.name), ("host", item.host), ("port", item.port),
                               ("database", item.database), ("login", item.login)):
                self._s.setValue(key, value)
        self._s.endArray()
