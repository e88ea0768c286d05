#!/usr/bin/env python3
"""The script an HR analyst would write for LinkedIn data exports: the same 8 completeness checks as
reference_checks.py, on export folders (Profile.csv, Positions.csv, Skills.csv, Education.csv) read
with the `csv` module, printing one JSON line per export (score and failed checks).

    python3 reference_checks_exports.py FOLDER     # one LinkedIn export folder per subfolder
"""
import csv
import json
import os
import sys

WEIGHTS = {"photo": 10, "headline": 10, "about": 8, "current-position": 10, "role-description": 8,
           "past-positions": 6, "education": 6, "skills": 6}
TOTAL = sum(WEIGHTS.values())


def rows(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8-sig") as handle:
        lines = handle.read().splitlines()
    # Connections.csv and some others open with notes before the header; these four do not.
    return list(csv.DictReader(lines))


def checks(folder):
    profile = (rows(folder, "Profile.csv") or [{}])[0]
    positions = rows(folder, "Positions.csv")
    current = [p for p in positions if not (p.get("Finished On") or "").strip()]
    headline = (profile.get("Headline") or "").strip()
    title = (current[0].get("Title") or "").strip().lower() if current else ""
    description = (current[0].get("Description") or "").strip() if current else ""
    return {
        "photo": False,  # an export holds no photo
        "headline": bool(headline) and len(headline) <= 220 and headline.lower() != title,
        "about": 300 <= len((profile.get("Summary") or "").strip()) <= 2600,
        "current-position": bool(current),
        "role-description": 200 <= len(description) <= 2000,
        "past-positions": len(positions) - len(current) >= 2,
        "education": len(rows(folder, "Education.csv")) >= 1,
        "skills": len(rows(folder, "Skills.csv")) >= 5,
    }


def main():
    out = sys.stdout
    root = sys.argv[1]
    for name in sorted(os.listdir(root)):
        folder = os.path.join(root, name)
        if not os.path.isdir(folder):
            continue
        result = checks(folder)
        score = int(100 * sum(WEIGHTS[k] for k, ok in result.items() if ok) / TOTAL + 0.5)
        out.write(json.dumps({"export": name, "score": score, "failed": [k for k, ok in result.items() if not ok]}) + "\n")


if __name__ == "__main__":
    main()
