"""A field link in user space: a satellite/2G link between two network namespaces.

The kernel here has no ``sch_netem``, so the link is emulated at the IP layer instead: each
namespace gets a TUN device, and this process reads the IP packets one side's kernel sends
and writes them into the other side's after the link's one-way delay, at its bandwidth (one
serialisation queue per direction, bounded, dropping at its tail like a real bottleneck),
losing a share of them at random (seeded) and every one of them while the link is down. Both
ends keep real kernel TCP: retransmits, congestion control and timeouts are the kernel's.

Run as root: ``python -m tests.link_emulator FIELD_NS HQ_NS [--rate 8000 --delay 0.3 ...]``.
It prints ``ready`` once both devices are up (FIELD_NS 10.17.0.1, HQ_NS 10.17.0.2), then reads
commands on stdin, one a line, and answers each on stdout as one JSON line:

- ``down SECONDS``: the link drops now, for SECONDS;
- ``down-after BYTES SECONDS``: it drops once BYTES more have crossed (either way);
- ``stats``: the counters (bytes and packets carried each way, lost, dropped);
- ``quit`` (or the end of stdin): stop.
"""

from __future__ import annotations

import argparse
import ctypes
import fcntl
import heapq
import json
import os
import random
import select
import struct
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field

FIELD_ADDRESS = "10.17.0.1"
HQ_ADDRESS = "10.17.0.2"
DEVICE = "fieldlink0"
TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000
CLONE_NEWNET = 0x40000000
MTU = 1500

_libc = ctypes.CDLL(None, use_errno=True)


def enter_netns(path: str) -> None:
    """Move the calling thread into the network namespace at ``path``."""
    fd = os.open(path, os.O_RDONLY)
    try:
        if _libc.setns(fd, CLONE_NEWNET) != 0:
            errno = ctypes.get_errno()
            raise OSError(errno, f"setns {path}: {os.strerror(errno)}")
    finally:
        os.close(fd)


def netns_path(name: str) -> str:
    return f"/var/run/netns/{name}"


def open_tun(netns: str) -> int:
    """A TUN device named `DEVICE` made inside ``netns``; its file stays ours after we leave."""
    home = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
    try:
        enter_netns(netns_path(netns))
        fd = os.open("/dev/net/tun", os.O_RDWR)
        fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", DEVICE.encode(), IFF_TUN | IFF_NO_PI))
    finally:
        if _libc.setns(home, CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), "setns back")
        os.close(home)
    os.set_blocking(fd, False)
    return fd


def configure(netns: str, address: str, peer: str) -> None:
    for args in (
        ["addr", "add", address, "peer", peer, "dev", DEVICE],
        ["link", "set", DEVICE, "mtu", str(MTU), "up"],
        ["link", "set", "lo", "up"],
    ):
        subprocess.run(["ip", "-n", netns, *args], check=True, capture_output=True)


@dataclass
class Counters:
    carried_bytes: int = 0  # delivered to the other side (IP packets, headers included)
    carried_packets: int = 0
    lost: int = 0  # the link's random loss
    dropped_down: int = 0  # sent while the link was down
    overflow: int = 0  # the bottleneck's queue was full


@dataclass
class Direction:
    """One way of the link: a bounded serialisation queue at ``rate`` bytes/s, then ``delay``."""

    out: int  # where its packets are written
    rate: float
    delay: float
    loss: float
    queue_bytes: int
    rng: random.Random
    busy_until: float = 0.0  # when the bottleneck has sent what it holds
    counters: Counters = field(default_factory=Counters)

    def offer(self, packet: bytes, now: float, down: bool) -> float | None:
        """When ``packet`` reaches the other end (None: it never does)."""
        if down:
            self.counters.dropped_down += 1
            return None
        if self.rng.random() < self.loss:
            self.counters.lost += 1
            return None
        backlog = max(0.0, self.busy_until - now) * self.rate
        if backlog + len(packet) > self.queue_bytes:
            self.counters.overflow += 1
            return None
        self.busy_until = max(now, self.busy_until) + len(packet) / self.rate
        return self.busy_until + self.delay


