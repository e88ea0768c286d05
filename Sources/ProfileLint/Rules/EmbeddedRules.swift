// GENERATED FILE: do not edit. Regenerate with `PROFILELINT_REGENERATE=1 swift test`.
/// The default rules from `Rules/`, compiled into the binary so that it works from any directory.
///
/// `Rules/` is the single source of truth; `EmbeddedRulesTests` fails when this file drifts from it.
enum EmbeddedRules {
    static let files: [(name: String, contents: String)] = [
        ("about.yml", #"""
id: about
name: About section
description: The About section is filled in, substantial (at least 300 characters) and at most 2,600 characters.
rationale: >-
  The About section is the one place to tell your story in your own words. LinkedIn shows the
  first 270 to 320 characters before "see more", so a short About wastes that space; LinkedIn
  accepts at most 2,600 characters.
severity: warning
weight: 8
check:
  all:
    - present: about
      message:
        en: The About section is empty.
        nl: De Info-sectie is leeg.
    - min-length: {field: about, value: 300}
      message:
        en: The About section is only {about.length} characters.
        nl: De Info-sectie is maar {about.length} tekens.
    - max-length: {field: about, value: 2600}
      message:
        en: The About section is {about.length} characters; LinkedIn accepts at most 2,600.
        nl: De Info-sectie is {about.length} tekens; LinkedIn accepteert er hoogstens 2.600.
message:
  en: The About section needs work.
  nl: De Info-sectie kan beter.
suggestion:
  en: Write an About section of 300 to 2,600 characters on what you do, what you are good at and what you work on at {organisation}.
  nl: Schrijf een Info-sectie van 300 tot 2.600 tekens over wat je doet, waar je goed in bent en waar je bij {organisation} aan werkt.
examples:
  passing:
    - about: "I help mid-sized logistics companies turn their planning data into decisions. For the last six years I have built data pipelines, dashboards and forecasting models for warehouses in the Netherlands and Belgium. At Acme I lead a team of four engineers who keep 300 planners supplied with reliable numbers every morning. Ask me about data quality, dbt, or how to explain a forecast to a sceptical warehouse manager."
  failing:
    - {}
    - about: Data engineer.
"""#),
        ("connections.yml", #"""
id: connections
name: Connections
description: The profile has at least 50 connections.
rationale: >-
  At least 50 connections is one of LinkedIn's All-Star criteria; below that, posts and the
  organisation's updates reach almost no one.
severity: warning
weight: 6
all-star: true
check:
  min-value: {field: connections, value: 50}
message:
  en: The profile has {connections.value} connections; All-Star needs at least 50.
  nl: Het profiel heeft {connections.value} connecties; All-Star vraagt er minstens 50.
suggestion:
  en: Connect with colleagues, clients and classmates until you have at least 50 connections.
  nl: Maak connectie met collega's, klanten en studiegenoten tot je er minstens 50 hebt.
examples:
  passing:
    - connections: 50
    - connections: 812
  failing:
    - connections: 12
    - {}
  unknown:
    - connections: null
"""#),
        ("current-position.yml", #"""
id: current-position
name: Current position
description: The profile lists a current position (one without an end date).
rationale: >-
  An up-to-date current position is one of LinkedIn's All-Star criteria, and it is where the
  profile links to the employer's company page.
severity: error
weight: 10
all-star: true
check:
  present: current_position
message:
  en: There is no current position.
  nl: Er is geen huidige functie.
suggestion:
  en: Add your current position at {organisation} with your job title and start date.
  nl: Voeg je huidige functie bij {organisation} toe, met functietitel en startdatum.
examples:
  passing:
    - positions:
        - {company: Acme, title: Data engineer, start: "2022-01"}
  failing:
    - {}
    - positions:
        - {company: Globex, title: Analyst, start: "2018-03", end: "2021-12"}
  unknown:
    - positions: null
"""#),
        ("education.yml", #"""
id: education
name: Education
description: The profile lists at least one school or course of study.
rationale: Education is one of LinkedIn's All-Star criteria and connects you to fellow alumni.
severity: warning
weight: 6
all-star: true
check:
  min-count: {field: education, value: 1}
message:
  en: The profile lists no education.
  nl: Het profiel noemt geen opleiding.
suggestion:
  en: Add your education (school, degree and field of study).
  nl: Voeg je opleiding toe (school, diploma en studierichting).
examples:
  passing:
    - education:
        - {school: Universiteit Utrecht, degree: MSc, field: Computer Science}
  failing:
    - {}
    - education: []
  unknown:
    - education: null
"""#),
        ("employer-named.yml", #"""
id: employer-named
name: Employer named
description: The current position names the organisation (any employer when no organisation is configured).
rationale: >-
  A position that names the employer links the profile to the company page, so the
  organisation's employee count, reach and search results all benefit. Spelling variants and
  legal forms (B.V., Inc., GmbH) are tolerated; configure aliases in .profilelint.yml.
severity: error
weight: 10
check:
  employer-named:
message:
  en: The current position does not name {organisation}.
  nl: De huidige functie noemt {organisation} niet.
suggestion:
  en: Name {organisation} as the employer of your current position and link it to the company page.
  nl: Noem {organisation} als werkgever bij je huidige functie en koppel die aan de bedrijfspagina.
examples:
  passing:
    - positions:
        - {company: Acme B.V., title: Data engineer, start: "2022-01"}
  failing:
    - positions:
        - {title: Data engineer, start: "2022-01"}
    - {}
  unknown:
    - positions: null
"""#),
        ("groups-joined.yml", #"""
id: groups-joined
name: Professional groups
description: >-
  The profile is in at least one of the groups recommended for its department (any group when
  no organisation or department is configured).
rationale: >-
  Groups put employees where their peers and the organisation's audience talk, and they are how
  HR's network coverage map sees which departments reach which professional communities.
severity: info
weight: 4
check:
  groups-joined:
message:
  en: The profile is in none of the recommended groups.
  nl: Het profiel is lid van geen van de aanbevolen groepen.
suggestion:
  en: Join {recommended_groups}.
  nl: Word lid van {recommended_groups}.
examples:
  passing:
    - groups: [Dutch Data Engineers]
  failing:
    - {}
    - groups: []
  unknown:
    - groups: null
"""#),
        ("headline.yml", #"""
id: headline
name: Headline
description: The headline is filled in, at most 220 characters, and says more than the bare job title.
rationale: >-
  The headline is shown next to the name everywhere on LinkedIn (search results, comments,
  invitations). A headline that only repeats the job title wastes the best place to say what
  you do and for whom. LinkedIn cuts headlines at 220 characters.
severity: error
weight: 10
check:
  all:
    - present: headline
      message:
        en: There is no headline.
        nl: Er is geen kopregel.
    - max-length: {field: headline, value: 220}
      message:
        en: The headline is {headline.length} characters; LinkedIn shows at most 220.
        nl: De kopregel is {headline.length} tekens; LinkedIn toont er hoogstens 220.
    - differs-from: {field: headline, other: current_position.title}
      message:
        en: The headline only repeats the job title.
        nl: De kopregel herhaalt alleen de functietitel.
message:
  en: The headline needs work.
  nl: De kopregel kan beter.
suggestion:
  en: Write a headline of up to 220 characters that says what you do, for whom, and at {organisation}, not just your job title.
  nl: Schrijf een kopregel van hoogstens 220 tekens die zegt wat je doet, voor wie, en bij {organisation}, niet alleen je functietitel.
examples:
  passing:
    - headline: Data engineer at Acme | Making logistics data reliable for 300 planners
      positions:
        - {company: Acme, title: Data engineer, start: "2022-01"}
    - headline: Recruiter
  failing:
    - {}
    - headline: Data engineer
      positions:
        - {company: Acme, title: Data Engineer, start: "2022-01"}
    - headline: "Helping teams ship better software, one pipeline at a time. Platform engineer, open-source maintainer, speaker, mentor, coffee enthusiast, cyclist, father of two, amateur astronomer, and the person you call when the build is red at 2 am."
"""#),
        ("industry.yml", #"""
id: industry
name: Industry
description: The profile names an industry.
rationale: Industry is one of LinkedIn's All-Star criteria and is used in search filters.
severity: warning
weight: 4
all-star: true
check:
  present: industry
message:
  en: The profile names no industry.
  nl: Het profiel noemt geen sector.
suggestion:
  en: Choose the industry you work in on your profile.
  nl: Kies op je profiel de sector waarin je werkt.
examples:
  passing:
    - industry: Logistics and Supply Chain
  failing:
    - {}
  unknown:
    - industry: null
"""#),
        ("location.yml", #"""
id: location
name: Location
description: The profile gives a location.
rationale: >-
  Location is one of LinkedIn's All-Star criteria; recruiters and local contacts search by it.
severity: warning
weight: 4
all-star: true
check:
  present: location
message:
  en: The profile gives no location.
  nl: Het profiel noemt geen locatie.
suggestion:
  en: Add your location (city or region and country).
  nl: Voeg je locatie toe (stad of regio en land).
examples:
  passing:
    - location: Utrecht, Netherlands
  failing:
    - {}
    - location: "  "
  unknown:
    - location: null
"""#),
        ("past-positions.yml", #"""
id: past-positions
name: Past positions
description: The profile lists at least two past positions.
rationale: >-
  Two past positions are one of LinkedIn's All-Star criteria; they show a career path and
  connect you to former colleagues.
severity: warning
weight: 6
all-star: true
check:
  min-count: {field: past_positions, value: 2}
message:
  en: The profile lists {past_positions.count} past positions; All-Star needs at least 2.
  nl: Het profiel noemt {past_positions.count} eerdere functies; All-Star vraagt er minstens 2.
suggestion:
  en: Add your earlier positions (at least two), each with employer, title and dates.
  nl: Voeg je eerdere functies toe (minstens twee), elk met werkgever, titel en data.
examples:
  passing:
    - positions:
        - {company: Acme, title: Data engineer, start: "2022-01"}
        - {company: Globex, title: Analyst, start: "2018-03", end: "2021-12"}
        - {company: Initech, title: Intern, start: "2017-02", end: "2017-08"}
  failing:
    - positions:
        - {company: Acme, title: Data engineer, start: "2022-01"}
        - {company: Globex, title: Analyst, start: "2018-03", end: "2021-12"}
    - {}
  unknown:
    - positions: null
"""#),
        ("photo.yml", #"""
id: photo
name: Profile photo
description: The profile has a profile photo.
rationale: >-
  Profiles with a photo get many more views and connection requests, and a photo is one of
  LinkedIn's All-Star criteria. A LinkedIn export only proves a photo through an upload in
  Rich_Media.csv, so without one the rule is unknown rather than failing.
severity: error
weight: 10
all-star: true
check:
  present: photo
message:
  en: There is no profile photo.
  nl: Er is geen profielfoto.
suggestion:
  en: Add a professional profile photo (a clear, recent head-and-shoulders picture).
  nl: Voeg een professionele profielfoto toe (een duidelijke, recente foto van hoofd en schouders).
examples:
  passing:
    - photo: true
    - photo: https://example.org/photos/anna.jpg
  failing:
    - {}
    - photo: false
    - photo: ""
  unknown:
    - photo: null
"""#),
        ("role-description.yml", #"""
id: role-description
name: Role description
description: The current position has a description of 200 to 2,000 characters.
rationale: >-
  LinkedIn's All-Star criteria ask for a described current position, and the profile-strength
  meter counts a description from about 200 characters. LinkedIn accepts at most 2,000.
severity: warning
weight: 8
all-star: true
check:
  all:
    - present: current_position
      message:
        en: There is no current position to describe.
        nl: Er is geen huidige functie om te beschrijven.
    - min-length: {field: current_position.description, value: 200}
      message:
        en: The current position's description is {current_position.description.length} characters; aim for at least 200.
        nl: De beschrijving van je huidige functie is {current_position.description.length} tekens; mik op minstens 200.
    - max-length: {field: current_position.description, value: 2000}
      message:
        en: The current position's description is {current_position.description.length} characters; LinkedIn accepts at most 2,000.
        nl: De beschrijving van je huidige functie is {current_position.description.length} tekens; LinkedIn accepteert er hoogstens 2.000.
message:
  en: The current position needs a description.
  nl: De huidige functie heeft een beschrijving nodig.
suggestion:
  en: Describe your current role in 200 to 2,000 characters - what you are responsible for, with one or two concrete results.
  nl: Beschrijf je huidige functie in 200 tot 2.000 tekens - waar je verantwoordelijk voor bent, met een of twee concrete resultaten.
examples:
  passing:
    - positions:
        - company: Acme
          title: Data engineer
          start: "2022-01"
          description: "I build and run the data pipelines that feed Acme's planning tools: ingesting orders from 40 warehouses, checking their quality, and publishing daily forecasts. In 2024 we cut the time from order to forecast from six hours to twenty minutes."
  failing:
    - positions:
        - {company: Acme, title: Data engineer, start: "2022-01"}
    - positions:
        - {company: Acme, title: Data engineer, start: "2022-01", description: Pipelines and dashboards.}
  unknown:
    - positions: null
"""#),
        ("skills.yml", #"""
id: skills
name: Skills
description: The profile lists at least 5 skills.
rationale: >-
  Skills are one of LinkedIn's All-Star criteria (3 at the minimum; 5 for the "Expert"
  strength level) and make the profile findable by recruiters and colleagues.
severity: warning
weight: 6
all-star: true
check:
  min-count: {field: skills, value: 5}
message:
  en: The profile lists {skills.count} skills; aim for at least 5.
  nl: Het profiel noemt {skills.count} vaardigheden; mik op minstens 5.
suggestion:
  en: Add skills until you have at least 5 that describe your work.
  nl: Voeg vaardigheden toe tot je er minstens 5 hebt die je werk beschrijven.
examples:
  passing:
    - skills: [SQL, Python, dbt, Data modelling, Forecasting]
  failing:
    - skills: [SQL, Python]
    - {}
  unknown:
    - skills: null
"""#),
    ]
}
