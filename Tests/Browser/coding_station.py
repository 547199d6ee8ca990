#!/usr/bin/env python3
"""End-to-end test of the team server in a real headless Chromium (Debian's chromium and
chromium-driver, driven by selenium; nothing is downloaded at run time).

A monitor signs in, opens Khabar's evening of 2012-01-11, plays the sample recording, measures a
subject's seconds from in/out marks and codes the item with the keyboard only, then moves the
item's end to the playhead with ]; the analyst's dashboard, open meanwhile, updates by itself.
Then the admin amends the codebook from the browser, adding a variable, and the monitor's form
shows it without a restart.

usage: coding_station.py URL MONITOR PASSWORD ANALYST PASSWORD SCREENSHOT_DIR ADMIN PASSWORD
Exit status 0 when every step passed; on a failure, screenshots of both browsers are saved.
"""
import os
import sys
import time

# Never fetch a browser or driver: Debian's are given by path below.
os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

URL, MONITOR, MONITOR_PASSWORD, ANALYST, ANALYST_PASSWORD, SHOTS, ADMIN, ADMIN_PASSWORD = sys.argv[1:9]
CODEBOOK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Codebooks", "kz-2012-majilis.yaml")

# The variable the admin adds: the monitor's form must show it after the amend.
NEW_VARIABLE = """variables:
  - id: format
    of: coding
    level: nominal
    required: false
    name: {en: Format, ru: Формат, kk: Формат}
    categories:
      - {id: studio, key: t, name: {en: In the studio, ru: В студии, kk: Студияда}}
      - {id: report, key: r, name: {en: Field report, ru: Репортаж, kk: Репортаж}}
"""


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--mute-audio",
                     "--autoplay-policy=no-user-gesture-required", "--window-size=1400,1000", "--lang=en"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)


def step(name):
    print(f"browser test: {name}", flush=True)


def sign_in(driver, user, password):
    driver.get(URL + "login")
    driver.find_element(By.ID, "user").send_keys(user)
    driver.find_element(By.ID, "password").send_keys(password + Keys.ENTER)


def keys(driver, text):
    """Keys typed at the page itself, as a monitor with the mouse put away types them."""
    webdriver.ActionChains(driver).send_keys(text).perform()


def wait(driver, condition, seconds=20):
    # Pages redraw parts of themselves (the marks, the queue): an element found a moment ago may be gone.
    return WebDriverWait(driver, seconds, poll_frequency=0.1, ignored_exceptions=[StaleElementReferenceException]).until(condition)


def open_evening_news(driver):
    """Clicks the 22:00 entry of the queue once it is there (the queue may still be redrawn)."""
    entry = next((li for li in driver.find_elements(By.CSS_SELECTOR, "#queue li") if li.text.strip().startswith("22:0")), None)
    if entry is None:
        return False
    entry.click()
    return True


