#!/usr/bin/env python3
"""profilelint's benchmark: one command, side by side with the scripts HR would write instead.

    python3 Benchmarks/run.py            # everything (generates ~1.6 GB of invented data once)
    python3 Benchmarks/run.py --quick    # without the 1,000,000-profile file

Builds profilelint in release mode, generates a synthetic invented workforce into Benchmarks/.data
(git-ignored), then runs, in one session and interleaved so that machine load hits all alike:
profilelint batch (default rules, --format json), the Python+orjson script (reference_checks.py) and
the jq program (reference_checks.jq) doing the same checks on the same data. Prints wall time
(median of the runs), throughput, peak memory (max RSS) and the ratios against the targets.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(HERE, ".data")
BINARY = os.path.join(ROOT, ".build", "release", "profilelint")


def run(command, stdin=None):
    """Runs `command` with output discarded; returns (wall seconds, peak RSS in MB, exit code)."""
    # Dirty pages left by an earlier run (the 1,000,000-profile report spools 600 MB) would otherwise be
    # written back during this one.
    os.sync()
    start = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        process = subprocess.Popen(command, stdout=devnull, stderr=subprocess.PIPE, stdin=stdin)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, code


def size_of(path):
    if os.path.isdir(path):
        return sum(os.path.getsize(os.path.join(folder, name)) for folder, _, names in os.walk(path) for name in names)
    return os.path.getsize(path)


def count_profiles(path):
    if os.path.isdir(path):
        return sum(1 for _ in os.scandir(path))
    with open(path, "rb") as handle:
        return sum(1 for line in handle if line.strip())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="skip the 1,000,000-profile file")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    args = parser.parse_args()

    print("building profilelint (release)…", flush=True)
    # Built as the README's Install section says, with the Swift runtime linked in.
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "profilelint"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    print("generating the invented workforce in Benchmarks/.data (first run only)…", flush=True)
    generate = [sys.executable, os.path.join(HERE, "generate.py"), DATA]
    if not args.quick:
        generate.append("--million")
    subprocess.run(generate, check=True)
    try:
        import orjson  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "orjson"], check=True)

    jsonl = os.path.join(DATA, "resumes-100k.jsonl")
    files = os.path.join(DATA, "files")
    exports = os.path.join(DATA, "exports")
    million = os.path.join(DATA, "resumes-1m.jsonl")
    python = [sys.executable, os.path.join(HERE, "reference_checks.py")]
    jq = ["jq", "-c", "-f", os.path.join(HERE, "reference_checks.jq")]
    batch = [BINARY, "batch", "--format", "json", "--no-progress"]

    results = {}

    def measure(name, command, runs):
        times, memory = [], []
        for _ in range(runs):
            wall, rss, code = run(command)
            if code not in (0, 1):
                sys.exit("%s failed with exit code %d: %s" % (name, code, " ".join(command)))
            times.append(wall)
            memory.append(rss)
        results[name] = (statistics.median(times), max(memory))

    # Interleave the contenders so that machine load affects them alike.
    for _ in range(args.runs):
        measure("profilelint jsonl-100k", batch + [jsonl], 1)
        measure_append = results.pop("profilelint jsonl-100k")
        results.setdefault("_pl", []).append(measure_append)
        measure("python jsonl-100k", python + [jsonl], 1)
        results.setdefault("_py", []).append(results.pop("python jsonl-100k"))
    results["profilelint jsonl-100k"] = (statistics.median(t for t, _ in results["_pl"]), max(m for _, m in results.pop("_pl")))
    results["python jsonl-100k"] = (statistics.median(t for t, _ in results["_py"]), max(m for _, m in results.pop("_py")))
    measure("jq jsonl-100k", jq + [jsonl], 1)
    for _ in range(args.runs):
        measure("profilelint files-20k", batch + [files], 1)
        results.setdefault("_plf", []).append(results.pop("profilelint files-20k"))
        measure("python files-20k", python + [files], 1)
        results.setdefault("_pyf", []).append(results.pop("python files-20k"))
    results["profilelint files-20k"] = (statistics.median(t for t, _ in results["_plf"]), max(m for _, m in results.pop("_plf")))
    results["python files-20k"] = (statistics.median(t for t, _ in results["_pyf"]), max(m for _, m in results.pop("_pyf")))
    measure("profilelint exports-2k", batch + [exports], args.runs)
    if not args.quick:
        measure("profilelint jsonl-1m", batch + [million], 1)

    # `check` on one profile, start-up included: median of 20 runs.
    single = os.path.join(ROOT, "Fixtures", "json-resume", "sanne-de-vries.resume.json")
    check_times = [run([BINARY, "check", single])[0] for _ in range(20)]
    results["profilelint check (1 profile)"] = (statistics.median(check_times), run([BINARY, "check", single])[1])

    sizes = {"jsonl-100k": (size_of(jsonl), count_profiles(jsonl)), "files-20k": (size_of(files), count_profiles(files)),
             "exports-2k": (size_of(exports), count_profiles(exports))}
    if not args.quick:
        sizes["jsonl-1m"] = (size_of(million), 10 * sizes["jsonl-100k"][1])
    sizes["check (1 profile)"] = (size_of(single), 1)

    print()
    print("| run | input | wall (s) | MB/s | profiles/s | peak memory (MB) |")
    print("|---|---|---:|---:|---:|---:|")
    for name, (wall, rss) in results.items():
        data = name.split(" ", 1)[1]
        size, profiles = sizes[data]
        print("| %s | %s | %.3f | %.1f | %s | %.0f |" % (name.split(" ", 1)[0], data, wall, size / wall / 1e6,
                                                           format(int(profiles / wall), ","), rss))

    def ratio(a, b):
        return results[a][0] / results[b][0]

    print()
    checks = [
        ("profilelint / python, jsonl-100k", ratio("profilelint jsonl-100k", "python jsonl-100k"), 0.5),
        ("profilelint / jq, jsonl-100k", ratio("profilelint jsonl-100k", "jq jsonl-100k"), 0.1),
        ("profilelint / python, files-20k", ratio("profilelint files-20k", "python files-20k"), 0.5),
    ]
    if not args.quick:
        checks.append(("peak memory 1m / 100k", results["profilelint jsonl-1m"][1] / results["profilelint jsonl-100k"][1], 1.5))
        checks.append(("peak memory at 1m (MB)", results["profilelint jsonl-1m"][1], 200))
    checks.append(("check one profile, median of 20 (ms)", results["profilelint check (1 profile)"][0] * 1000, 25))
    print("| measure | value | target | met |")
    print("|---|---:|---:|---|")
    missed = 0
    for name, value, target in checks:
        met = value <= target
        missed += 0 if met else 1
        print("| %s | %.2f | ≤ %s | %s |" % (name, value, target, "yes" if met else "**no**"))
    print()
    print("machine: %d cores; %s" % (os.cpu_count(), subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
