"""Time from launching the app to its first window on screen: the bundle against the source.

    .venv/bin/python packaging/startup_time.py dist/fieldapp/fieldapp [--runs 5]

On a virtual X screen (Xvfb), each command is started over an existing store and timed until
its window is mapped and visible (``xdotool search --onlyvisible``, asked every 10 ms), as a
person sees it. "Cold" is the first start after the kernel's page cache is dropped (as after a reboot;
needs root, otherwise said so and the figure is warm); "warm" is the median of the next
starts. Both commands are timed in the same run, side by side.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TITLE = "Field Office Data Collection"


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    search = ["xdotool", "search", "--onlyvisible", "--name", TITLE]
    try:
        # xdotool's own --sync waits in steps of half a second: ask every 10 ms instead
        while subprocess.run(search, env=env, capture_output=True).returncode != 0:
            if time.perf_counter() - started > 60 or app.poll() is not None:
                app.kill()
                problem = app.stderr.read().decode() if app.stderr else ""
                raise SystemExit(f"no window from {command}: {problem}")
            time.sleep(0.01)
        return time.perf_counter() - started
    finally:
        app.terminate()
        app.wait(timeout=20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("bundle", type=Path, help="the bundle's executable")
    parser.add_argument("--runs", type=int, default=5, help="warm starts per command")
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"startup time not measured: {tool} is missing (apt-get install xvfb xdotool)")
            return 0
    read, write = os.pipe()  # Xvfb picks a free display and writes its number here
    screen = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write,),
    )
    os.close(write)
    with os.fdopen(read) as answer:
        display = ":" + answer.readline().strip()  # empty if Xvfb failed to start
    if display == ":":
        screen.wait()
        print("startup time not measured: Xvfb did not start")
        return 1
    work = Path(tempfile.mkdtemp(prefix="fieldapp-start-"))
    try:
        env = {**os.environ, "DISPLAY": display, "FIELDAPP_PASSPHRASE": "start-up timing only 1"}
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("WAYLAND_DISPLAY", None)
        data = work / "store"
        subprocess.run(
            [
                str(args.bundle),
                "init",
                "--office",
                "Timing",
                "--country",
                "MAR",
                "--data-dir",
                str(data),
            ],
            env=env,
            check=True,
            capture_output=True,
        )
        commands = {
            "bundle": [str(args.bundle.resolve()), "--data-dir", str(data)],
            "source": [sys.executable, "-m", "fieldapp", "--data-dir", str(data)],
        }
        results = {}
        for name, command in commands.items():
            cold_ok = drop_caches()
            cold = time_to_window(command, env)
            warm = statistics.median(time_to_window(command, env) for _ in range(args.runs))
            results[name] = (cold, warm)
            kind = "cold" if cold_ok else "first (page cache could not be dropped)"
            print(
                f"{name}: {kind} start to first window {cold:.2f} s; warm median of {args.runs} {warm:.2f} s"
            )
        (bcold, bwarm), (scold, swarm) = results["bundle"], results["source"]
        print(f"bundle / source: cold {bcold / scold:.2f}, warm {bwarm / swarm:.2f}")
    finally:
        screen.terminate()
        screen.wait()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
