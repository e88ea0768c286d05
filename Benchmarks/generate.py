#!/usr/bin/env python3
"""Generates the synthetic (invented) workforce the benchmark runs on.

    python3 Benchmarks/generate.py DIR [--profiles N] [--files N] [--exports N] [--million]

writes DIR/resumes-100k.jsonl (JSON Resume, one a line), DIR/resumes-1m.jsonl (with --million),
DIR/files/ (N single-profile JSON Resume files) and DIR/exports/ (N LinkedIn export folders).
Everything is deterministic and invented; nothing is committed.
"""
import argparse
import json
import os
import random

FIRST = ["Sanne", "Daan", "Emma", "Lucas", "Julia", "Sem", "Tess", "Finn", "Lotte", "Milan", "Noor", "Levi"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos"]
TITLES = ["Data engineer", "Account manager", "Warehouse planner", "HR advisor", "Recruiter", "Transport planner"]
COMPANIES = ["Acme Logistics", "Globex", "Hooli", "Initech", "Vandelay Industries", "Soylent Foods", "Stark Freight"]
SKILLS = ["SQL", "Python", "Excel", "Planning", "Negotiation", "CRM", "Recruiting", "Payroll", "dbt", "Forecasting", "Lean"]
CITIES = ["Utrecht", "Rotterdam", "Tilburg", "Amsterdam", "Eindhoven"]
WORDS = ("planning data customers warehouse team reliable forecast network capacity deliveries quality process "
         "colleagues improvement logistics benelux daily responsible results").split()


def text(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def resume(index):
    rng = random.Random(index)
    name = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    title = rng.choice(TITLES)
    basics = {"name": name, "label": "%s at %s" % (title, rng.choice(COMPANIES)) if rng.random() < 0.8 else title,
              "email": "person%07d@example.invalid" % index, "summary": text(rng, rng.randint(5, 70)),
              "location": {"city": rng.choice(CITIES), "countryCode": "NL"}}
    if rng.random() < 0.7:
        basics["image"] = "https://images.example.invalid/%07d.jpg" % index
    work = [{"name": "Acme Logistics", "position": title, "startDate": "%d-%02d" % (rng.randint(2015, 2024), rng.randint(1, 12)),
             "summary": text(rng, rng.randint(3, 45))}]
    for past in range(rng.randint(0, 3)):
        work.append({"name": rng.choice(COMPANIES), "position": rng.choice(TITLES), "startDate": "%d-01" % (2005 + past * 3),
                     "endDate": "%d-12" % (2007 + past * 3), "summary": text(rng, rng.randint(0, 20))})
    return {"basics": basics, "work": work,
            "education": [{"institution": "Hogeschool %s" % rng.choice(CITIES), "studyType": "BSc"}] if rng.random() < 0.8 else [],
            "skills": [{"name": s} for s in rng.sample(SKILLS, rng.randint(0, 8))]}


def write_jsonl(path, count):
    with open(path, "w", encoding="utf-8") as out:
        for index in range(count):
            out.write(json.dumps(resume(index), ensure_ascii=False, separators=(",", ":")) + "\n")


def write_files(folder, count):
    os.makedirs(folder, exist_ok=True)
    for index in range(count):
        with open(os.path.join(folder, "p%06d.json" % index), "w", encoding="utf-8") as out:
            json.dump(resume(index), out, ensure_ascii=False, indent=1)


def write_exports(folder, count):
    for index in range(count):
        rng = random.Random(10_000_000 + index)
        profile = resume(index)
        export = os.path.join(folder, "e%05d" % index)
        os.makedirs(export, exist_ok=True)
        first, last = profile["basics"]["name"].split(" ", 1)
        def row(values):
            return ",".join('"%s"' % v.replace('"', '""') if ("," in v or '"' in v or "\n" in v) else v for v in values) + "\n"
        with open(os.path.join(export, "Profile.csv"), "w") as out:
            out.write("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n")
            out.write(row([first, last, "", "", "", profile["basics"]["label"], profile["basics"]["summary"], "Logistics", "", profile["basics"]["location"]["city"], "", "", ""]))
        with open(os.path.join(export, "Positions.csv"), "w") as out:
            out.write("Company Name,Title,Description,Location,Started On,Finished On\n")
            for job in profile["work"]:
                start = job["startDate"].split("-")
                end = job.get("endDate", "").split("-") if job.get("endDate") else None
                out.write(row([job["name"], job["position"], job["summary"], "", "Jan " + start[0], ("Dec " + end[0]) if end else ""]))
        with open(os.path.join(export, "Skills.csv"), "w") as out:
            out.write("Name\n" + "".join(row([s["name"]]) for s in profile["skills"]))
        with open(os.path.join(export, "Education.csv"), "w") as out:
            out.write("School Name,Start Date,End Date,Notes,Degree Name,Activities\n")
            out.write("".join(row([e["institution"], "2010", "2014", "", "BSc", ""]) for e in profile["education"]))
        with open(os.path.join(export, "Connections.csv"), "w") as out:
            out.write("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n")
            out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
            for c in range(rng.randint(0, 400)):
                contact = rng.randint(0, 200_000)
                out.write(row(["C%06d" % contact, "Example", "https://www.linkedin.com/in/c%06d" % contact, "", rng.choice(COMPANIES), "Employee", "16 Dec 2024"]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--profiles", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--exports", type=int, default=2_000)
    parser.add_argument("--million", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.folder, exist_ok=True)
    targets = [("resumes-100k.jsonl", lambda p: write_jsonl(p, args.profiles))]
    if args.million:
        targets.append(("resumes-1m.jsonl", lambda p: write_jsonl(p, 10 * args.profiles)))
    targets += [("files", lambda p: write_files(p, args.files)), ("exports", lambda p: write_exports(p, args.exports))]
    for name, make in targets:
        path = os.path.join(args.folder, name)
        if os.path.exists(path):
            continue
        make(path + ".partial")
        os.rename(path + ".partial", path)


if __name__ == "__main__":
    main()
