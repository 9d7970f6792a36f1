"""End to end in a real browser: streamlit serves the packaged app (``audit/review/app/main.py``, the
script ``dossier-audit review`` starts) on a free localhost port, headless
Chromium (Debian's chromium + chromium-driver, driven by selenium) opens it, goes to the
next unreviewed finding, clicks Bevestigen, and the record must appear in the log.

Skipped only when Chromium / chromedriver are not installed (CI installs them with
.ci/install-browser.sh) or selenium is missing (it belongs to the ``test`` extra).
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from audit.review.app import SCRIPT

ROOT = Path(__file__).resolve().parents[2]
APP = SCRIPT  # the script `dossier-audit review` starts
EXAMPLES = ROOT / "examples"
DID = "VLD-0101"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None)

if os.environ.get("DOSSIER_AUDIT_REQUIRE_BROWSER") == "1" and (CHROMIUM is None or CHROMEDRIVER is None):
    # CI sets this after installing the browser: a missing browser there is a failure, never a silent skip
    raise RuntimeError("DOSSIER_AUDIT_REQUIRE_BROWSER=1 maar chromium/chromedriver ontbreken")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="chromium/chromedriver niet geïnstalleerd (apt-get install chromium chromium-driver; zie .ci/install-browser.sh)",
)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _audit_for_examples(out: Path) -> dict:
    """A small audit of examples/VLD-0101 built by hand (fast; the detectors are tested elsewhere)."""
    from audit.read import load_dossier

    doc = load_dossier(EXAMPLES / DID).document("journaal.txt")
    talks = []
    for n, (needle, day) in enumerate((("Gesprek Femke zonder PO", "2024-08-05"),
                                       ("Gesprek F. zonder PO", "2024-09-25"),
                                       ("Daarna F. apart genomen", "2024-12-30")), 1):
        start = doc.text.index(needle)
        end = doc.text.index("\n", start)
        ev = [{"file": "journaal.txt", "page": None, "start": start, "end": end, "sentence": doc.text[start:end]}]
        talks.append({"finding_id": f"o{n}", "kind": "one_on_one_contact", "date": day, "date_precision": "day",
                      "evidence": ev, "confidence": 0.84, "detector": "browser-test", "file": "journaal.txt",
                      "quote": ev[0]["sentence"]})
    audit = {
        "schema_version": 1, "dossier_id": DID, "reference_date": "2025-06-01",
        "placement": {"type": "netwerk", "start": "2019-10-23"},
        "one_on_one_contacts": talks,
        "safety_checks": [], "behavioural_scientist_advice": [], "matching_rationale": None, "goals": [],
        "goal_changes": None, "errors": [],
        "norms": {"one_on_one_min3_last12m": "meets"},
        "norm_details": {"one_on_one_min3_last12m": {"verdict": "meets", "explanation": "3 gesprekken; minimaal 3.",
                                                     "findings": ["o1", "o2", "o3"]}},
        "provenance": {"tool_version": "0.1.0", "models": {},
                       "files": [{"file": "journaal.txt", "sha256": doc.sha256, "reader": doc.reader, "read": True}]},
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{DID}.json").write_text(json.dumps(audit, ensure_ascii=False), "utf-8")
    return audit


@pytest.fixture
def server(tmp_path: Path):
    audits, ann = tmp_path / "audits", tmp_path / "annotations"
    _audit_for_examples(audits)
    port = _free_port()
    env = {**os.environ, "HOME": str(tmp_path / "home"), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    (tmp_path / "home").mkdir()
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.address", "localhost",
           "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none",
           "--", "--audits", str(audits), "--dossiers", str(EXAMPLES), "--annotations", str(ann),
           "--reviewer", "browser-test"]
    log_path = tmp_path / "streamlit.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        url = f"http://localhost:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("streamlit did not start:\n" + log_path.read_text("utf-8", "replace")[-2000:])
            time.sleep(0.3)
        yield url, ann, tmp_path
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture
def browser(tmp_path: Path):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium ontbreekt (hoort bij de test-extra)")
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # selenium manager must never download anything
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000", f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    try:
        yield driver
    finally:
        driver.quit()


def _click_button(driver, text: str, timeout: float = 40) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    # a button with a keyboard shortcut shows the key after its label: match the start
    xpath = f"//button[starts-with(normalize-space(.), '{text}')]"
    WebDriverWait(driver, timeout).until(lambda d: any(b.is_displayed() and b.is_enabled()
                                                       for b in d.find_elements(By.XPATH, xpath)))
    button = next(b for b in driver.find_elements(By.XPATH, xpath) if b.is_displayed() and b.is_enabled())
    WebDriverWait(driver, timeout).until(EC.element_to_be_clickable(button))
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
    button.click()


def test_confirm_in_browser_writes_the_log(server, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from audit.review import AnnotationLog

    url, ann, tmp = server
    browser.get(url)
    try:
        WebDriverWait(browser, 60).until(lambda d: "Overzicht" in d.find_element(By.TAG_NAME, "body").text)
        _click_button(browser, "Volgende onbeoordeelde bevinding")
        WebDriverWait(browser, 40).until(lambda d: "Nu aan de beurt" in d.find_element(By.TAG_NAME, "body").text)
        body = browser.find_element(By.TAG_NAME, "body").text
        assert "Gesprek Femke zonder PO" in body  # the evidence, in its context
        _click_button(browser, "Bevestigen")
        deadline = time.monotonic() + 30
        recs = []
        while time.monotonic() < deadline:
            recs = AnnotationLog(ann).replay(DID).decisions_for(DID)
            if recs:
                break
            time.sleep(0.3)
        assert [(r.finding_id, r.decision, r.reviewer) for r in recs][:1] == [("o1", "confirm", "browser-test")]
        WebDriverWait(browser, 30).until(  # the message stays; the next item (the norm) is shown now
            lambda d: "bevestigd" in d.find_element(By.TAG_NAME, "body").text)
    except Exception:
        browser.save_screenshot(str(tmp / "failure.png"))
        raise


def _records_when(ann: Path, n: int, timeout: float = 30) -> list:
    from audit.review import AnnotationLog

    deadline = time.monotonic() + timeout
    while True:
        recs = AnnotationLog(ann).replay(DID).decisions_for(DID)
        if len(recs) >= n or time.monotonic() > deadline:
            return recs
        time.sleep(0.2)


def _press(driver, key: str, timeout: float = 30) -> None:
    """A key pressed on the page (not in a text field), as an inspector would, once its button is bound."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    hint = f"//*[@aria-label='Shortcut {key.upper()}']/ancestor::button[not(@disabled)]"
    WebDriverWait(driver, timeout).until(lambda d: d.find_elements(By.XPATH, hint))
    time.sleep(0.3)  # the key is bound in an effect right after the button is drawn
    driver.execute_script("document.activeElement && document.activeElement.blur();")
    ActionChains(driver).send_keys(key).perform()


