#!/usr/bin/env python3
"""Writes the export fixtures whose quirk is in their bytes, reproducibly.

    python3 Fixtures/linkedin/make-quirks.py

Every person, company and text is invented; each folder reproduces, byte for byte, one quirk seen in
real exports (see `LinkedInExportLeniencyTests`):

- `resaved-windows-1252/`: a `Recommendations_Received.csv` re-saved on Windows (CRLF, a header that
  lost its first column and has `Creation Date.1`) whose UTF-8 Text holds one Windows-1252 byte
  `0x92` (a right single quote) at byte 419, and a `Reactions.csv` that is really an XLSX workbook.
- `refused/binary-profile/`: an export whose `Profile.csv` holds binary bytes, not LinkedIn's header.
- `refused/brokerage-positions/`: a folder holding only a brokerage's `Positions.csv` (a title line, a blank
  line, every field quoted, a trailing comma): not an export.
  (Inputs under `refused/` must be refused: tests that score every fixture skip them.)
- `2018-groups/` and `2018-groups-empty/`: 2018 exports whose `Ad Targeting.csv` is UTF-16LE with a
  byte order mark, tab-separated, every field quoted, with a `Groups` column (filled, and empty),
  beside `Profile.csv` and `Positions.csv` in UTF-8 with commas.
- `blank-entries/`: an export whose positions, schools, skills, languages and certifications include
  rows with nothing filled in (or only dates), as an unfilled template has.
"""
import io
import os
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

PROFILE_HEADER = ("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
                  "Geo Location,Twitter Handles,Websites,Instant Messengers\n")
POSITIONS_HEADER = "Company Name,Title,Description,Location,Started On,Finished On\n"


def write(folder, name, data):
    path = os.path.join(HERE, folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def fresh(folder):
    shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)


