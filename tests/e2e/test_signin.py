"""Sign-in end to end: a real OpenID Connect provider (oidc-provider-mock, started here on loopback),
Streamlit's st.login, and the app served (TALENTA_SERVED=1) on a database holding real data.

One journey per role: a leader of Kabupaten Ende sees Ende only on every page and in every table
download; an evaluator sees the province comparison but no individual rows; a trainer sees the demo
only (this database holds real data); an unknown identity sees the no-access page; a forged link, a
missing e-mail claim, a lost session and a grant revoked mid-session each get their message; the
audit trail holds the journeys' entries.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from analytics import ingest
from analytics.core import access, db
from analytics.demo import employees as demo
from ui.navigation import PAGES

DATA = Path(__file__).resolve().parents[1] / "data"
ENDE = "Pemerintah Kabupaten Ende"
USERS = {  # sub -> claims held by the provider
    "admin-sub": {"email": "admin@bkn.go.id", "name": "Admin BKN"},
    "ende-sub": {"email": "kepala.bkpsdm@endekab.go.id", "name": "Kepala BKPSDM Ende"},
    "eval-sub": {"email": "evaluator@bkn.go.id", "name": "Evaluator"},
    "trainer-sub": {"email": "pelatih@bimtek.id", "name": "Pelatih"},
    "stranger-sub": {"email": "tamu@example.id", "name": "Tamu"},
    "noemail-sub": {"name": "Tanpa Email"},
}
NIP = re.compile(r"(?<!\d)\d{18}(?!\d)")


def _wait_http(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


@pytest.fixture(scope="module")
def provider(free_port: Callable[[], int], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real OIDC provider on loopback, with the journeys' users and their claims."""
    port = free_port()
    log = tmp_path_factory.mktemp("oidc") / "provider.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "oidc_provider_mock", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_http(f"{url}/.well-known/openid-configuration")
        for sub, claims in USERS.items():
            req = urllib.request.Request(
                f"{url}/users/{sub}", data=json.dumps(claims).encode(), method="PUT",
                headers={"content-type": "application/json"},
            )  # fmt: skip
            urllib.request.urlopen(req, timeout=5).close()
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str], set[str]]:
    """The demo plus an imported file (real data), the grants, and the NIPs of Ende and of the rest."""
    path = tmp_path_factory.mktemp("signin") / "instansi.duckdb"
    con = db.connect(path)
    try:
        demo.build_demo(con, employees=1500)
        raw = (DATA / "good" / "semicolon_decimal_comma.csv").read_bytes()
        ingest.load(con, ingest.validate(raw, "pegawai.csv", con, period=2024))
        access.grant(con, "admin@bkn.go.id", "admin", access.NATIONAL, by="test")
        access.grant(
            con, "kepala.bkpsdm@endekab.go.id", "leader", access.Scope("instansi", (ENDE,)), by="test"
        )
        access.grant(con, "evaluator@bkn.go.id", "evaluator", access.NATIONAL, by="test")
        access.grant(con, "pelatih@bimtek.id", "trainer", access.NATIONAL, by="test")
        ende = {r[0] for r in con.execute("select nip from employees where instansi = ?", [ENDE]).fetchall()}
        rest = {r[0] for r in con.execute("select nip from employees where instansi <> ?", [ENDE]).fetchall()}
        con.execute("checkpoint")
    finally:
        con.close()
    assert ende and rest and not ende & rest
    return path, ende, rest


@pytest.fixture(scope="module")
def served(
    provider: str,
    database: tuple[Path, set[str], set[str]],
    free_port: Callable[[], int],
    streamlit_server: Callable[..., Any],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, Path]]:
    """The app served with sign-in configured in a secrets file of its own."""
    tmp = tmp_path_factory.mktemp("served")
    port = free_port()
    secrets = tmp / "secrets.toml"
    secrets.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "a-long-random-secret-for-the-end-to-end-test-0123456789"\n'
        'client_id = "talenta"\n'
        'client_secret = "talenta-secret"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n'
    )
    env = {"TALENTA_DB": str(database[0]), "TALENTA_SERVED": "1"}
    with streamlit_server(tmp, env=env, port=port, args=("--secrets.files", str(secrets))) as (url, log):
        yield url, log


def sign_in(page: Page, url: str, sub: str, wait_for_app: Callable[..., None], path: str = "") -> None:
    page.goto(f"{url}/{path}")
    wait_for_app(page)
    # A tab that was signed in before may get Streamlit's own "Page not found" notice over the sign-in
    # page (the frontend asks for the old session's page); it runs the sign-in page regardless.
    notice = page.get_by_role("dialog")
    if notice.count() and notice.first.is_visible():
        page.keyboard.press("Escape")
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url("**/oauth2/authorize**")
    page.fill("input[name=sub]", sub)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(f"{url}/**")
    wait_for_app(page)
    if path:  # st.login returns to the app's first page; open the one the journey wants
        page.goto(f"{url}/{path}")
        wait_for_app(page)


def app_text(page: Page) -> str:
    return page.locator("[data-testid='stApp']").inner_text()


