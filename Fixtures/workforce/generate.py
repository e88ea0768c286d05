#!/usr/bin/env python3
"""Generates the invented Acme Logistics workforce used by the README and the batch tests.

Every person, company, URL, e-mail address and phone number here is invented. The output is
deterministic: run `python3 Fixtures/workforce/generate.py` to rebuild the fixture, and
`python3 Fixtures/workforce/generate.py --expected` to print the figures the batch report must
show, computed here independently of the Swift code (they are written into BatchFixtureTests).
"""
import csv
import io
import json
import os
import random
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20261124)

ORG = "Acme Logistics"
ALIASES = ["Acme", "Acme Logistics Group"]
DEPARTMENTS = {
    "Data & IT": ["Dutch Data Engineers", "Cloud Native Nederland"],
    "Sales": ["Logistics Sales Network", "Supply Chain Professionals NL"],
    "Operations": ["Warehouse Management Forum", "Supply Chain Professionals NL"],
    "People & Communications": ["HR Professionals Netherlands", "Employer Branding NL"],
}
KEY_ACCOUNTS = [("Globex", []), ("Hooli", ["Hooli Europe"]), ("Initech", []), ("Umbrella Retail", [])]
OTHER_GROUPS = ["Rotterdam Runners", "Agile Coaches NL", "Women in Tech Benelux"]
# Employees whose roster row says `ambassador: No`.
NOT_AMBASSADORS = {"E021"}
# `ambassadors:` and `group_discovery:` in .profilelint.yml.
MIN_CONNECTIONS = 50
MAX_PER_COACH = 2
MIN_SHARE = 0.3

FIRST = ["Sanne", "Daan", "Emma", "Lucas", "Julia", "Sem", "Tess", "Finn", "Lotte", "Milan", "Noor", "Levi",
         "Fleur", "Thijs", "Anouk", "Bram", "Iris", "Ruben", "Eva", "Jesse", "Lieke", "Stijn", "Roos", "Joris",
         "Maud", "Koen", "Sara", "Niels", "Femke", "Wouter", "Nina", "Gijs", "Mila", "Jasper", "Vera", "Tom",
         "Esmee", "Rik", "Lisa", "Pim"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
        "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
        "van der Meer", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Berg", "van der Linden", "Kuipers",
        "Willems", "Schouten", "Hoekstra", "Koster", "Prins", "Huisman", "Post", "Kuiper", "Verbeek", "Timmer",
        "Groen", "Sluiter"]
TITLES = {
    "Data & IT": ["Data engineer", "Platform engineer", "BI developer", "Data analyst", "IT support specialist"],
    "Sales": ["Account manager", "Sales representative", "Key account manager", "Business developer", "Sales support"],
    "Operations": ["Warehouse planner", "Shift lead", "Logistics coordinator", "Transport planner", "Inventory controller"],
    "People & Communications": ["HR advisor", "Recruiter", "Communications advisor", "Payroll specialist", "L&D coordinator"],
}
PAST_EMPLOYERS = ["Globex", "Hooli", "Initech", "Vandelay Industries", "Soylent Foods", "Stark Freight", "Wayne Transport"]
SCHOOLS = ["Universiteit Utrecht", "Hogeschool Rotterdam", "TU Delft", "Fontys Hogescholen", "Universiteit van Amsterdam"]
SKILLS = ["SQL", "Python", "Excel", "Planning", "Negotiation", "CRM", "Recruiting", "Payroll", "dbt", "Forecasting",
          "Account management", "Warehouse management", "Communication", "Project management", "Lean"]
CITIES = ["Utrecht, Netherlands", "Rotterdam, Netherlands", "Tilburg, Netherlands", "Amsterdam, Netherlands", "Eindhoven, Netherlands"]
INDUSTRY = "Transportation, Logistics, Supply Chain and Storage"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# A shared pool of invented connections, so that employees share some and the reach is deduplicated.
COMPANY_POOL = ["Globex"] * 6 + ["Hooli", "Hooli Europe"] * 3 + ["Initech"] * 4 + \
    ["Vandelay Industries", "Soylent Foods", "Stark Freight", "Wayne Transport", "Oceanic Shipping", "Cyberdyne Parcel", ""] * 4
CONNECTION_POOL = []
for index in range(400):
    company = COMPANY_POOL[index % len(COMPANY_POOL)]
    CONNECTION_POOL.append({
        "first": "Contact%03d" % index, "last": "Example",
        "url": "https://www.linkedin.com/in/contact-%03d-example" % index,
        "email": "contact%03d@example.invalid" % index if index % 9 == 0 else "",
        "company": company, "position": "Employee",
    })

