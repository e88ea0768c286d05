#!/usr/bin/env python3
"""The script an HR analyst would write instead of profilelint: 8 completeness checks on JSON Resume
profiles with orjson, printing one JSON line per profile (score and failed checks).

    python3 reference_checks.py FILE.jsonl        # JSON Lines
    python3 reference_checks.py FOLDER            # one profile per *.json file
"""
import os
import sys

import orjson


def checks(resume):
    basics = resume.get("basics") or {}
    work = resume.get("work") or []
    current = [job for job in work if not job.get("endDate")]
    description = (current[0].get("summary") or "") if current else ""
    label = (basics.get("label") or "").strip()
    title = (current[0].get("position") or "").strip().lower() if current else ""
    return {
        "photo": bool(basics.get("image")),
        "headline": bool(label) and len(label) <= 220 and label.lower() != title,
        "about": 300 <= len((basics.get("summary") or "").strip()) <= 2600,
        "current-position": bool(current),
        "role-description": 200 <= len(description.strip()) <= 2000,
        "past-positions": len(work) - len(current) >= 2,
        "education": len(resume.get("education") or []) >= 1,
        "skills": len(resume.get("skills") or []) >= 5,
    }


WEIGHTS = {"photo": 10, "headline": 10, "about": 8, "current-position": 10, "role-description": 8,
           "past-positions": 6, "education": 6, "skills": 6}
TOTAL = sum(WEIGHTS.values())


def report(resume, out):
    result = checks(resume)
    score = int(100 * sum(WEIGHTS[k] for k, ok in result.items() if ok) / TOTAL + 0.5)
    out.write(orjson.dumps({"name": (resume.get("basics") or {}).get("name"), "score": score,
                            "failed": [k for k, ok in result.items() if not ok]}))
    out.write(b"\n")


def main():
    out = sys.stdout.buffer
    path = sys.argv[1]
    if os.path.isdir(path):
        for name in sorted(os.listdir(path)):
            if name.endswith(".json"):
                with open(os.path.join(path, name), "rb") as handle:
                    report(orjson.loads(handle.read()), out)
    else:
        with open(path, "rb") as handle:
            for line in handle:
                if line.strip():
                    report(orjson.loads(line), out)


if __name__ == "__main__":
    main()