def nips_in(payload: bytes, name: str) -> set[str]:
    """The 18-digit numbers in a CSV, or in any XML part of an XLSX/PPTX download."""
    if name.endswith((".xlsx", ".pptx")):
        with zipfile.ZipFile(io.BytesIO(payload)) as z:
            text = " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
    else:
        text = payload.decode("utf-8-sig", "replace")
    return set(NIP.findall(text))


IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"


def table_downloads(page: Page) -> dict[str, set[str]]:
    """Press every visible XLSX/CSV download button of the page; the NIPs in each file."""
    found: dict[str, set[str]] = {}
    buttons = page.locator("[data-testid='stDownloadButton'] button")
    for i in range(buttons.count()):
        button = buttons.nth(i)
        label = button.inner_text()
        if not button.is_visible() or re.search(r"PNG|PDF|PPTX|ringkasan|summary", label, re.I):
            continue
        with page.expect_download(timeout=60_000) as info:
            button.click()
        download = info.value
        # The click reruns the script, which gives every download button a new file address: the next
        # click waits until that run is over (a click on a button being replaced fetched a file that
        # was gone and never became a download: once in CI).
        page.wait_for_timeout(500)
        page.wait_for_selector(IDLE, state="attached", timeout=60_000)
        name = download.suggested_filename
        if name.endswith((".xlsx", ".csv", ".pptx")):
            found[name] = nips_in(Path(download.path()).read_bytes(), name)
    return found


def test_unknown_identity_sees_only_whom_to_ask(
    browser: Browser,
    served: tuple[str, Path],
    wait_for_app: Callable[..., None],
    database: Any,
    screenshot: Callable[[Page, str], Path],
) -> None:
    url, _ = served
    page = browser.new_page()
    page.goto(f"{url}/ninebox")
    wait_for_app(page)
    assert "Masuk" in app_text(page) and not NIP.search(app_text(page))  # not signed in: the sign-in page
    screenshot(page, "signin_page")
    sign_in(page, url, "stranger-sub", wait_for_app, "ninebox")
    text = app_text(page)
    assert "Belum ada hak akses" in text and "tamu@example.id" in text and "admin@bkn.go.id" in text
    screenshot(page, "signin_no_access")
    assert not NIP.search(text) and ENDE not in text
    page.context.close()


def test_missing_email_claim_is_explained(
    browser: Browser, served: tuple[str, Path], wait_for_app: Callable[..., None]
) -> None:
    url, _ = served
    page = browser.new_page()
    sign_in(page, url, "noemail-sub", wait_for_app)
    text = app_text(page)
    assert "tidak mengirim alamat e-mail" in text and "noemail-sub" in text and "Belum ada hak akses" in text
    page.context.close()


def test_leader_of_ende_sees_ende_only_on_every_page_and_download(
    browser: Browser, served: tuple[str, Path], wait_for_app: Callable[..., None], database: Any
) -> None:
    url, _ = served
    _, ende, rest = database
    page = browser.new_page(viewport={"width": 1440, "height": 2000}, accept_downloads=True)
    sign_in(page, url, "ende-sub", wait_for_app)
    assert "kepala.bkpsdm@endekab.go.id" in app_text(page)
    seen_downloads: dict[str, set[str]] = {}
    for spec in PAGES:
        page.goto(f"{url}/{spec.url}")
        wait_for_app(page)
        text = app_text(page)
        if spec.right == "admin":
            # a deep link to the admin page: not registered for this role, the app's first page instead
            assert "Jejak audit" not in text and "Akses & audit" not in text and "Beranda" in text
            continue
        if spec.key in ("merit", "ninebox", "talent", "movement"):  # comparisons stay inside Ende too
            assert "Kabupaten Sikka" not in text and "Kota Kupang" not in text, spec.url
        leaked = set(NIP.findall(text)) & rest
        assert not leaked, f"{spec.url}: NIPs of other instansi on the page: {sorted(leaked)[:3]}"
        for name, nips in table_downloads(page).items():
            assert not nips & rest, f"{spec.url}: {name} holds NIPs of other instansi"
            seen_downloads[name] = nips
    # the sidebar offers Ende only
    assert "Pemerintah Kota Kupang" not in app_text(page)
    # the positive side: the whole data download holds Ende's employees of the period, and only them
    page.goto(f"{url}/data")
    wait_for_app(page)
    page.get_by_role("tab", name="Unduh data").click()
    page.get_by_role("button", name="Siapkan berkas xlsx").click()
    wait_for_app(page)
    with page.expect_download() as info:
        page.get_by_role("button", name="Unduh data (xlsx)").click()
    nips = nips_in(Path(info.value.path()).read_bytes(), "x.xlsx")
    assert nips and nips <= ende, "the data download is Ende's"
    assert any(n & ende for n in seen_downloads.values()) or nips  # at least one list held Ende's people
    page.context.close()