def xlsx():
    """A minimal XLSX workbook (a ZIP archive), with a fixed timestamp."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in [
            ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="xml" ContentType="application/xml"/></Types>'),
            ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>'
             '<sheet name="Reactions" sheetId="1"/></sheets></workbook>'),
        ]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return buffer.getvalue()


def resaved_windows_1252():
    folder = "resaved-windows-1252"
    fresh(folder)
    write(folder, "Profile.csv", PROFILE_HEADER +
          "Lotte,Verbeek,,,,Customs broker for perishable imports at Noordwind Logistiek,"
          "\"I clear fresh produce through customs at Rotterdam and Schiphol, and train new brokers.\","
          "Logistics and Supply Chain,,\"Rotterdam, Netherlands\",,,\n")
    write(folder, "Positions.csv", POSITIONS_HEADER +
          "Noordwind Logistiek,Customs broker,I clear perishable imports for 60 growers.,\"Rotterdam, Netherlands\",Apr 2021,\n"
          "Havenhuis Expeditie,Customs clerk,,\"Rotterdam, Netherlands\",2017,Mar 2021\n"
          "Kaapstander Transport,Planner,,Breda,2015,2017\n")
    write(folder, "Skills.csv", "Name\nCustoms clearance\nIncoterms\nPerishables\nSAP\nDutch customs law\n")
    write(folder, "Education.csv", "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
          "Hogeschool Zeeland,2011,2015,Logistics,BBA,\n")
    # Re-saved on Windows: CRLF, the first column lost, pandas' `Creation Date.1`; UTF-8 but for one
    # Windows-1252 right single quote (0x92) in the Text, at byte 419 of the file; Excel's `3-Dec-22` date.
    header = b"Last Name,Company,Job Title,Text,Creation Date.1,Status\r\n"
    before = (b'"Dijkstra, CCS",Havenhuis Expeditie,Head of customs,"Lotte is the broker our growers ask for by name. '
              b"She knows the phytosanitary rules for every market we ship to, spots a missing certificate before the "
              b"truck leaves the farm, and explains why the paperwork matters. When "
              b"our EDI link failed she cleared 140 declarations by hand. "
              b"She made our whole customs ")
    after = b's work calmer and faster.",3-Dec-22,VISIBLE\r\n'
    content = header + before + b"team" + b"\x92" + after
    assert content.index(b"\x92") == 418, content.index(b"\x92")  # byte 419, counted from 1
    write(folder, "Recommendations_Received.csv", content)
    write(folder, "Reactions.csv", xlsx())


def binary_profile():
    folder = "refused/binary-profile"
    fresh(folder)
    write(folder, "Profile.csv", b"\x00\x01\xff\xfe garbage \xc3\x28 not a csv\x00")
    write(folder, "Positions.csv", POSITIONS_HEADER +
          "Zandvoort Zorggroep,Roster planner,I plan shifts for 300 nurses.,Haarlem,Jan 2022,\n")
    write(folder, "Skills.csv", "Name\nRostering\nExcel\n")


def brokerage_positions():
    folder = "refused/brokerage-positions"
    fresh(folder)
    lines = [
        '"Positions for account Individual ...417 as of 04:05 PM ET, 2026/03/02"',
        "",
        '"Symbol","Description","Qty (Quantity)","Price","Mkt Val (Market Value)","Cost Basis","Security Type",',
        '"EXMP","EXAMPLE INDUSTRIES INC","40","12.50","$500.00","$480.00","Equity",',
        '"SMPL","SAMPLE HOLDINGS CORP","10","88.00","$880.00","$900.00","Equity",',
        '"Cash & Cash Investments","--","--","--","$1,204.11","--","Cash and Money Market",',
        '"Positions Total","","--","--","$2,584.11","--","--",',
    ]
    write(folder, "Positions.csv", "\n".join(lines) + "\n")


def utf16le_quoted_tabs(rows):
    text = "\n".join("\t".join('"' + field + '"' for field in row) for row in rows) + "\n"
    return b"\xff\xfe" + text.encode("utf-16-le")


AD_TARGETING_2018 = ["Age Group", "Country", "Company Sizes", "Companies", "Followed Companies", "Functions", "Gender",
                     "Industries", "Followed Industries", "Partner Opt Out Advertising", "Seniorities", "State",
                     "Postal Code", "Schools", "Graduation Year", "Groups", "Interface Language", "Degree Classes", "Skills"]


def export_2018(folder, groups):
    fresh(folder)
    write(folder, "Profile.csv",
          "First Name,Last Name,Maiden Name,Address,Birth Date,Contact Instructions,Headline,Summary,Industry,Country,"
          "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
          "Pieter,Hoekstra,,,,,Rail freight planner at Spoorweg Vracht Noord,"
          "I plan container trains between Rotterdam and the Ruhr.,Transportation/Trucking/Railroad,Netherlands,,,,,\n")
    write(folder, "Positions.csv", POSITIONS_HEADER +
          "Spoorweg Vracht Noord,Rail freight planner,,\"Rotterdam, Netherlands\",Jun 2015,\n"
          "Kanaal Shipping,Junior planner,,Dordrecht,2012,May 2015\n")
    row = ["35-54", "nl", "51-200", "", "", "Operations", "Male", "Transportation/Trucking/Railroad", "", "No", "Senior",
           "", "", "Hogeschool Rotterdam", "2012", groups, "en", "", "rail freight,planning,intermodal"]
    write(folder, "Ad Targeting.csv", utf16le_quoted_tabs([AD_TARGETING_2018, row]))


def blank_entries():
    folder = "blank-entries"
    fresh(folder)
    write(folder, "Profile.csv", PROFILE_HEADER +
          "Mira,Oosterhuis,,,,Payroll specialist at Duinrand Zorg,,Hospitals and Health Care,,\"Leiden, Netherlands\",,,\n")
    write(folder, "Positions.csv", POSITIONS_HEADER +
          ",,,,Jan 2024,\n"
          "Duinrand Zorg,Payroll specialist,I run the payroll for 900 employees.,Leiden,Mar 2020,\n"
          ",,,,,\n"
          "Polderpoort Gemeente,Payroll clerk,,Alphen aan den Rijn,2016,Feb 2020\n")
    write(folder, "Education.csv", "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
          ",2010,2014,,,\n"
          ",2006,2010,,B.A.,\n")
    write(folder, "Skills.csv", "Name\nPayroll\n\n \nAFAS\n\"\"\n")
    write(folder, "Languages.csv", "Name,Proficiency\nDutch,Native or bilingual proficiency\n,Full professional proficiency\n")
    write(folder, "Certifications.csv", "Name,Url,Authority,Started On,Finished On,License Number\n,,,,,\n,,,Jan 2020,,\n")


def main():
    resaved_windows_1252()
    binary_profile()
    brokerage_positions()
    export_2018("2018-groups", "Rail Freight NL; Intermodal Planners Benelux")
    export_2018("2018-groups-empty", "")
    blank_entries()
    print("wrote the quirk fixtures under", os.path.relpath(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
