#!/usr/bin/env python3
"""Managers' review in a real browser.

Creates a manager with `partner-audit user add --password-stdin` in a fresh history (an
SQLite file; with REVIEW_DATABASE=URL, that store instead, which must be empty),
records an earlier audit of one sample from the command line (so that its timeline has
two records), starts `partner-audit serve --port 0 --database …` on loopback, and drives
headless Chromium as a partner and as a manager would:
  1. a partner uploads a sample that falls short of its tier and submits it for review
     from the self-check page; the status page says pending;
  2. a manager signs in, finds the application in the queue, opens it and rejects it
     with a comment; the partner's status page shows the rejection and the comment;
  3. a second partner's application is approved; the board shows that partner at the
     tier, and its timeline lists both records.
With SCREENSHOTS=DIR it saves screenshots of the board, a timeline and the status pages.
Exit status 0 when every step passed. Prints "N passed, N failed" at the end.
"""

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.dont_write_bytecode = True  # nothing written into the checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))
from self_check import AS_OF, SAMPLES, Steps, browser, bundle, executable, stop, summary  # noqa: E402

MANAGER, PASSWORD = "olga", "correct horse battery staple"
REJECTED = ("fail-insufficient-kovacs.xml", "certified")
APPROVED = ("preferred-borei.xml", "preferred", "KP-001377")
COMMENT = "Retail volume is short of the Certified threshold; send the Q4 figures."


def tool(database: str, *arguments: str, stdin: str | None = None, statuses: tuple[int, ...] = (0,)) -> None:
    """Runs the command-line tool on the test's history; fails the test when it exits otherwise than `statuses` allow."""
    status = subprocess.run(
        [str(executable()), *arguments, "--database", database], input=stdin, text=True, stdout=subprocess.DEVNULL,
        env={**os.environ, "USER": MANAGER},
    ).returncode
    if status not in statuses:
        raise RuntimeError(f"partner-audit {' '.join(arguments)} exited {status}")


def start_server(database: str) -> tuple[subprocess.Popen, str]:
    """The server with the history on, on a free loopback port, and its base URL once it listens."""
    server = subprocess.Popen(
        [str(executable()), "serve", "--host", "127.0.0.1", "--port", "0", "--database", database],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    for line in server.stderr:
        match = re.search(r"listening on (http://\S+)", line)
        if match:
            return server, match.group(1)
    raise RuntimeError("the server stopped before listening")


class Review(Steps):
    def wait(self, condition, seconds: int = 20):
        return WebDriverWait(self.driver, seconds).until(condition)

    def submit_for_review(self, sample: str, tier: str, scratch: Path) -> str:
        """Submits `sample` (a bundle with its attachments) for `tier` from /, and returns the status page's address."""
        self.driver.get(f"{self.base}/?lang=en")
        self.wait(lambda d: d.find_elements(By.ID, "submit-review"))
        self.driver.find_element(By.ID, "bundle").send_keys(str(bundle(sample, scratch)))
        Select(self.driver.find_element(By.ID, "tier")).select_by_value(tier)
        self.driver.execute_script("arguments[0].value = arguments[1]", self.driver.find_element(By.ID, "asOf"), AS_OF)
        self.driver.find_element(By.ID, "submit-review").click()
        self.wait(lambda d: d.find_elements(By.ID, "application"))
        return self.driver.current_url

    def status(self, address: str) -> tuple[str, str]:
        """The status and the manager's comment the partner's page shows."""
        self.driver.get(address)
        section = self.wait(lambda d: d.find_element(By.ID, "application"))
        comments = self.driver.find_elements(By.ID, "comment")
        return section.get_attribute("data-status"), comments[0].text if comments else ""

    def log_in(self) -> None:
        self.driver.get(f"{self.base}/login?lang=en")
        self.wait(lambda d: d.find_elements(By.NAME, "username"))
        self.driver.find_element(By.NAME, "username").send_keys(MANAGER)
        password = self.driver.find_element(By.NAME, "password")
        password.send_keys(PASSWORD)
        password.submit()
        self.wait(lambda d: "/login" not in d.current_url)

    def decide(self, application_id: str, decision: str, comment: str) -> bool:
        """Finds the application in the queue, opens it and decides it; whether the queue listed it."""
        self.driver.get(f"{self.base}/manage/applications?status=pending&lang=en")
        links = self.wait(lambda d: d.find_elements(By.CSS_SELECTOR, f"a[href*='/manage/applications/{application_id}']") or [None])
        if links[0] is None:
            return False
        links[0].click()
        field = self.wait(lambda d: d.find_element(By.NAME, "comment"))
        field.send_keys(comment)
        self.driver.find_element(By.CSS_SELECTOR, f"[name='decision'][value='{decision}']").click()
        field.find_element(By.XPATH, "ancestor::form//button[@type='submit']").click()
        self.wait(lambda d: d.find_elements(By.ID, "decided-at"))
        return True


def application_id(address: str) -> str:
    match = re.search(r"/applications/([0-9a-f]{32})\?", address)
    return match.group(1) if match else ""


def main() -> int:
    shots = Path(os.environ["SCREENSHOTS"]) if os.environ.get("SCREENSHOTS") else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="review-"))
    database = os.environ.get("REVIEW_DATABASE") or f"sqlite:{scratch / 'history.sqlite'}"
    tool(database, "user", "add", MANAGER, "--password-stdin", stdin=PASSWORD + "\n")
    # An earlier audit, for the timeline: whatever its verdict (exit 1 when not eligible then).
    tool(database, "check", str(SAMPLES / APPROVED[0]), "--record", "--as-of", "2026-06-30", statuses=(0, 1))
    server, base = start_server(database)
    driver = browser()
    steps = Review(driver, base, shots)
    try:
        rejected = steps.submit_for_review(REJECTED[0], REJECTED[1], scratch)
        status, _ = steps.status(rejected)
        steps.check("the partner's application is pending", status == "pending" and application_id(rejected), rejected)

        steps.log_in()
        steps.check("the manager is signed in", "/manage" in driver.current_url, driver.current_url)
        steps.check("the application is in the queue", steps.decide(application_id(rejected), "reject", COMMENT))
        status, comment = steps.status(rejected)
        steps.check("the partner sees the rejection", status == "rejected", status)
        steps.check("the partner sees the comment", comment == COMMENT, comment)
        steps.shot("application-rejected.png")

        approved = steps.submit_for_review(APPROVED[0], APPROVED[1], scratch)
        steps.check("the second application is in the queue", steps.decide(application_id(approved), "approve", "Welcome aboard."))
        status, _ = steps.status(approved)
        steps.check("the partner sees the approval", status == "approved", status)

        driver.set_window_size(1280, 720)
        driver.get(f"{base}/manage?lang=en")
        row = steps.wait(lambda d: d.find_element(By.XPATH, f"//tr[.//a[contains(@href, '/manage/partners/{APPROVED[2]}')]]"))
        steps.check("the board shows the partner at the tier", "Preferred" in row.text, row.text)
        steps.shot("manage-board.png")

        row.find_element(By.CSS_SELECTOR, f"a[href*='/manage/partners/{APPROVED[2]}']").click()
        steps.wait(lambda d: f"/manage/partners/{APPROVED[2]}" in d.current_url)
        records = driver.find_elements(By.CSS_SELECTOR, "a[href*='/manage/records/']")
        steps.check("the timeline lists both records", len(records) >= 2, f"{len(records)} record links")
        steps.shot("manage-timeline.png")
    finally:
        stop(driver, server, steps, scratch)
    return summary(steps)


if __name__ == "__main__":
    sys.exit(main())