def test_a_forged_link_cannot_widen_the_scope(
    browser: Browser,
    served: tuple[str, Path],
    wait_for_app: Callable[..., None],
    database: Any,
    screenshot: Callable[[Page, str], Path],
) -> None:
    url, _ = served
    _, _, rest = database
    page = browser.new_page()
    sign_in(page, url, "ende-sub", wait_for_app)
    page.goto(f"{url}/ninebox?instansi=Pemerintah%20Kota%20Kupang&period=2025")
    wait_for_app(page)
    text = app_text(page)
    assert "Di luar cakupan akses Anda" in text and "Pemerintah Kota Kupang" in text  # named in the note
    screenshot(page, "signin_forged_link")
    assert not set(NIP.findall(text)) & rest
    page.goto(f"{url}/whatif?view=movers&integritas=40&instansi=Pemerintah%20Kota%20Kupang")
    wait_for_app(page)
    assert not set(NIP.findall(app_text(page))) & rest
    page.context.close()


def test_evaluator_compares_provinces_without_individual_rows(
    browser: Browser, served: tuple[str, Path], wait_for_app: Callable[..., None], database: Any
) -> None:
    url, _ = served
    _, ende, rest = database
    page = browser.new_page()
    sign_in(page, url, "eval-sub", wait_for_app, "merit")
    text = app_text(page)
    assert "Kabupaten/kota di Nusa Tenggara Timur" in text  # the province comparison
    assert "Kabupaten Sikka" in text  # other regencies: what the leader of Ende does not see
    page.goto(f"{url}/data")
    wait_for_app(page)
    page.get_by_role("tab", name="Unduh data").click()
    text = app_text(page)
    assert "Daftar perorangan tidak ditampilkan" in text
    assert page.get_by_role("button", name="Siapkan berkas xlsx").count() == 0
    page.goto(f"{url}/whatif?view=movers&integritas=40")
    wait_for_app(page)
    text = app_text(page)
    assert "Daftar perorangan tidak ditampilkan" in text and not set(NIP.findall(text)) & (ende | rest)
    # a small regency on the nine-box: small cells (and their complements) withheld, no points
    page.goto(f"{url}/ninebox?instansi=Pemerintah%20Kabupaten%20Sumba%20Tengah&period=2025")
    wait_for_app(page)
    text = app_text(page)
    assert "< 5" in text and "Kepadatan seluruh" in text and not NIP.search(text)
    page.context.close()


def test_trainer_sees_the_demo_only(
    browser: Browser, served: tuple[str, Path], wait_for_app: Callable[..., None]
) -> None:
    url, _ = served
    page = browser.new_page()
    sign_in(page, url, "trainer-sub", wait_for_app, "ninebox")
    text = app_text(page)
    assert "hanya bekerja pada data demo" in text and not NIP.search(text)
    page.context.close()


def test_lost_session_and_revoked_grant_end_access(
    browser: Browser, served: tuple[str, Path], wait_for_app: Callable[..., None], database: Any
) -> None:
    url, _ = served
    path = database[0]
    context = browser.new_context()
    leader = context.new_page()
    sign_in(leader, url, "ende-sub", wait_for_app, "ninebox")
    assert ENDE in app_text(leader)
    context.clear_cookies()  # an expired or lost session: the next visit asks to sign in again
    leader.close()
    leader = context.new_page()
    leader.goto(f"{url}/ninebox")
    wait_for_app(leader)
    assert leader.get_by_role("button", name="Masuk").count() == 1 and not NIP.search(app_text(leader))
    sign_in(leader, url, "ende-sub", wait_for_app, "ninebox")
    assert ENDE in app_text(leader)
    # the admin revokes the leader's grant on the admin page, in another browser
    admin = browser.new_page()
    sign_in(admin, url, "admin-sub", wait_for_app, "akses")
    admin.get_by_role("combobox", name="Cabut hak akses dari").click()
    admin.keyboard.type("kepala.bkpsdm")
    admin.keyboard.press("Enter")
    wait_for_app(admin)
    expect(admin.get_by_role("combobox", name="Cabut hak akses dari")).to_have_value(
        "kepala.bkpsdm@endekab.go.id"
    )
    admin.get_by_role("button", name="Cabut", exact=True).click()
    wait_for_app(admin)
    expect(admin.get_by_text("revoke")).not_to_have_count(0)
    # the leader's next run has no access any more
    leader.reload()
    wait_for_app(leader)
    text = app_text(leader)
    assert "Belum ada hak akses" in text and not NIP.search(text)
    # the audit trail on the admin page holds the journeys (its CSV: the table itself is a canvas)
    admin.goto(f"{url}/akses")
    wait_for_app(admin)
    with admin.expect_download() as info:
        admin.get_by_role("button", name="Unduh jejak audit (CSV)").click()
    trail = Path(info.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(trail), delimiter=";"))[1:]
    entries = {(r[2], r[4]) for r in rows}
    for who, action in (
        ("kepala.bkpsdm@endekab.go.id", "signin"), ("kepala.bkpsdm@endekab.go.id", "view"),
        ("kepala.bkpsdm@endekab.go.id", "export"), ("tamu@example.id", "denied"),
        ("admin@bkn.go.id", "revoke"), ("test", "grant"),
    ):  # fmt: skip
        assert (who, action) in entries, (who, action, sorted(entries))
    admin.context.close()
    leader.context.close()
    assert path.exists()
