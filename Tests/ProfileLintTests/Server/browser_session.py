#!/usr/bin/env python3
"""Drives `profilelint serve` in Debian's chromium through chromium-driver (Selenium), as an employee and as HR.

Usage: browser_session.py PORT UPLOAD OUTPUT_DIR HR_PASSWORD EMPLOYEE_ID
Writes OUTPUT_DIR/result.json (what the pages showed) and two screenshots; the Swift test checks them.
"""
import json
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

port, upload, out, password, employee = sys.argv[1:6]
base = f"http://127.0.0.1:{port}"
options = Options()
for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1100", "--lang=nl-BE"]:
    options.add_argument(argument)
options.add_experimental_option("prefs", {"intl.accept_languages": "nl-BE,nl"})
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
if os.environ.get("PROFILELINT_CHROMIUM"):
    options.binary_location = os.environ["PROFILELINT_CHROMIUM"]
driver_path = os.environ.get("PROFILELINT_CHROMEDRIVER") or "/usr/bin/chromedriver"
driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
result = {}
try:
    wait = WebDriverWait(driver, 30)
    driver.get(base + "/")
    result["lang"] = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
    result["title"] = driver.title
    driver.find_element(By.ID, "profile").send_keys(upload)
    driver.find_element(By.CSS_SELECTOR, "form.upload button").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "section.score")))
    result["score"] = driver.find_element(By.CSS_SELECTOR, "section.score").text
    result["suggestions"] = [item.text for item in driver.find_elements(By.CSS_SELECTOR, "ol.suggestions li")]
    result["headings"] = [item.text for item in driver.find_elements(By.TAG_NAME, "h2")]
    driver.save_screenshot(os.path.join(out, "employee.png"))
    share = driver.find_elements(By.CSS_SELECTOR, "form.share")
    result["share_form"] = len(share) > 0
    if share:
        driver.find_element(By.ID, "identity").send_keys(employee)
        driver.find_element(By.CSS_SELECTOR, "form.share button").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".shared")))
        result["shared"] = driver.find_element(By.CSS_SELECTOR, ".shared").text
    driver.get(base + "/hr")
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form.login button").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "form.logout")))
    result["dashboard"] = driver.find_element(By.CSS_SELECTOR, "nav.pl-hr-bar").text
    result["dashboard_text"] = driver.find_element(By.TAG_NAME, "main").text
    driver.save_screenshot(os.path.join(out, "hr.png"))
    driver.find_element(By.CSS_SELECTOR, "form.logout button").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "form.login")))
    result["after_logout"] = driver.find_element(By.TAG_NAME, "h1").text
    result["console"] = [entry["message"] for entry in driver.get_log("browser") if entry.get("level") in ("SEVERE", "WARNING")]
finally:
    driver.quit()
with open(os.path.join(out, "result.json"), "w", encoding="utf-8") as handle:
    json.dump(result, handle, ensure_ascii=False, indent=1)
