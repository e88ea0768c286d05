#!/usr/bin/env python3
"""Generates the synthetic (invented) workforce the benchmark runs on.

    python3 Benchmarks/generate.py DIR [--profiles N] [--files N] [--exports N] [--million]

writes DIR/resumes-100k.jsonl (JSON Resume, one a line), DIR/resumes-1m.jsonl (with --million),
DIR/files/ (N single-profile JSON Resume files) and DIR/exports/ (N LinkedIn export folders): the
benchmark's original, regular data. Beside them, data that varies as real files do:
DIR/realistic-100k.jsonl and DIR/realistic-files/ (as many as --files), with JSON written as
`json.dumps` writes it (a space after every `:` and `,`, half of it with `\\u` escapes), compact and
pretty-printed files, keys JSON Resume does not have (`groups`, `meta`, `interests`), 0 to 6
positions, About texts of 0 to 120 words and role descriptions of up to 60, in Dutch, English or
French with diacritics, emoji, bullets, figures, action verbs and duty language.
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


# Realistic data: each profile written in one language, as people write them.
REAL_FIRST = FIRST + ["Zoë", "Anaïs", "Hélène", "Jérôme", "Daniël", "Chloé", "Inès", "Loïc", "Maël", "Noël"]
REAL_LAST = LAST + ["Dubois", "Lefèvre", "Peeters", "Van den Broeck", "Müller", "Janssens", "Mertens", "Lambert"]
LANGUAGES = {
    "nl": {
        "titles": ["Data engineer", "Accountmanager", "Magazijnplanner", "HR-adviseur", "Recruiter", "Transportplanner", "Coördinator klantenservice"],
        "at": "bij",
        "words": ("planning gegevens klanten magazijn team betrouwbaar prognose netwerk capaciteit leveringen kwaliteit proces "
                  "collega's verbetering logistiek benelux dagelijks resultaten coördinatie efficiënt één overzicht samenwerking "
                  "resultaatgericht gedreven teamspeler klantgericht").split(),
        "actions": ["Leidde", "Bouwde", "Verhoogde", "Verlaagde", "Startte", "Automatiseerde", "Verbeterde"],
        "duties": ["Verantwoordelijk voor", "Taken:", "Belast met"],
        "units": ["klanten", "projecten", "medewerkers", "vestigingen"],
    },
    "en": {
        "titles": ["Data engineer", "Account manager", "Warehouse planner", "HR advisor", "Recruiter", "Transport planner", "Customer service lead"],
        "at": "at",
        "words": ("planning data customers warehouse team reliable forecast network capacity deliveries quality process "
                  "colleagues improvement logistics benelux daily results stakeholders passionate motivated synergy "
                  "detail-oriented hardworking").split(),
        "actions": ["Led", "Built", "Increased", "Reduced", "Launched", "Automated", "Improved"],
        "duties": ["Responsible for", "Tasks included", "In charge of"],
        "units": ["customers", "projects", "people", "sites"],
    },
    "fr": {
        "titles": ["Ingénieure données", "Chargé de compte", "Planificateur d'entrepôt", "Conseillère RH", "Recruteur", "Responsable transport"],
        "at": "chez",
        "words": ("planification données clients entrepôt équipe fiable prévisions réseau capacité livraisons qualité processus "
                  "collègues amélioration logistique bénélux quotidien résultats coordination efficacité dynamique motivé "
                  "rigoureux polyvalent").split(),
        "actions": ["A dirigé", "A construit", "A augmenté", "A réduit", "A lancé", "A automatisé", "A amélioré"],
        "duties": ["Chargé de", "Responsable de", "Missions :"],
        "units": ["clients", "projets", "collaborateurs", "sites"],
    },
}
EMOJI = ["🚚", "📦", "✅", "🌍", "💡", "🚀"]


def real_sentence(rng, lang, words):
    vocabulary = LANGUAGES[lang]
    roll = rng.random()
    body = " ".join(rng.choice(vocabulary["words"]) for _ in range(max(1, words)))
    if roll < 0.25:
        figure = rng.choice(["%d%%" % rng.randint(5, 60), "€ %d mln" % rng.randint(1, 9), "%d %s" % (rng.randint(3, 40), rng.choice(vocabulary["units"])),
                             "%dx" % rng.randint(2, 5)])
        return "%s %s %s." % (rng.choice(vocabulary["actions"]), body, figure)
    if roll < 0.45:
        return "%s %s." % (rng.choice(vocabulary["duties"]), body)
    return body.capitalize() + "."


def real_text(rng, lang, words):
    """About `words` words of `lang`, in sentences or bullets, with an emoji now and then."""
    if words == 0:
        return ""
    sentences, left = [], words
    while left > 0:
        length = min(left, rng.randint(4, 16))
        sentences.append(real_sentence(rng, lang, length))
        left -= length
    if rng.random() < 0.2:
        text = "\n".join("- " + sentence for sentence in sentences)
    else:
        text = " ".join(sentences)
    if rng.random() < 0.15:
        text = rng.choice(EMOJI) + " " + text
    return text


def realistic(index):
    rng = random.Random(1_000_000_000 + index)
    lang = rng.choices(["nl", "en", "fr"], weights=[40, 35, 25])[0]
    vocabulary = LANGUAGES[lang]
    first, last = rng.choice(REAL_FIRST), rng.choice(REAL_LAST)
    title = rng.choice(vocabulary["titles"])
    roll = rng.random()
    if roll < 0.55:
        label = "%s %s %s" % (title, vocabulary["at"], "Acme Logistics")
    elif roll < 0.7:
        label = title
    elif roll < 0.8:
        label = "%s | %s | %s" % (title, rng.choice(vocabulary["words"]).capitalize(), rng.choice(vocabulary["words"]).capitalize())
    elif roll < 0.87:
        label = "Open to work"
    elif roll < 0.93:
        label = ("%s %s %s" % (title, vocabulary["at"], "Acme Logistics")).upper()
    else:
        label = "%s %s · %s" % (rng.choice(EMOJI), title, rng.choice(vocabulary["words"]))
    basics = {"name": "%s %s" % (first, last), "label": label, "email": "person%07d@example.invalid" % index,
              "summary": real_text(rng, lang, rng.choice([0, rng.randint(5, 30), rng.randint(30, 120)])),
              "location": {"city": rng.choice(CITIES + ["Gent", "Liège", "Luxembourg", "Leuven"]), "countryCode": rng.choice(["NL", "BE", "LU"])}}
    if rng.random() < 0.7:
        basics["image"] = "https://images.example.invalid/%07d.jpg" % index
    if rng.random() < 0.6:
        slug = "%s-%s" % (first.lower(), last.lower().replace(" ", "-"))
        if rng.random() < 0.5:
            slug += "-%08x" % rng.getrandbits(32)
        basics["profiles"] = [{"network": "LinkedIn", "url": "https://www.linkedin.com/in/%s" % slug}]
    work = []
    for position in range(rng.choice([0, 1, 1, 2, 2, 3, 3, 4, 5, 6])):
        current = position == 0 and rng.random() < 0.85
        start = rng.randint(2004, 2024) if current else 2004 + position * 2
        job = {"name": "Acme Logistics" if current else rng.choice(COMPANIES), "position": title if current else rng.choice(vocabulary["titles"]),
               "startDate": "%d-%02d" % (start, rng.randint(1, 12))}
        if not current:
            job["endDate"] = "%d-%02d" % (start + rng.randint(1, 3), rng.randint(1, 12))
        if rng.random() < 0.8:
            job["summary"] = real_text(rng, lang, rng.randint(0, 60))
        if rng.random() < 0.2:
            job["highlights"] = [real_sentence(rng, lang, rng.randint(3, 8)) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.3:
            job["location"] = rng.choice(CITIES)
        work.append(job)
    profile = {"basics": basics, "work": work,
               "education": [{"institution": "Hogeschool %s" % rng.choice(CITIES), "area": rng.choice(["Logistiek", "Économie", "Data science"]),
                              "studyType": rng.choice(["BSc", "MSc", "Bachelier"])} for _ in range(rng.choice([0, 1, 1, 2]))],
               "skills": [{"name": s, "keywords": rng.sample(SKILLS, 2)} if rng.random() < 0.2 else {"name": s}
                          for s in rng.sample(SKILLS, rng.randint(0, 11))]}
    if rng.random() < 0.5:
        profile["languages"] = [{"language": l, "fluency": f} for l, f in rng.sample([("Dutch", "Native speaker"), ("English", "Fluent"), ("French", "Professional")], rng.randint(1, 3))]
    # Keys JSON Resume does not have, as people and tools add them.
    if rng.random() < 0.5:
        profile["groups"] = rng.sample(["Logistiek Nederland", "Supply Chain Benelux", "Women in Tech BE", "Data Engineers NL"], rng.randint(1, 3))
    if rng.random() < 0.3:
        profile["meta"] = {"version": "v1.0.0", "lastModified": "2026-%02d-01T09:00:00" % rng.randint(1, 11)}
    if rng.random() < 0.2:
        profile["interests"] = [{"name": rng.choice(["Cycling", "Voile", "Koken"])}]
    return profile


def dumps_realistic(index, rng):
    """One profile on one line, as `json.dumps` writes it: with its default separators, and half with `\\u` escapes."""
    return json.dumps(realistic(index), ensure_ascii=rng.random() < 0.5)


def write_realistic_jsonl(path, count):
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as out:
        for index in range(count):
            out.write(dumps_realistic(index, rng) + "\n")


def write_realistic_files(folder, count):
    """Pretty-printed (2 or 4 spaces), `json.dumps`-compact and minified files, a third each."""
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(8)
    for index in range(count):
        profile = realistic(index)
        with open(os.path.join(folder, "r%06d.json" % index), "w", encoding="utf-8") as out:
            style = index % 3
            if style == 0:
                json.dump(profile, out, ensure_ascii=rng.random() < 0.5, indent=rng.choice([2, 4]))
            elif style == 1:
                out.write(json.dumps(profile, ensure_ascii=rng.random() < 0.5))
            else:
                out.write(json.dumps(profile, ensure_ascii=False, separators=(",", ":")))


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
    targets += [("files", lambda p: write_files(p, args.files)), ("exports", lambda p: write_exports(p, args.exports)),
                ("realistic-100k.jsonl", lambda p: write_realistic_jsonl(p, args.profiles)),
                ("realistic-files", lambda p: write_realistic_files(p, args.files))]
    for name, make in targets:
        path = os.path.join(args.folder, name)
        if os.path.exists(path):
            continue
        make(path + ".partial")
        os.rename(path + ".partial", path)


if __name__ == "__main__":
    main()