def test_keyboard_only_review(server, browser) -> None:
    """N opens the first open item, A confirms and moves on, X rejects, U takes the last decision back."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url, ann, tmp = server
    browser.get(url)
    body = lambda d: d.find_element(By.TAG_NAME, "body").text  # noqa: E731
    try:
        WebDriverWait(browser, 60).until(lambda d: "Overzicht" in body(d))
        _press(browser, "n")
        WebDriverWait(browser, 40).until(lambda d: "Gesprek Femke zonder PO" in body(d))
        _press(browser, "a")
        assert [(r.finding_id, r.decision) for r in _records_when(ann, 1)] == [("o1", "confirm")]
        WebDriverWait(browser, 30).until(lambda d: "Gesprek F. zonder PO" in body(d))  # moved on by itself
        _press(browser, "x")
        assert [(r.finding_id, r.decision) for r in _records_when(ann, 2)][1] == ("o2", "reject")
        WebDriverWait(browser, 30).until(lambda d: "Daarna F. apart genomen" in body(d))
        _press(browser, "u")  # undo the reject: a new record, and o2 is shown again
        WebDriverWait(browser, 30).until(lambda d: "Ongedaan gemaakt" in body(d))
        from audit.review import AnnotationLog

        state = AnnotationLog(ann).replay(DID)
        assert [(r.finding_id, r.decision) for r in state.records] == [("o1", "confirm")]
        assert [(u.decision, t.finding_id, t.decision) for u, t in state.undone] == [("undo", "o2", "reject")]
        from audit.review.log import log_name

        assert len((ann / log_name(DID)).read_text("utf-8").splitlines()) == 3  # appended, nothing rewritten
        WebDriverWait(browser, 30).until(lambda d: "Gesprek F. zonder PO" in body(d))
        browser.save_screenshot(str(tmp / "keyboard.png"))
    except Exception:
        browser.save_screenshot(str(tmp / "failure.png"))
        raise