ABOUT = ("I work at Acme Logistics, where I help our customers and colleagues move goods across the Benelux "
         "on time. I care about clear plans, honest numbers and teams that enjoy their work. Before Acme I "
         "worked in retail and transport, which taught me how much a good process matters on a busy Monday "
         "morning. Ask me about planning, data and how to make a warehouse run smoothly.")
ROLE = ("In my current role I am responsible for the daily planning of our Benelux network: I agree volumes with "
        "customers, balance capacity across our warehouses and make sure every team starts the day with a clear "
        "plan. Last year we cut late deliveries by a third.")


def employee_specs():
    """The 40 employees: who they are, what their profile has, and where it is stored."""
    storage = (["export"] * 14 + ["zip"] * 2 + ["own"] * 8 + ["resume"] * 5 + ["broken"] + ["jsonl"] * 6 + ["missing"] * 4)
    RNG.shuffle(storage)
    departments = list(DEPARTMENTS)
    specs = []
    employer_spellings = ["Acme Logistics"] * 22 + ["Acme Logistics B.V.", "Acme Logistics B.V.", "ACME", "Acme Logistics Group",
                                                     "Acme Logisitcs", "acme logistics bv", None, "Globex"] + ["Acme Logistics"] * 10
    RNG.shuffle(employer_spellings)
    for index in range(40):
        department = departments[index % 4]
        quality = index % 5  # 0 = all-star candidate … 4 = sparse
        spec = {
            "id": "E%03d" % (index + 1),
            "name": "%s %s" % (FIRST[index], LAST[index]),
            "department": department,
            "storage": storage[index],
            "title": TITLES[department][index % 5],
            "employer": employer_spellings[index],
            "photo": quality <= 2,
            "headline_kind": ["rich", "rich", "title", "rich", "none"][quality],
            "about": [ABOUT, ABOUT, "Planner at Acme.", "", ABOUT][quality],
            "role": [ROLE, ROLE, ROLE, "Planning.", ""][quality],
            "past": [3, 2, 2, 1, 0][quality],
            "education": quality <= 3,
            "skills": [7, 5, 6, 3, 0][quality],
            "location": quality != 4,
            "industry": quality <= 2,
            "connections": [RNG.randint(80, 160), RNG.randint(50, 90), RNG.randint(20, 70), RNG.randint(5, 40), 0][quality],
            "groups": [],
        }
        recommended = DEPARTMENTS[department]
        if quality in (0, 1):
            spec["groups"] = [recommended[index % 2]]
        elif quality == 2:
            spec["groups"] = [OTHER_GROUPS[index % 3]]
        elif quality == 3 and index % 2 == 0:
            spec["groups"] = [recommended[0], OTHER_GROUPS[0]]
        if spec["storage"] == "resume":
            spec["groups"] = None  # JSON Resume does not carry groups
        start = 2018 + index % 6
        positions = [{"company": spec["employer"], "title": spec["title"], "start": (start, 1 + index % 12), "end": None,
                      "description": spec["role"]}]
        year = start
        for past in range(spec["past"]):
            positions.append({"company": PAST_EMPLOYERS[(index + past) % len(PAST_EMPLOYERS)], "title": "Assistant " + spec["title"].lower(),
                              "start": (year - 3, 3), "end": (year - 1, 12), "description": ""})
            year -= 3
        spec["positions"] = positions
        spec["network"] = RNG.sample(CONNECTION_POOL, spec["connections"]) if spec["connections"] else []
        specs.append(spec)
    return specs


def headline(spec):
    if spec["headline_kind"] == "rich":
        return "%s at %s | Helping Benelux customers ship on time" % (spec["title"], ORG)
    if spec["headline_kind"] == "title":
        return spec["title"]
    return ""


def skills(spec):
    return SKILLS[:spec["skills"]]


def ym(date):
    return "%04d-%02d" % date


def write(path, text, encoding="utf-8"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding=encoding, newline="") as handle:
        handle.write(text)


