"""The review page in a real browser: headless Chromium, driven through chromedriver.

Needs Debian's ``chromium`` and ``chromium-driver`` and the ``browser`` extra
(Selenium).  Without them the tests are skipped here, but fail in CI, where
``.ci/run`` installs them.  ``NEWSCLEAN_SCREENSHOT=docs/review.png`` also saves a
screenshot of a seed's page with a mark's details open.
"""

import os
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS

import newsclean
from newsclean.cli import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
HOSTILE = (
    "Storm hits the coast\n\n"
    "<script>document.title='pwned'</script>\n\n"
    "The storm hit the coast at dawn, and people were told to stay at home until the evening.\n"
    "</textarea></pre><img src=x onerror=\"document.title='pwned'\"> and <b>bold</b> &amp; more.\n"
)


def _missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "Selenium is not installed: pip install -e '.[browser]'"
    if not (CHROMIUM and DRIVER):
        return "Chromium and chromedriver are not installed: apt-get install chromium chromium-driver"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    reason = _missing()
    if reason:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"the browser test must run in CI: {reason}")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    yield driver
    driver.quit()


def _open(driver, page: Path) -> None:
    driver.get_log("browser")  # drop what an earlier page logged
    driver.get(page.as_uri())
    assert driver.execute_script("return document.readyState") == "complete"


def _errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def _hover(driver, element) -> str:
    from selenium.webdriver.common.action_chains import ActionChains

    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    ActionChains(driver).move_to_element(element).perform()
    tip = driver.find_element("id", "tip")
    assert tip.is_displayed()
    return tip.text


def test_a_seed_page_shows_every_change_and_its_details(browser, tmp_path):
    seed = SEEDS[3]
    assert main(["--format", "html", "--out", str(tmp_path), str(seed)]) == 0
    doc = newsclean.clean_file(seed)
    _open(browser, tmp_path / f"{seed.stem}.html")

    marks = browser.find_elements("css selector", "#raw .m[id]")
    assert len(marks) == len(doc.edits) + len(doc.removed)
    note = next(m for m in marks if m.get_attribute("data-into") == "footnotes")
    shown = _hover(browser, note)
    assert "footnotes" in shown and "removal into footnotes" in shown and "raw " in shown

    # Keyboard users get the same details on focus.
    edit = next(m for m in marks if m.get_attribute("data-c") == "double_spacing")
    browser.execute_script("arguments[0].focus()", edit)
    assert "double_spacing edit" in browser.find_element("id", "tip").text

    # The legend hides a cleaner's marks and shows them again.
    colour = note.get_attribute("class").split()[1]
    button = browser.find_element("css selector", f'nav.legend button[data-cls="{colour}"]')
    background = note.value_of_css_property("background-color")
    button.click()
    assert button.get_attribute("aria-pressed") == "false"
    assert note.value_of_css_property("background-color") == "rgba(0, 0, 0, 0)"
    button.click()
    assert note.value_of_css_property("background-color") == background

    # A metadata value links to the raw text it was read from.
    browser.find_element("css selector", "dd.title a").click()
    target = browser.find_element("css selector", ":target")
    assert target.get_attribute("data-into") == "title" and target.is_displayed()

    if os.environ.get("NEWSCLEAN_SCREENSHOT"):
        _screenshot(browser, tmp_path, Path(os.environ["NEWSCLEAN_SCREENSHOT"]))
    assert _errors(browser) == []


def test_hostile_text_is_shown_and_never_runs(browser, tmp_path):
    doc = newsclean.clean(HOSTILE)
    page = tmp_path / "hostile.html"
    page.write_text(doc.to_html(HOSTILE), encoding="utf-8")
    _open(browser, page)

    assert "pwned" not in browser.title and browser.title.startswith("Review: ")
    raw = browser.find_element("id", "raw").text
    assert "<script>document.title='pwned'</script>" in raw
    assert "</textarea></pre><img src=x" in raw and "&amp; more" in raw
    assert browser.find_elements("css selector", "img, b, textarea") == []
    assert browser.execute_script("return document.scripts.length") == 1
    assert _errors(browser) == []


def _screenshot(driver, tmp_path: Path, target: Path) -> None:
    """The page of seed 000 with a mark's details open, for the README."""
    seed = SEEDS[0]
    assert main(["--format", "html", "--out", str(tmp_path), os.path.relpath(seed)]) == 0
    _open(driver, tmp_path / f"{seed.stem}.html")
    _hover(driver, driver.find_element("css selector", '#raw .m[data-c="dropcaps"]'))
    target.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(target))
