#!/usr/bin/env python3
"""End-to-end test of the team server in a real headless Chromium (Debian's chromium and
chromium-driver, driven by selenium; nothing is downloaded at run time).

A monitor signs in, opens Khabar's evening of 2012-01-11, plays the sample recording, marks an
item's start and end from the playhead, measures a subject's seconds from in/out marks and codes
the item with the keyboard only; the analyst's dashboard, open meanwhile, updates by itself.

usage: coding_station.py URL MONITOR PASSWORD ANALYST PASSWORD SCREENSHOT_DIR
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
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

URL, MONITOR, MONITOR_PASSWORD, ANALYST, ANALYST_PASSWORD, SHOTS = sys.argv[1:7]


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
    return WebDriverWait(driver, seconds, poll_frequency=0.1).until(condition)


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

        step("[ and ] set start and end from the playhead")
        keys(monitor, "[")
        time.sleep(1.2)
        keys(monitor, "]")
        mark_start = monitor.find_element(By.ID, "mark-start").text
        mark_end = monitor.find_element(By.ID, "mark-end").text
        assert "22:0" in mark_start and "22:0" in mark_end, (mark_start, mark_end)

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
