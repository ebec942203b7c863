"""Shared fixtures: every test gets its own data folder and temporary catalogues."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from backends import Backend
from support import create_from

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
#: The project's own copy of the interchange contract (``../shared/contract`` is the source;
#: ``tests/test_contract_copy.py`` checks the copy is current when that folder is present).
CONTRACT = REPO / "tests" / "contract"
#: The shared contract beside the checkout, if there is one (the product never reads it).
SHARED_CONTRACT = REPO.parent / "shared" / "contract"


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups, logs and settings of the app go to a per-test folder."""
    folder = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("LIP_DESKTOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """The session's PostgreSQL server (tests/pg_cluster.py). Without one the test is
    skipped, except on CI (``CI`` set), where a silently skipped backend is a failure."""
    from pg_cluster import MISSING, Cluster

    cluster = Cluster.start()
    if cluster is None:
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(MISSING)
        pytest.skip(MISSING)
    yield cluster
    cluster.close()


@pytest.fixture
def pg_database(pg_cluster: Any) -> Iterator[Any]:
    """A new, empty database on the test server, dropped after the test (its URL)."""
    url = pg_cluster.new_database()
    yield url
    pg_cluster.drop_database(url)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    """The service-layer and interchange tests run once per database: catalogue files
    (SQLite) and catalogues on a PostgreSQL server (``pg_cluster``; skipped without one,
    except on CI, where that fails)."""
    if request.param == "sqlite":
        yield Backend("sqlite")
        return
    made = Backend("postgresql", request.getfixturevalue("pg_cluster"))
    yield made
    made.drop()


@pytest.fixture
def example_doc() -> dict[str, Any]:
    return json.loads((CONTRACT / "example-small.json").read_text(encoding="utf-8"))


@pytest.fixture
def schema() -> dict[str, Any]:
    return json.loads((CONTRACT / "catalogue.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def schema_v2() -> dict[str, Any]:
    """The schema of what exports write (version 2)."""
    return json.loads((CONTRACT / "catalogue-v2.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def example_v2() -> dict[str, Any]:
    return json.loads((CONTRACT / "example-v2.json").read_text(encoding="utf-8"))


@pytest.fixture
def new_catalogue(tmp_path: Path) -> Iterator[Any]:
    """A fresh catalogue with the defaults (seven fields, terminology), open for writing."""
    from lip_desktop.model import defaults

    cat = create_from(tmp_path / "neu.lip", defaults.new_catalogue_document())
    yield cat
    cat.close()


@pytest.fixture
def demo_catalogue(tmp_path: Path) -> Iterator[Any]:
    from lip_desktop.model import demo

    cat = create_from(tmp_path / "demo.lip", demo.demo_catalogue())
    yield cat
    cat.close()


@pytest.fixture
def service(new_catalogue: Any) -> Any:
    from lip_desktop.model.services import CatalogueService

    return CatalogueService(new_catalogue)


@pytest.fixture
def demo_service(demo_catalogue: Any) -> Any:
    from lip_desktop.model.services import CatalogueService

    return CatalogueService(demo_catalogue)


@pytest.fixture
def fresh_log(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> Iterator[Path]:
    """The log file of this test's data folder; Python's warnings released afterwards.

    The log follows the data folder (``crashlog.log_file``); what the windowed program
    adds to the process (captured warnings, Qt problems seen) must not outlive the test.
    """
    import logging

    from lip_desktop import logsetup

    monkeypatch.setattr(logsetup, "qt_problems", [])
    yield data_dir / "Protokolle" / "lip-desktop.log"
    logging.captureWarnings(False)
    warnings_logger = logging.getLogger("py.warnings")
    for handler in list(warnings_logger.handlers):
        warnings_logger.removeHandler(handler)
    warnings_logger.propagate = True
