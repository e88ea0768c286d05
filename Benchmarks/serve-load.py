#!/usr/bin/env python3
"""Load on `profilelint serve`: N concurrent clients upload fixture profiles for D seconds from a second process.

    python3 Benchmarks/serve-load.py [--binary .build/release/profilelint] [--clients 50] [--seconds 60]

Starts the server on a free loopback port (the fixture workforce's configuration and roster), opens one CSRF
session per client, then each client posts the same multipart upload as the employee page does, one request
after the other, rotating over a JSON profile, a JSON Resume and two export ZIPs. It prints requests, errors,
throughput, latency percentiles (p50, p90, p99, max) and the server's peak resident memory sampled from
/proc every 100 ms, and exits 1 on any error or non-200 answer. Only the standard library is used.
"""
import argparse
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UPLOADS = ["Fixtures/profiles/jan-jansen-incomplete.json", "Fixtures/json-resume/sanne-de-vries.resume.json",
           "Fixtures/workforce/exports/E004.zip", "Fixtures/linkedin/sanne-de-vries.zip"]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return 0
    return 0


def multipart(name, data, csrf):
    boundary = "----profilelint-load"
    parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n".encode(),
             f"--{boundary}\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nnl\r\n".encode(),
             f"--{boundary}\r\nContent-Disposition: form-data; name=\"profile\"; filename=\"{name}\"\r\n"
             f"Content-Type: application/octet-stream\r\n\r\n".encode(), data, f"\r\n--{boundary}--\r\n".encode()]
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/profilelint"))
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    port = free_port()
    data_dir = f"/tmp/profilelint-load-{os.getpid()}"
    server = subprocess.Popen([args.binary, "serve", "--config", "Fixtures/workforce/.profilelint.yml",
                               "--roster", "Fixtures/workforce/roster.csv", "--port", str(port), "--data", data_dir,
                               # every client is on 127.0.0.1: lift the per-address limit for the load
                               "--uploads-per-minute", "1000000"],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env=dict(os.environ, LOG_LEVEL="error"))
    try:
        for _ in range(200):
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                connection.request("GET", "/healthz")
                if connection.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.05)
        files = [(os.path.basename(path), open(os.path.join(ROOT, path), "rb").read()) for path in UPLOADS]
        latencies, errors, lock = [], [], threading.Lock()
        peak = [0]
        stop = time.monotonic() + args.seconds

        def sample():
            while time.monotonic() < stop + 1:
                peak[0] = max(peak[0], rss_kb(server.pid))
                time.sleep(0.1)

        def client(index):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("GET", "/")
            response = connection.getresponse()
            cookie = response.getheader("Set-Cookie", "").split(";")[0]
            csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', response.read().decode()).group(1)
            turn = index
            while time.monotonic() < stop:
                name, data = files[turn % len(files)]
                turn += 1
                body, content_type = multipart(name, data, csrf)
                start = time.monotonic()
                try:
                    connection.request("POST", "/check", body=body, headers={"Content-Type": content_type, "Cookie": cookie})
                    answer = connection.getresponse()
                    page = answer.read()
                    ok = answer.status == 200 and b"/100" in page
                except (OSError, http.client.HTTPException) as error:
                    ok, page = False, str(error).encode()
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                elapsed = time.monotonic() - start
                with lock:
                    latencies.append(elapsed)
                    if not ok:
                        errors.append(page[:200])

        threads = [threading.Thread(target=sample)] + [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.monotonic() - began
        latencies.sort()

        def percentile(share):
            return latencies[min(len(latencies) - 1, int(share * len(latencies)))] * 1000 if latencies else 0

        print(f"profilelint serve under load: {args.clients} concurrent clients for {args.seconds:.0f} s, uploads rotating over {len(files)} fixtures")
        print("| requests | errors | requests/s | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | server peak memory (MB) |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        print(f"| {len(latencies)} | {len(errors)} | {len(latencies) / wall:.0f} | {percentile(0.5):.1f} | {percentile(0.9):.1f} | "
              f"{percentile(0.99):.1f} | {latencies[-1] * 1000 if latencies else 0:.1f} | {peak[0] / 1024:.1f} |")
        if errors:
            print("first error:", errors[0][:200])
        return 1 if errors or not latencies else 0
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        subprocess.run(["rm", "-rf", data_dir])


if __name__ == "__main__":
    sys.exit(main())
