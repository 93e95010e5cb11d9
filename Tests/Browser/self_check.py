#!/usr/bin/env python3
"""The self-check page in a real browser.

Starts `partner-audit serve --port 0` on loopback, drives headless Chromium through the
page as a partner would, and checks what the page says:
  1. opens /, uploads a sample dossier with its attachments (a ZIP bundle), submits,
     and reads the verdict on the page;
  2. switches the page to Russian and reads the Russian verdict;
  3. uploads a broken dossier and reads its error line.
With SCREENSHOTS=DIR it saves screenshots of the form and of the reports there.
Exit status 0 when every step passed. Prints "N passed, N failed" at the end.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import Select, WebDriverWait

REPOSITORY = Path(__file__).resolve().parents[2]
SAMPLES = REPOSITORY / "Samples"
AS_OF = "2026-11-24"


def executable() -> Path:
    """The built command-line tool (`swift build` first)."""
    found = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=REPOSITORY, capture_output=True, text=True, check=True
    ).stdout.strip()
    return Path(found) / "partner-audit"


def start_server() -> tuple[subprocess.Popen, str]:
    """The server on a free loopback port, and its base URL once it is listening."""
    server = subprocess.Popen(
        [str(executable()), "serve", "--host", "127.0.0.1", "--port", "0"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    for line in server.stderr:
        match = re.search(r"listening on (http://\S+)", line)
        if match:
            return server, match.group(1)
    raise RuntimeError("the server stopped before listening")


def bundle(dossier: str, folder: Path) -> Path:
    """A ZIP of the sample `dossier` and every attachment file beside it."""
    path = folder / dossier.replace(".xml", ".zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(SAMPLES / dossier, dossier)
        for file in sorted((SAMPLES / "attachments").rglob("*")):
            if file.is_file():
                archive.write(file, file.relative_to(SAMPLES).as_posix())
    return path


def browser() -> webdriver.Chrome:
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600"]:
        options.add_argument(argument)
    binary = shutil.which("chromium")
    if binary:
        options.binary_location = binary
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(driver), options=options)


class Steps:
    def __init__(self, driver, base: str, shots: Path | None):
        self.driver, self.base, self.shots = driver, base, shots
        self.passed, self.failed = 0, 0

    def check(self, name: str, condition: bool, detail: str = "") -> None:
        if condition:
            self.passed += 1
            print(f"ok: {name}")
        else:
            self.failed += 1
            print(f"FAILED: {name} {detail}")

    def shot(self, name: str) -> None:
        if self.shots:
            self.driver.save_screenshot(str(self.shots / name))

    def submit(self, lang: str | None, **files: Path) -> str:
        """Fills the form at / in `lang` (or the page already open) with `files` (field id → path),
        submits, and returns the verdict text."""
        if lang:
            self.driver.get(f"{self.base}/?lang={lang}")
        WebDriverWait(self.driver, 10).until(ready.presence_of_element_located((By.ID, "dossier")))
        for field, path in files.items():
            self.driver.find_element(By.ID, field).send_keys(str(path))
        date = self.driver.find_element(By.ID, "asOf")
        self.driver.execute_script("arguments[0].value = arguments[1]", date, AS_OF)
        self.driver.find_element(By.ID, "check").click()
        WebDriverWait(self.driver, 20).until(
            lambda d: d.find_elements(By.ID, "verdict") or d.find_elements(By.ID, "errors"))
        found = self.driver.find_elements(By.ID, "verdict") or self.driver.find_elements(By.ID, "errors")
        return found[0].text


def stop(driver, server: subprocess.Popen, steps: Steps, scratch: Path) -> None:
    """Closes the browser, stops the server with SIGTERM (a step: it must exit 0) and removes the scratch folder."""
    driver.quit()
    server.send_signal(signal.SIGTERM)
    status = server.wait(timeout=30)
    steps.check("the server stops gracefully on SIGTERM", status == 0, f"exit {status}")
    shutil.rmtree(scratch, ignore_errors=True)


def summary(steps: Steps) -> int:
    """Prints "N passed, N failed" and gives the exit status."""
    print(f"{steps.passed} passed, {steps.failed} failed")
    return 0 if steps.failed == 0 else 1


def main() -> int:
    shots = Path(os.environ["SCREENSHOTS"]) if os.environ.get("SCREENSHOTS") else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="self-check-"))
    server, base = start_server()
    driver = browser()
    steps = Steps(driver, base, shots)
    try:
        driver.get(f"{base}/?lang=en")
        steps.check("the form is served", "partner" in driver.title.lower() or driver.find_elements(By.ID, "dossier"))
        steps.shot("self-check-form.png")

        verdict = steps.submit("en", bundle=bundle("preferred-borei.xml", scratch))
        steps.check("a sample's verdict is on the page", "Preferred" in verdict and "eligible" in verdict.lower(), verdict)
        steps.shot("self-check-report.png")

        driver.get(f"{base}/?lang=en")
        driver.find_element(By.ID, "lang-ru").click()
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru")
        steps.check("the page switches to Russian", "Досье" in driver.page_source or "досье" in driver.page_source)
        verdict = steps.submit(None, bundle=bundle("fail-insufficient-kovacs.xml", scratch))
        steps.check("the verdict in Russian", "Certified" not in verdict and re.search("[а-яА-Я]", verdict), verdict)
        steps.shot("self-check-report.ru.png")

        broken = steps.submit("en", dossier=SAMPLES / "broken-truncated.xml")
        steps.check("a broken dossier's error line is shown", "line 19" in broken or "19:" in broken, broken)
        steps.shot("self-check-broken.png")
    finally:
        stop(driver, server, steps, scratch)
    return summary(steps)


if __name__ == "__main__":
    sys.exit(main())
