"""Local or served (analytics/serving.py): a browser user of a served app never names or renames a
server file, and real data is never served on the network without sign-in."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from analytics.core import db, serving
from tests.stores import demo_file

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
REAL_NIPS = {"199703062021091001", "198502142010012003", "197811202005011002"}


@pytest.mark.parametrize(
    ("address", "loopback"),
    [
        ("127.0.0.1", True), ("127.8.9.10", True), ("localhost", True), ("::1", True), ("[::1]", True),
        ("0.0.0.0", False), ("::", False), ("", False), (None, False), ("10.1.2.3", False),
        ("dasbor.bkn.go.id", False),
    ],
)  # fmt: skip
def test_loopback_addresses(address: str | None, loopback: bool) -> None:
    assert serving.is_loopback(address) is loopback


def test_served_unless_bound_to_loopback_or_forced() -> None:
    assert serving.deployment("127.0.0.1", signin_configured=False, environ={}).local
    assert serving.deployment("0.0.0.0", signin_configured=False, environ={}).served
    assert serving.deployment(None, signin_configured=False, environ={}).served  # every interface
    forced = serving.deployment("127.0.0.1", signin_configured=True, environ={"TALENTA_SERVED": "1"})
    assert forced.served and forced.signin_configured and not forced.may_name_paths()


def test_move_aside_is_local_or_admin_inside_the_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "a.duckdb").write_bytes(b"x")
    (folder / "notes.txt").write_text("x")
    outside = tmp_path / "config.toml"
    outside.write_text("x")
    link = folder / "sneaky.duckdb"
    link.symlink_to(outside)  # a link inside the folder to a file outside it
    env = {"TALENTA_DATA_DIR": str(folder)}
    local = serving.deployment("127.0.0.1", signin_configured=False, environ=env)
    served = serving.deployment("0.0.0.0", signin_configured=True, environ=env)
    assert local.may_move_aside(outside, admin=False)
    assert served.may_move_aside(folder / "a.duckdb", admin=True)
    assert not served.may_move_aside(folder / "a.duckdb", admin=False)
    assert not served.may_move_aside(outside, admin=True)
    assert not served.may_move_aside(folder / ".." / "config.toml", admin=True)
    assert not served.may_move_aside(link, admin=True)
    assert [p.name for p in served.databases()] == ["a.duckdb"]  # the link resolves outside: dropped
    assert serving.deployment("0.0.0.0", signin_configured=True, environ={}).databases() == []


def test_move_aside_refuses_a_file_outside_the_folder_it_is_limited_to(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    outside = tmp_path / "config.toml"
    outside.write_text("secret = 1")
    with pytest.raises(ValueError, match="config.toml"):
        db.move_aside(outside, within=folder)
    assert outside.read_text() == "secret = 1"
    inside = folder / "rusak.duckdb"
    inside.write_bytes(b"not a database")
    aside = db.move_aside(inside, within=folder)
    assert not inside.exists() and aside.parent == folder and aside.read_bytes() == b"not a database"


def test_real_data_is_what_was_imported_or_not_from_the_demo(tmp_path: Path) -> None:
    path = demo_file(tmp_path / "t.duckdb", 300)
    con = duckdb.connect(str(path))
    assert serving.holds_real_data(con) is False
    assert con.execute("select count(*) from employees").fetchone()[0] > 0  # type: ignore[index]
    con.execute("update employees set source = 'hand' where nip = (select min(nip) from employees)")
    assert serving.holds_real_data(con) is True
    con.close()
    other = demo_file(tmp_path / "u.duckdb", 300, real=True)
    con = duckdb.connect(str(other))
    assert serving.holds_real_data(con) is True
    con.close()
    assert serving.refuses(serving.Deployment(served=True), real_data=True)
    assert not serving.refuses(serving.Deployment(served=True, signin_configured=True), real_data=True)
    assert not serving.refuses(serving.Deployment(served=True), real_data=False)
    assert not serving.refuses(serving.Deployment(served=False), real_data=True)


# --- the app ------------------------------------------------------------------------------------------


def app(path: Path, monkeypatch: pytest.MonkeyPatch, *, served: bool, **session: object) -> AppTest:
    monkeypatch.setenv("TALENTA_DB", str(path))
    if served:
        monkeypatch.setenv("TALENTA_SERVED", "1")
    else:
        monkeypatch.delenv("TALENTA_SERVED", raising=False)
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in session.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def test_served_app_offers_no_path_and_ignores_a_forged_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = demo_file(tmp_path / "talenta.duckdb", 300)
    secret = tmp_path / "secret.toml"
    secret.write_text("password = 'x'")
    local = app(default, monkeypatch, served=False)
    assert [r.key for r in local.sidebar.radio] == ["source"]  # local: the source choice is there
    at = app(default, monkeypatch, served=True, source="custom", custom_path=str(secret))
    assert not at.sidebar.radio and not at.sidebar.text_input
    assert at.session_state["db_path"] == str(default)
    assert any("talenta.duckdb" in c.value for c in at.sidebar.caption)
    assert secret.read_text() == "password = 'x'" and not list(tmp_path.glob("secret.toml.rusak-*"))


def test_served_app_never_renames_a_damaged_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = tmp_path / "talenta.duckdb"
    damaged.write_bytes(b"this is a configuration file, not a database" * 100)
    local = app(damaged, monkeypatch, served=False)
    assert "faults_rebuild" in {b.key for b in local.button}  # local: the way forward is offered
    at = app(damaged, monkeypatch, served=True)
    assert any("rusak" in e.value for e in at.error)
    assert not {b.key for b in at.button} & {"faults_move_aside", "faults_rebuild"}
    assert damaged.exists() and not list(tmp_path.glob("*.rusak-*"))


def test_real_data_on_the_network_without_signin_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = demo_file(tmp_path / "talenta.duckdb", 300, real=True)
    local = app(path, monkeypatch, served=False)
    assert not local.error and local.title  # local: the page as today
    at = app(path, monkeypatch, served=True)
    assert any("tidak menyajikan data pegawai sungguhan" in e.value for e in at.error)
    assert any("[auth]" in m.value for m in at.markdown)
    text = " ".join(str(e.value) for e in (*at.markdown, *at.title, *at.dataframe))
    assert not any(nip in text for nip in REAL_NIPS)
    assert not at.title  # no page ran


def test_the_demo_may_be_served_to_a_workshop_without_signin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = demo_file(tmp_path / "talenta.duckdb", 300)
    at = app(path, monkeypatch, served=True)
    assert not at.error and at.title
    at.switch_page("app_pages/data.py").run()
    assert any("Impor dimatikan" in i.value for i in at.info)  # a workshop cannot load real data
    assert not [u for u in at.get("file_uploader")]
    local = app(path, monkeypatch, served=False)
    local.switch_page("app_pages/data.py").run()
    assert [u for u in local.get("file_uploader")] and not any(
        "Impor dimatikan" in i.value for i in local.info
    )


def test_a_data_officer_creates_a_new_database_from_the_data_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19.5: a new path in the sidebar (local mode) is offered as a new, empty database."""
    default = demo_file(tmp_path / "talenta.duckdb", 300)
    new = tmp_path / "instansi_baru.duckdb"
    at = app(default, monkeypatch, served=False, source="custom", custom_path=str(new))
    assert any("tidak ditemukan" in e.value for e in at.sidebar.error)
    at.switch_page("app_pages/data.py").run()
    assert "data_new_db" in {b.key for b in at.button} and not new.exists()
    at.button(key="data_new_db").click().run()
    assert not at.exception, at.exception
    assert new.is_file() and at.session_state["db_path"] == str(new)
    con = duckdb.connect(str(new))
    assert con.execute("select count(*) from employees").fetchone()[0] == 0  # type: ignore[index]
    assert con.execute("select count(*) from ref_boxes").fetchone()[0] > 0  # type: ignore[index]
    con.close()
    wrong = app(
        default, monkeypatch, served=False, source="custom", custom_path=str(tmp_path / "x" / "a.duckdb")
    )
    wrong.switch_page("app_pages/data.py").run()
    assert any("tidak ada" in e.value for e in wrong.error) and "data_new_db" not in {
        b.key for b in wrong.button
    }
    served = app(default, monkeypatch, served=True, source="custom", custom_path=str(tmp_path / "y.duckdb"))
    served.switch_page("app_pages/data.py").run()
    assert "data_new_db" not in {b.key for b in served.button} and not (tmp_path / "y.duckdb").exists()