class Link:
    def __init__(self, field_fd: int, hq_fd: int, args: argparse.Namespace) -> None:
        rng = random.Random(args.seed)
        self.up = Direction(hq_fd, args.rate, args.delay, args.loss, args.queue, rng)
        self.down_dir = Direction(field_fd, args.rate, args.delay, args.loss, args.queue, rng)
        self.sources = {field_fd: self.up, hq_fd: self.down_dir}
        self.in_flight: list[tuple[float, int, int, bytes, Direction]] = []
        self.sequence = 0
        self.down_until = 0.0
        self.down_after: tuple[int, float] | None = None  # (bytes crossed, seconds)
        self.outages: list[tuple[float, float]] = []
        self.started = time.monotonic()
        self.timeline: dict[int, list[int]] = {}  # second since start → bytes carried up, down

    def is_down(self, now: float) -> bool:
        return now < self.down_until

    def carried(self) -> int:
        return self.up.counters.carried_bytes + self.down_dir.counters.carried_bytes

    def drop_for(self, seconds: float, now: float) -> None:
        self.down_until = now + seconds
        self.outages.append((now - self.started, seconds))

    def receive(self, fd: int, now: float) -> None:
        direction = self.sources[fd]
        while True:
            try:
                packet = os.read(fd, 65536)
            except BlockingIOError:
                return
            arrival = direction.offer(packet, now, self.is_down(now))
            if arrival is not None:
                self.sequence += 1
                heapq.heappush(
                    self.in_flight, (arrival, self.sequence, direction.out, packet, direction)
                )

    def deliver(self, now: float) -> None:
        while self.in_flight and self.in_flight[0][0] <= now:
            _, _, out, packet, direction = heapq.heappop(self.in_flight)
            if self.is_down(now):  # what was on the air when the link dropped is lost too
                direction.counters.dropped_down += 1
                continue
            try:
                os.write(out, packet)
            except OSError:
                continue
            direction.counters.carried_bytes += len(packet)
            direction.counters.carried_packets += 1
            second = self.timeline.setdefault(int(now - self.started), [0, 0])
            second[direction is self.down_dir] += len(packet)
            if self.down_after is not None and self.carried() >= self.down_after[0]:
                self.drop_for(self.down_after[1], now)
                self.down_after = None

    def stats(self) -> dict[str, object]:
        return {
            "up": asdict(self.up.counters),
            "down": asdict(self.down_dir.counters),
            "outages": self.outages,
            "timeline": sorted(self.timeline.items()),
            "link_down": self.is_down(time.monotonic()),
        }

    def command(self, line: str, now: float) -> bool:
        words = line.split()
        if not words:
            return True
        if words[0] == "quit":
            return False
        if words[0] == "down":
            self.drop_for(float(words[1]), now)
            answer: dict[str, object] = {"down": float(words[1])}
        elif words[0] == "down-after":
            self.down_after = (self.carried() + int(words[1]), float(words[2]))
            answer = {"down_after": int(words[1])}
        else:
            answer = self.stats()
        print(json.dumps(answer), flush=True)
        return True

    def run(self, control: int) -> None:
        pending = b""
        while True:
            now = time.monotonic()
            wait = max(0.0, self.in_flight[0][0] - now) if self.in_flight else 1.0
            ready, _, _ = select.select([*self.sources, control], [], [], wait)
            now = time.monotonic()
            for fd in ready:
                if fd == control:
                    chunk = os.read(control, 4096)
                    if not chunk:
                        return
                    pending += chunk
                    while b"\n" in pending:
                        line, pending = pending.split(b"\n", 1)
                        if not self.command(line.decode(), now):
                            return
                else:
                    self.receive(fd, now)
            self.deliver(time.monotonic())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("field_ns")
    parser.add_argument("hq_ns")
    parser.add_argument("--rate", type=float, default=8000.0, help="bytes/s each way")
    parser.add_argument("--delay", type=float, default=0.3, help="one-way delay, seconds")
    parser.add_argument("--loss", type=float, default=0.02, help="share of packets lost")
    parser.add_argument("--queue", type=int, default=16 * 1024, help="bottleneck queue, bytes")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args(argv)
    field_fd = open_tun(args.field_ns)
    hq_fd = open_tun(args.hq_ns)
    configure(args.field_ns, FIELD_ADDRESS, HQ_ADDRESS)
    configure(args.hq_ns, HQ_ADDRESS, FIELD_ADDRESS)
    print("ready", flush=True)
    Link(field_fd, hq_fd, args).run(sys.stdin.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