def csv_text(header, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def linkedin_files(spec):
    """The CSV files of a current (2024-style) LinkedIn data export for `spec`."""
    first, last = spec["name"].split(" ", 1)
    city = CITIES[int(spec["id"][1:]) % len(CITIES)] if spec["location"] else ""
    files = {
        "Profile.csv": csv_text(
            ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry", "Zip Code",
             "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
            [[first, last, "", "Voorbeeldstraat 1, 3511 AA Utrecht", "Mar 31", headline(spec), spec["about"],
              INDUSTRY if spec["industry"] else "", "3511 AA" if spec["location"] else "", city, "", "", ""]]),
        "Positions.csv": csv_text(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            [[p["company"] or "", p["title"], p["description"], "", "%s %d" % (MONTHS[p["start"][1] - 1], p["start"][0]),
              "" if p["end"] is None else "%s %d" % (MONTHS[p["end"][1] - 1], p["end"][0])] for p in spec["positions"]]),
        "Education.csv": csv_text(["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
                                  [[SCHOOLS[int(spec["id"][1:]) % 5], "2010", "2014", "", "BSc", ""]] if spec["education"] else []),
        "Skills.csv": csv_text(["Name"], [[skill] for skill in skills(spec)]),
        "Email Addresses.csv": csv_text(["Email Address", "Confirmed", "Primary", "Updated On"],
                                        [["%s@example.invalid" % spec["id"].lower(), "Yes", "Yes", "10/25/17, 4:50 PM"]]),
        "PhoneNumbers.csv": csv_text(["Extension", "Number", "Type"], [["", "+31 6 5555 %04d" % int(spec["id"][1:]), "Mobile"]]),
        "Ad_Targeting.csv": csv_text(["Member Age", "Member Groups", "Member Skills", ""],
                                     [["25-34", "; ".join(spec["groups"] or []), "; ".join(skills(spec)), ""]]),
    }
    files["Connections.csv"] = (
        "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing. "
        "You will only see email addresses for connections who have allowed their connections to see or download their "
        "email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here "
        "https://www.linkedin.com/help/linkedin/answer/261\"\n\n"
        + csv_text(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
                   [[c["first"], c["last"], c["url"], c["email"], c["company"], c["position"], "16 Dec 2024"] for c in spec["network"]]))
    if spec["photo"]:
        files["Rich_Media.csv"] = csv_text(["Date/Time", "Media Description", "Media Link"],
                                           [["You uploaded a profile photo on January 15, 2026 at 11:39 PM (GMT)", "",
                                             "https://media.example.invalid/profile-displayphoto-%s" % spec["id"]]])
    else:
        files["Rich_Media.csv"] = csv_text(["Date/Time", "Media Description", "Media Link"],
                                           [["You uploaded a profile background photo on January 15, 2026 at 11:39 PM (GMT)", "",
                                             "https://media.example.invalid/background-%s" % spec["id"]]])
    return files


def own_profile(spec, with_metadata):
    profile = {
        "name": spec["name"],
        "headline": headline(spec),
        "photo": spec["photo"],
        "about": spec["about"],
        "location": CITIES[int(spec["id"][1:]) % len(CITIES)] if spec["location"] else "",
        "industry": INDUSTRY if spec["industry"] else "",
        "positions": [{k: v for k, v in {
            "company": p["company"], "title": p["title"], "description": p["description"] or None,
            "start": ym(p["start"]), "end": ym(p["end"]) if p["end"] else None}.items() if v is not None} for p in spec["positions"]],
        "education": [{"school": SCHOOLS[int(spec["id"][1:]) % 5], "degree": "BSc"}] if spec["education"] else [],
        "skills": skills(spec),
        "groups": spec["groups"] or [],
        "email": "%s@example.invalid" % spec["id"].lower(),
        "phone": "+31 6 5555 %04d" % int(spec["id"][1:]),
    }
    # Half list their connections (for the reach), half give only the count.
    if int(spec["id"][1:]) % 2 == 0:
        profile["connections"] = [{"name": c["first"] + " " + c["last"], "company": c["company"], "url": c["url"]} for c in spec["network"]]
    else:
        profile["connections"] = spec["connections"]
    if with_metadata:
        profile = {"employee_id": spec["id"], "department": spec["department"], **profile}
    return profile


def resume(spec):
    basics = {"name": spec["name"], "label": headline(spec), "email": "%s@example.invalid" % spec["id"].lower(),
              "phone": "+31 6 5555 %04d" % int(spec["id"][1:]), "summary": spec["about"]}
    if spec["photo"]:
        basics["image"] = "https://images.example.invalid/%s.jpg" % spec["id"]
    if spec["location"]:
        city, country = CITIES[int(spec["id"][1:]) % len(CITIES)].split(", ")
        basics["location"] = {"city": city, "countryCode": "NL"}
    work = []
    for p in spec["positions"]:
        entry = {"name": p["company"], "position": p["title"], "startDate": ym(p["start"])}
        if p["company"] is None:
            del entry["name"]
        if p["description"]:
            entry["summary"] = p["description"]
        if p["end"]:
            entry["endDate"] = ym(p["end"])
        work.append(entry)
    return {"basics": basics, "work": work,
            "education": [{"institution": SCHOOLS[int(spec["id"][1:]) % 5], "studyType": "BSc"}] if spec["education"] else [],
            "skills": [{"name": s} for s in skills(spec)]}


def generate():
    specs = employee_specs()
    for folder in ["exports", "profiles", "resumes", "batches"]:
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
    # The optional `ambassador` column: one all-star of Data & IT would rather not coach ("No", any case counts).
    roster = [["employee_id", "name", "department", "profile", "ambassador"]]
    jsonl = []
    for spec in specs:
        storage = spec["storage"]
        relative = ""
        if storage == "export":
            relative = "exports/%s" % spec["id"]
            for name, text in linkedin_files(spec).items():
                write(os.path.join(HERE, relative, name), text)
        elif storage == "zip":
            relative = "exports/%s.zip" % spec["id"]
            os.makedirs(os.path.join(HERE, "exports"), exist_ok=True)
            with zipfile.ZipFile(os.path.join(HERE, relative), "w", zipfile.ZIP_DEFLATED) as archive:
                for name, text in sorted(linkedin_files(spec).items()):
                    info = zipfile.ZipInfo("Basic_LinkedInDataExport_11-20-2026/" + name, date_time=(2026, 11, 20, 12, 0, 0))
                    info.compress_type = zipfile.ZIP_DEFLATED
                    archive.writestr(info, text.encode("utf-8"))
        elif storage == "own":
            relative = "profiles/%s.json" % spec["id"]
            write(os.path.join(HERE, relative), json.dumps(own_profile(spec, False), indent=2, ensure_ascii=False) + "\n")
        elif storage == "resume":
            relative = "resumes/%s.resume.json" % spec["id"]
            write(os.path.join(HERE, relative), json.dumps(resume(spec), indent=2, ensure_ascii=False) + "\n")
        elif storage == "broken":
            relative = "profiles/%s.json" % spec["id"]
            text = json.dumps(own_profile(spec, False), indent=2, ensure_ascii=False)
            write(os.path.join(HERE, relative), text[: len(text) // 2] + "\n")  # truncated mid-way: invalid JSON
        elif storage == "jsonl":
            jsonl.append(json.dumps(own_profile(spec, True), ensure_ascii=False))
        roster.append([spec["id"], spec["name"], spec["department"], relative, "No" if spec["id"] in NOT_AMBASSADORS else ""])
    write(os.path.join(HERE, "batches", "new-hires.jsonl"), "\n".join(jsonl) + "\n")
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(roster)
    write(os.path.join(HERE, "roster.csv"), out.getvalue())
    return specs


# ---------------------------------------------------------------------------------------------
# An independent reference of the default rules and the batch figures, for the expected values.

WEIGHTS = {"photo": 10, "headline": 10, "about": 8, "current-position": 10, "role-description": 8, "employer-named": 10,
           "past-positions": 6, "education": 6, "skills": 6, "location": 4, "industry": 4, "connections": 6, "groups-joined": 4}
ALL_STAR = ["photo", "current-position", "role-description", "past-positions", "education", "skills", "location", "industry", "connections"]
LEGAL = {"bv", "nv", "inc", "ltd", "gmbh", "llc", "co", "corp"}


def normalise(name):
    words = "".join(ch if ch.isalnum() else (" " if ch not in ".'" else "") for ch in name.lower()).split()
    while len(words) > 1 and words[-1] in LEGAL:
        words.pop()
    return " ".join(words)


def statuses(spec):
    storage = spec["storage"]
    current = spec["positions"][0]
    title_equal = " ".join(headline(spec).lower().split()) == " ".join(current["title"].lower().split())
    result = {
        "photo": "pass" if spec["photo"] else ("unknown" if storage in ("export", "zip") else "fail"),
        "headline": "fail" if not headline(spec) or title_equal else "pass",
        "about": "pass" if 300 <= len(spec["about"]) <= 2600 else "fail",
        "current-position": "pass",
        "role-description": "pass" if 200 <= len(spec["role"]) <= 2000 else "fail",
        "employer-named": "pass" if current["company"] and normalise(current["company"]) in {normalise(n) for n in [ORG] + ALIASES} else "fail",
        "past-positions": "pass" if spec["past"] >= 2 else "fail",
        "education": "pass" if spec["education"] else "fail",
        "skills": "pass" if spec["skills"] >= 5 else "fail",
        "location": "pass" if spec["location"] else "fail",
        "industry": "unknown" if storage == "resume" else ("pass" if spec["industry"] else "fail"),
        "connections": "unknown" if storage == "resume" else ("pass" if spec["connections"] >= 50 else "fail"),
    }
    if spec["groups"] is None:
        result["groups-joined"] = "unknown"
    else:
        recommended = {g.lower() for g in DEPARTMENTS[spec["department"]]}
        result["groups-joined"] = "pass" if any(g.lower() in recommended for g in spec["groups"]) else "fail"
    return result


def score(result):
    passed = sum(WEIGHTS[r] for r, s in result.items() if s == "pass")
    applicable = sum(WEIGHTS[r] for r, s in result.items() if s != "unknown")
    return 0 if applicable == 0 else (200 * passed + applicable) // (2 * applicable)


def level(result, value):
    if value >= 80:
        return "all-star" if all(result[r] == "pass" for r in ALL_STAR) else "advanced"
    return "intermediate" if value >= 50 else "beginner"


def expected(specs):
    scored = [s for s in specs if s["storage"] not in ("missing", "broken")]
    results = {s["id"]: statuses(s) for s in scored}
    scores = {i: score(r) for i, r in results.items()}
    print("employees", len(specs), "scored", len(scored), "missing", sum(s["storage"] == "missing" for s in specs),
          "errors", sum(s["storage"] == "broken" for s in specs))
    print("average_score", round(sum(scores.values()) / len(scores), 1))
    levels = {}
    for i, r in results.items():
        levels[level(r, scores[i])] = levels.get(level(r, scores[i]), 0) + 1
    print("levels", dict(sorted(levels.items())))
    for department in DEPARTMENTS:
        members = [s for s in scored if s["department"] == department]
        print("department", department, "scored", len(members), "average", round(sum(scores[s["id"]] for s in members) / len(members), 1))
    for rule in WEIGHTS:
        counts = {k: sum(1 for r in results.values() if r[rule] == k) for k in ("pass", "fail", "unknown")}
        print("rule", rule, counts)
    named = [s for s in scored if results[s["id"]]["employer-named"] == "pass"]
    variants = {}
    for s in named:
        variants[s["positions"][0]["company"]] = variants.get(s["positions"][0]["company"], 0) + 1
    print("employer_presence named", len(named), "total", len(scored), "variants", sorted(variants.items(), key=lambda kv: (-kv[1], kv[0])))
    for department in DEPARTMENTS:
        members = [s for s in scored if s["department"] == department]
        print("department_employer", department, "|", sum(1 for s in members if s in named), "/", len(members))
    for department, groups in DEPARTMENTS.items():
        known = [s for s in scored if s["department"] == department and s["groups"] is not None]
        for group in groups:
            members = sum(1 for s in known if group.lower() in {g.lower() for g in s["groups"]})
            print("group", department, "|", group, members, "/", len(known))
    # Reach: connections are listed by exports and by own JSON profiles with an even id.
    listed = [s for s in scored if s["storage"] in ("export", "zip") or (s["storage"] in ("own", "jsonl") and int(s["id"][1:]) % 2 == 0)]
    listed = [s for s in listed if s["network"]]
    distinct = {}
    for s in listed:
        for c in s["network"]:
            distinct.setdefault(c["url"], c["company"])
    print("reach distinct", len(distinct), "employees_with_connections", len(listed))
    for name, aliases in KEY_ACCOUNTS:
        names = {normalise(n) for n in [name] + aliases}
        total = sum(1 for company in distinct.values() if company and normalise(company) in names)
        by_department = {}
        for s in listed:
            ids = {c["url"] for c in s["network"] if c["company"] and normalise(c["company"]) in names}
            by_department.setdefault(s["department"], set()).update(ids)
        print("key_account", name, total, sorted(((d, len(v)) for d, v in by_department.items() if v), key=lambda kv: (-kv[1], kv[0])))
    for s in specs:
        if s["storage"] not in ("missing", "broken"):
            print("employee", s["id"], s["storage"], s["department"], scores[s["id"]], level(results[s["id"]], scores[s["id"]]))
        else:
            print("employee", s["id"], s["storage"], s["department"])


def gains(result):
    """Each failing rule's gain: the score with it passing less the score now."""
    now = score(result)
    return {r: score({**result, r: "pass"}) - now for r, s in result.items() if s == "fail"}


def next_steps(specs):
    """Ambassadors, coaching pairs, group discovery and training focus (NextStepsFixtureTests)."""
    scored = [s for s in specs if s["storage"] not in ("missing", "broken")]
    results = {s["id"]: statuses(s) for s in scored}
    scores = {i: score(r) for i, r in results.items()}
    org_names = {normalise(n) for n in [ORG] + ALIASES}
    ambassadors = {}
    for s in scored:
        r = results[s["id"]]
        lv = level(r, scores[s["id"]])
        company = s["positions"][0]["company"]
        # Exports and own profiles know the connections; a JSON Resume does not (nor its groups).
        known_count = s["storage"] != "resume"
        recommended = [g for g in DEPARTMENTS[s["department"]] if g.lower() in {x.lower() for x in (s["groups"] or [])}]
        if (lv in ("advanced", "all-star") and company and normalise(company) in org_names and recommended
                and known_count and s["connections"] >= MIN_CONNECTIONS):
            ambassadors.setdefault(s["department"], []).append(
                (s["id"], scores[s["id"]], s["connections"], recommended[0], s["id"] in NOT_AMBASSADORS))
    for department in DEPARTMENTS:
        ranked = sorted(ambassadors.get(department, []), key=lambda a: (-a[1], -a[2], a[0]))
        print("ambassadors", department, [(a[0], a[1], a[2], a[3]) for a in ranked if not a[4]],
              "excluded", sum(1 for a in ranked if a[4]))
    # Employees to help first: the 25 lowest scores with something to gain, biggest gain first among equals.
    potential = {i: sum(gains(results[i]).values()) for i in results}
    help_first = sorted((i for i in results if potential[i] > 0), key=lambda i: (scores[i], -potential[i], i))[:25]
    booked = {}
    previous = None
    pairs = []
    department_of = {s["id"]: s["department"] for s in specs}
    for employee in help_first:
        ranked = sorted((a for a in ambassadors.get(department_of[employee], []) if not a[4]), key=lambda a: (-a[1], -a[2], a[0]))
        free = [a[0] for a in ranked if a[0] != employee and a[0] != previous and booked.get(a[0], 0) < MAX_PER_COACH]
        if not free:
            pairs.append((employee, None))
            continue
        fewest = min(booked.get(c, 0) for c in free)
        coach = next(c for c in free if booked.get(c, 0) == fewest)
        booked[coach] = booked.get(coach, 0) + 1
        previous = coach
        pairs.append((employee, coach))
    print("coaching", pairs)
    members = {}
    for department, groups in DEPARTMENTS.items():
        known = [s for s in scored if s["department"] == department and s["groups"] is not None]
        counts = {}
        for s in known:
            for g in set(s["groups"]):
                counts[g] = counts.get(g, 0) + 1
        members[department] = counts
        listed = {g.lower() for g in groups}
        consider = sorted(((g, n, len(known)) for g, n in counts.items() if g.lower() not in listed and n / len(known) >= MIN_SHARE),
                          key=lambda c: (-c[1], c[0]))
        print("group_discovery", department, "consider", consider, "reconsider", [g for g in groups if counts.get(g, 0) == 0])
    everything = sorted({g for counts in members.values() for g in counts})
    shared = [(g, sorted(((d, c[g]) for d, c in members.items() if g in c), key=lambda dc: (-dc[1], dc[0]))) for g in everything]
    shared = [x for x in shared if len(x[1]) >= 2]
    shared.sort(key=lambda x: (-len(x[1]), -sum(n for _, n in x[1]), x[0]))
    print("shared_groups", shared)
    for department in DEPARTMENTS:
        read = [s["id"] for s in scored if s["department"] == department]
        topics = []
        for rule in WEIGHTS:
            failing = [i for i in read if results[i][rule] == "fail"]
            if failing:
                topics.append((rule, len(failing), sum(gains(results[i])[rule] for i in failing)))
        topics.sort(key=lambda t: (-t[1], -t[2], t[0]))
        print("training", department, len(read), [(r, n, g, round(n / len(read), 3)) for r, n, g in topics[:3]])


if __name__ == "__main__":
    specs = generate()
    if "--expected" in sys.argv:
        expected(specs)
        next_steps(specs)
