#!/usr/bin/env python3
"""profilelint's benchmark: one command, side by side with the scripts HR would write instead.

    python3 Benchmarks/run.py            # everything (generates ~1.6 GB of invented data once)
    python3 Benchmarks/run.py --quick    # without the 1,000,000-profile file

Builds profilelint in release mode, generates a synthetic invented workforce into Benchmarks/.data
(git-ignored), then runs, in one session and interleaved so that machine load hits all alike:
profilelint batch (default rules, --format json), the Python+orjson script (reference_checks.py) and
the jq program (reference_checks.jq) doing the same checks on the same data, on the benchmark's
regular data and on data that varies as real files do (see generate.py), and profilelint against a
Python `csv` script (reference_checks_exports.py) on LinkedIn export folders. Prints wall and CPU
time (user + system; medians of the runs), throughput, peak memory (max RSS), instructions per
profile (callgrind, when valgrind is installed) and the ratios against the targets; exits 1 when a
target is missed.

    python3 Benchmarks/run.py --binary PATH   # time an existing release build instead of building
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(HERE, ".data")
BINARY = os.path.join(ROOT, ".build", "release", "profilelint")


def run(command, stdin=None):
    """Runs `command` with output discarded; returns (wall seconds, peak RSS in MB, exit code, CPU seconds)."""
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
    return wall, usage.ru_maxrss / 1024, code, usage.ru_utime + usage.ru_stime


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
    parser.add_argument("--binary", help="an existing release build of profilelint to time (skips the build)")
    args = parser.parse_args()

    binary = os.path.abspath(args.binary) if args.binary else BINARY
    if not args.binary:
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
    realistic = os.path.join(DATA, "realistic-100k.jsonl")
    realistic_files = os.path.join(DATA, "realistic-files")
    million = os.path.join(DATA, "resumes-1m.jsonl")
    python = [sys.executable, os.path.join(HERE, "reference_checks.py")]
    python_exports = [sys.executable, os.path.join(HERE, "reference_checks_exports.py")]
    jq = ["jq", "-c", "-f", os.path.join(HERE, "reference_checks.jq")]
    batch = [binary, "batch", "--format", "json", "--no-progress"]

    # name -> (median wall, peak memory, median CPU)
    results = {}

    def measure(name, command, runs):
        walls, memory, cpus = [], [], []
        for _ in range(runs):
            wall, rss, code, cpu = run(command)
            if code not in (0, 1):
                sys.exit("%s failed with exit code %d: %s" % (name, code, " ".join(command)))
            walls.append(wall)
            memory.append(rss)
            cpus.append(cpu)
        results[name] = (walls, memory, cpus)

    def interleaved(pairs):
        """Runs the commands of `pairs` (name, command) in turn, `--runs` rounds, so that machine load hits all alike."""
        collected = {name: ([], [], []) for name, _ in pairs}
        for _ in range(args.runs):
            for name, command in pairs:
                measure(name, command, 1)
                for mine, new in zip(collected[name], results.pop(name)):
                    mine.extend(new)
        for name, values in collected.items():
            results[name] = values

    # The sets profilelint is compared on: (set, its data, the reference's command or None).
    sets = [("jsonl-100k", jsonl, python), ("files-20k", files, python), ("realistic-100k", realistic, python),
            ("realistic-files-20k", realistic_files, python), ("exports-2k", exports, python_exports)]
    for data, path, reference in sets:
        interleaved([("profilelint " + data, batch + [path]), ("python " + data, reference + [path])])
    measure("jq jsonl-100k", jq + [jsonl], 1)
    if not args.quick:
        measure("profilelint jsonl-1m", batch + [million], 1)

    # `check` on one profile, start-up included: median of 20 runs.
    single = os.path.join(ROOT, "Fixtures", "json-resume", "sanne-de-vries.resume.json")
    measure("profilelint check (1 profile)", [binary, "check", single], 20)

    summary = {name: (statistics.median(walls), max(memory), statistics.median(cpus)) for name, (walls, memory, cpus) in results.items()}
    sizes = {data: (size_of(path), count_profiles(path)) for data, path, _ in sets}
    if not args.quick:
        sizes["jsonl-1m"] = (size_of(million), 10 * sizes["jsonl-100k"][1])
    sizes["check (1 profile)"] = (size_of(single), 1)

    print()
    print("| run | input | wall (s) | CPU (s) | MB/s | profiles/s | peak memory (MB) |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, (wall, rss, cpu) in summary.items():
        data = name.split(" ", 1)[1]
        size, profiles = sizes[data]
        print("| %s | %s | %.3f | %.3f | %.1f | %s | %.0f |" % (name.split(" ", 1)[0], data, wall, cpu, size / wall / 1e6,
                                                                 format(int(profiles / wall), ","), rss))

    # Instructions per profile, start-up included, one worker: what no machine load changes.
    instructions = {}
    if shutil.which("valgrind"):
        # valgrind 3.19 cannot read Swift 6.3's debug information: counted on a copy without it.
        counted_binary = os.path.join(DATA, "profilelint-for-callgrind")
        shutil.copy(binary, counted_binary)
        if shutil.which("strip"):
            subprocess.run(["strip", "--strip-debug", counted_binary], check=True)
        for data, path in [("jsonl", jsonl), ("realistic", realistic)]:
            sample = os.path.join(DATA, "%s-5k.jsonl" % data)
            if not os.path.exists(sample):
                with open(path, "rb") as source, open(sample + ".partial", "wb") as target:
                    for _ in range(5000):
                        target.write(source.readline())
                os.rename(sample + ".partial", sample)
            out = os.path.join(DATA, "callgrind.%s.out" % data)
            completed = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, counted_binary] + batch[1:] + ["--jobs", "1", sample],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            counted = [line for line in completed.stderr.splitlines() if "refs:" in line]
            if counted:
                instructions[data] = int(counted[-1].split("refs:")[1].replace(",", "").strip()) / 5000
        print()
        print("| instructions per profile (callgrind, --jobs 1, 5,000 profiles, start-up included) | value |")
        print("|---|---:|")
        for data, value in instructions.items():
            print("| %s | %s |" % (data, format(int(value), ",")))

    def ratio(a, b, what=0):
        return summary[a][what] / summary[b][what]

    print()
    checks = [
        ("profilelint / python, jsonl-100k, wall", ratio("profilelint jsonl-100k", "python jsonl-100k"), 0.5),
        ("profilelint / jq, jsonl-100k, wall", ratio("profilelint jsonl-100k", "jq jsonl-100k"), 0.1),
        ("profilelint / python, files-20k, wall", ratio("profilelint files-20k", "python files-20k"), 0.5),
    ]
    # On every set: wall at most 0.35 and CPU (user + system) at most 0.7 of the reference's.
    for data, _, _ in sets:
        checks.append(("profilelint / reference, %s, wall" % data, ratio("profilelint " + data, "python " + data), 0.35))
        checks.append(("profilelint / reference, %s, CPU" % data, ratio("profilelint " + data, "python " + data, 2), 0.7))
    if "realistic" in instructions:
        checks.append(("instructions per profile, realistic", instructions["realistic"], 30000))
    if not args.quick:
        checks.append(("peak memory 1m / 100k", summary["profilelint jsonl-1m"][1] / summary["profilelint jsonl-100k"][1], 1.5))
        checks.append(("peak memory at 1m (MB)", summary["profilelint jsonl-1m"][1], 200))
    checks.append(("check one profile, median of 20 (ms)", summary["profilelint check (1 profile)"][0] * 1000, 10))
    print("| measure | value | target | met |")
    print("|---|---:|---:|---|")
    missed = 0
    for name, value, target in checks:
        met = value <= target
        missed += 0 if met else 1
        print("| %s | %s | ≤ %s | %s |" % (name, format(int(value), ",") if value >= 1000 else "%.2f" % value, format(target, ","),
                                          "yes" if met else "**no**"))
    print()
    print("machine: %d cores; %s" % (os.cpu_count(), subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
