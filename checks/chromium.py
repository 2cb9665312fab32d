"""Headless Debian Chromium for the checkers, through Selenium: one way to start it."""
from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def start(*arguments, performance_log=False, prefs=None, page_load_strategy=None):
    """A headless Chromium with `arguments` besides the usual ones; `performance_log` keeps the
    DevTools events (requests, their sizes) for driver.get_log("performance")."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", *arguments):
        options.add_argument(argument)
    if performance_log:
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    if prefs:
        options.add_experimental_option("prefs", prefs)
    if page_load_strategy:
        options.page_load_strategy = page_load_strategy
    # The explicit driver path keeps Selenium Manager from trying to download a driver.
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