def main():
    analyst = browser()
    monitor = browser()
    try:
        step("the analyst opens the dashboard")
        sign_in(analyst, ANALYST, ANALYST_PASSWORD)
        wait(analyst, EC.url_contains("/dashboard"))
        wait(analyst, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true", 60)
        wait(analyst, lambda d: d.find_element(By.ID, "live").get_attribute("data-connected") == "true")
        updates_before = int(analyst.find_element(By.ID, "live").get_attribute("data-updates"))

        step("a wrong password is refused")
        sign_in(monitor, MONITOR, "not the password")
        wait(monitor, lambda d: d.find_element(By.ID, "message").text != "")

        step("the monitor signs in and opens Khabar on 2012-01-11")
        sign_in(monitor, MONITOR, MONITOR_PASSWORD)
        wait(monitor, EC.url_contains("/code"))
        monitor.get(URL + "code?outlet=khabar&date=2012-01-11")
        wait(monitor, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#queue li")) > 0, 30)
        # The evening news at 22:00, which the sample recording covers.
        entry = wait(monitor, lambda d: next((li for li in d.find_elements(By.CSS_SELECTOR, "#queue li")
                                              if li.text.strip().startswith("22:0")), False))
        entry.click()
        wait(monitor, lambda d: d.find_element(By.ID, "player").get_attribute("src").endswith("/media/khabar/2012-01-11T2200.ogg"))
        wait(monitor, lambda d: d.execute_script("return document.getElementById('player').readyState") >= 1)
        # Keys go to the page, not to a field (a click could land on a cue and seek).
        monitor.execute_script("document.activeElement && document.activeElement.blur()")

        step("Space plays the recording")
        start = monitor.execute_script("return document.getElementById('player').currentTime")
        keys(monitor, " ")
        wait(monitor, lambda d: d.execute_script("return document.getElementById('player').currentTime") > start + 1.0)

        step("{ and } measure the subject's seconds while it plays")
        keys(monitor, "{")
        time.sleep(2.0)
        keys(monitor, "}")
        amount = float(wait(monitor, lambda d: d.find_element(By.ID, "amount").get_attribute("value") or False))
        assert 1.0 <= amount <= 6.0, f"measured {amount} s for a 2 s span"

        step("the form is coded from the keyboard: s subject, tone key, Enter")
        keys(monitor, "s")
        wait(monitor, lambda d: d.switch_to.active_element.get_attribute("id") == "subject")
        keys(monitor, "nur-otan" + Keys.ESCAPE)
        keys(monitor, "-")
        checked = monitor.find_element(By.CSS_SELECTOR, "input[name=var-tone][value=negative]").is_selected()
        assert checked, "the tone key '-' did not pick negative"
        keys(monitor, Keys.ENTER)
        wait(monitor, lambda d: d.find_element(By.CSS_SELECTOR, "#mine tr[data-subject=nur-otan]"))
        assert monitor.find_element(By.ID, "status").get_attribute("class") == "ok", monitor.find_element(By.ID, "status").text

        step("the analyst's dashboard updated by itself")
        began = time.time()
        wait(analyst, lambda d: int(d.find_element(By.ID, "live").get_attribute("data-updates")) > updates_before, 10)
        print(f"browser test: dashboard updated {time.time() - began:.2f} s after the save was confirmed", flush=True)
        progress = analyst.find_element(By.ID, "progress").text
        assert MONITOR in progress, progress

        step("] moves the item's end to the playhead")
        end_before = monitor.find_element(By.ID, "mark-end").text
        # After a save the subject field has the focus: Escape leaves it, then 10 s forward.
        keys(monitor, Keys.ESCAPE)
        keys(monitor, "..")
        time.sleep(0.5)
        keys(monitor, "]")
        wait(monitor, lambda d: d.find_element(By.ID, "mark-end").text != end_before)
        playhead = monitor.execute_script("return document.getElementById('player').currentTime")
        moved_end = monitor.find_element(By.ID, "mark-end").text.strip("] ").strip()
        assert monitor.find_element(By.ID, "status").get_attribute("class") == "ok", monitor.find_element(By.ID, "status").text
        # The sample recording starts at 22:00:00: the new end is the playhead's clock time.
        h, m, sec = (int(x) for x in moved_end.split(":"))
        assert abs(h * 3600 + m * 60 + sec - (22 * 3600 + playhead)) <= 2, (moved_end, playhead)
        print(f"browser test: item end moved from {end_before.strip('] ')} to {moved_end}", flush=True)

        step("[ after the new end is refused, and the start stays")
        start_before = monitor.find_element(By.ID, "mark-start").text
        keys(monitor, "..")
        time.sleep(0.5)
        keys(monitor, "[")
        wait(monitor, lambda d: d.find_element(By.ID, "status").get_attribute("class") == "error")
        assert monitor.find_element(By.ID, "mark-start").text == start_before

        step("after a reload the item keeps its new end")
        monitor.refresh()
        wait(monitor, open_evening_news, 30)
        wait(monitor, lambda d: d.find_element(By.ID, "mark-end").text.strip("] ").strip() == moved_end)

        step("the admin checks and applies an amended codebook with a new variable")
        amended = os.path.join(SHOTS, "kz-amended.yaml")
        os.makedirs(SHOTS, exist_ok=True)
        with open(CODEBOOK, encoding="utf-8") as f:
            text = f.read()
        assert "\nvariables:\n" in text
        with open(amended, "w", encoding="utf-8") as f:
            f.write(text.replace("\nvariables:\n", "\n" + NEW_VARIABLE, 1))
        sign_in(analyst, ADMIN, ADMIN_PASSWORD)
        wait(analyst, EC.url_contains("/admin"))
        wait(analyst, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true", 30)
        # The file chooser, as the keyboard fills it: its path typed into the file field.
        analyst.find_element(By.ID, "codebook-file").send_keys(os.path.abspath(amended))
        wait(analyst, lambda d: d.find_element(By.CSS_SELECTOR, "#amend-result li[data-added=variables]"))
        assert "format" in analyst.find_element(By.CSS_SELECTOR, "#amend-result li[data-added=variables]").text
        apply = analyst.find_element(By.ID, "apply")
        assert apply.is_enabled()
        apply.send_keys(Keys.ENTER)
        wait(analyst, lambda d: d.find_element(By.ID, "applied"))

        step("the monitor's form shows the new variable when the next item opens, without a reload")
        keys(monitor, Keys.ESCAPE)
        keys(monitor, "p")
        # The form is redrawn as the item opens: read the field's text inside the wait.
        wait(monitor, lambda d: "Format" in d.find_element(By.CSS_SELECTOR, "fieldset[data-var=format]").text)
        step("passed")
        return 0
    except Exception:
        os.makedirs(SHOTS, exist_ok=True)
        for name, driver in [("monitor", monitor), ("analyst", analyst)]:
            try:
                driver.save_screenshot(os.path.join(SHOTS, f"{name}.png"))
            except Exception:
                pass
        print(f"browser test: failed; screenshots in {SHOTS}", flush=True)
        raise
    finally:
        monitor.quit()
        analyst.quit()


if __name__ == "__main__":
    sys.exit(main())
