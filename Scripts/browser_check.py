#!/usr/bin/env python3
"""Loads an HTML file in headless Chromium and reports what the page did, as one JSON object on stdout.

Usage: browser_check.py PAGE.html SCREENSHOT.png [--width 1280] [--height 900] [--timeout 60]

Chromium is driven through the Chrome DevTools Protocol over --remote-debugging-pipe (file descriptors 3 and 4,
NUL-terminated JSON messages), so no port is opened. The script attaches to a fresh page with the Runtime, Log,
Network and Page domains enabled before navigating, waits for the load event and then one second more for late
events, and captures the viewport as PNG.

Reported (JSON): loaded (the load event fired), console_errors (console.error/assert calls, uncaught
exceptions, and Log entries of level error, which is where Chromium reports Content-Security-Policy
violations and failed loads), requests (every URL the page requested other than the page itself, including
requests the CSP blocked), screenshot and screenshot_bytes.
Exit status: 0 when the page loaded with no console error and no request, 1 when it did not, 2 when Chromium
cannot be found or does not answer. Standard library only.
"""

import argparse
import base64
import fcntl
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


class DevTools:
    """One CDP connection over the pipe: send commands, collect events until a reply arrives."""

    def __init__(self, process, write_fd, read_fd):
        self.process = process
        self.write_fd = write_fd
        self.read_fd = read_fd
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.write_fd, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self.receive(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def receive(self, deadline):
        while b"\0" not in self.buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self.read_fd, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        message = json.loads(raw)
        if "method" in message:
            self.events.append(message)
        return message

    def wait_for(self, method, timeout):
        deadline = time.monotonic() + timeout
        while not any(event["method"] == method for event in self.events):
            self.receive(deadline)

    def drain(self, seconds):
        """Collects the events that arrive within `seconds`, using a harmless command as a clock."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.send("Browser.getVersion")
            time.sleep(0.1)


def launch(chromium, profile, width, height):
    to_chrome_read, to_chrome_write = os.pipe()
    from_chrome_read, from_chrome_write = os.pipe()

    def wire_fds():
        # Chromium reads commands from fd 3 and writes to fd 4. Copy both ends above 4 first, so that placing
        # one cannot overwrite the other; subprocess closes every other descriptor after this runs.
        reading = fcntl.fcntl(to_chrome_read, fcntl.F_DUPFD, 10)
        writing = fcntl.fcntl(from_chrome_write, fcntl.F_DUPFD, 10)
        os.dup2(reading, 3)
        os.dup2(writing, 4)

    arguments = [
        chromium, "--headless", "--no-sandbox", "--remote-debugging-pipe", "--disable-gpu",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
        "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
        "--mute-audio", f"--user-data-dir={profile}", f"--window-size={width},{height}", "about:blank",
    ]
    process = subprocess.Popen(
        arguments, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=wire_fds, pass_fds=(3, 4))
    os.close(to_chrome_read)
    os.close(from_chrome_write)
    return process, DevTools(process, to_chrome_write, from_chrome_read)


def console_errors(events):
    errors = []
    for event in events:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            errors.append(" ".join(str(arg.get("value", arg.get("description", ""))) for arg in params["args"]))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            errors.append(details.get("exception", {}).get("description") or details.get("text", "exception"))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            errors.append(f"{entry.get('source')}: {entry.get('text')} {entry.get('url', '')}".strip())
    return errors


def requests(events, page_url):
    """Every URL requested other than the page's, in order; a request the CSP blocked is still announced."""
    urls = []
    for event in events:
        if event["method"] == "Network.requestWillBeSent":
            url = event["params"]["request"]["url"]
            if url != page_url and url not in urls:
                urls.append(url)
    return urls


def check(chromium, page, screenshot, width, height, timeout):
    page_url = pathlib.Path(page).resolve().as_uri()
    with tempfile.TemporaryDirectory(prefix="crosstalk-chromium-") as profile:
        process, tools = launch(chromium, profile, width, height)
        try:
            target = tools.send("Target.createTarget", {"url": "about:blank"}, timeout=timeout)["targetId"]
            session = tools.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for domain in ("Runtime", "Log", "Network", "Page"):
                tools.send(f"{domain}.enable", session=session)
            tools.send(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session=session)
            tools.events.clear()
            tools.send("Page.navigate", {"url": page_url}, session=session)
            loaded = True
            try:
                tools.wait_for("Page.loadEventFired", timeout)
            except TimeoutError:
                loaded = False
            tools.drain(1.0)
            shot = tools.send("Page.captureScreenshot", {"format": "png"}, session=session, timeout=timeout)
            data = base64.b64decode(shot["data"])
            pathlib.Path(screenshot).write_bytes(data)
            tools.send("Browser.close")
        finally:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    return {
        "loaded": loaded,
        "console_errors": console_errors(tools.events),
        "requests": requests(tools.events, page_url),
        "screenshot": str(screenshot),
        "screenshot_bytes": len(data),
    }


def main():
    parser = argparse.ArgumentParser(description="Load a page in headless Chromium and report what it did.")
    parser.add_argument("page")
    parser.add_argument("screenshot")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--timeout", type=float, default=60)
    options = parser.parse_args()
    chromium = find_chromium()
    if chromium is None:
        print(json.dumps({"error": "chromium not found (apt-get install chromium)"}))
        return 2
    try:
        result = check(chromium, options.page, options.screenshot, options.width, options.height, options.timeout)
    except (RuntimeError, TimeoutError, OSError) as error:
        print(json.dumps({"error": f"{type(error).__name__}: {error}"}))
        return 2
    print(json.dumps(result, indent=1))
    clean = result["loaded"] and not result["console_errors"] and not result["requests"]
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
