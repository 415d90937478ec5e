#!/usr/bin/env python3
"""Write the shared screening schema and the municipality list for jobmatch.

    python3 tools/make_reference_data.py [--shared DIR] [--out DIR] [--report]

Reads the official ESCO v1.1.1 CSV files (English) and the Danish municipality table
from the shared reference folder (default: ``../shared`` next to the repository root)
and writes ``schema.json`` and ``municipalities.json`` into ``--out`` (default:
``Sources/JobMatchResources``; ``data/*.json`` link there).

The curated content (which competences and occupations the job centres match on, the
Danish labels and search aliases, similarities, profiles, postcodes) lives in the
tables below. ESCO supplies the URIs, the ISCO codes and the English labels: each
curated entry names an ESCO concept by its exact preferredLabel, and the script stops
with a list of every label it cannot find. The output is deterministic: running the
script twice gives byte-identical files. Python 3 standard library only.
"""

import argparse
import collections
import csv
import json
import os
import re
import sys

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")
DROPPED_MUNICIPALITIES = {"0411"}  # Christiansø is administered by the state, not a municipality.


class DataError(Exception):
    """Curated data that does not fit ESCO or itself; the message lists every problem."""


def read_csv(path):
    """Rows as dicts keyed by header name (ESCO layouts drift; never index by position)."""
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def index_by_label(rows, what):
    """Map stripped preferredLabel -> row. A few ESCO labels carry trailing spaces
    ("breed cattle "); matching the stripped label keeps the tables readable while
    still requiring an exact match otherwise."""
    index = {}
    for row in rows:
        label = row["preferredLabel"].strip()
        if label in index:
            raise DataError(f"ESCO {what} label '{label}' is not unique")
        index[label] = row
    return index


def build_competences(skills_by_label, errors):
    competences = []
    for entry in COMPETENCES:
        cid, esco_label, da, aliases, groups, related = entry[:6]
        en_override = entry[6] if len(entry) > 6 else None
        item = {"id": cid}
        if esco_label is not None:
            row = skills_by_label.get(esco_label)
            if row is None:
                errors.append(f"competence {cid}: ESCO skill '{esco_label}' not found in skills_en.csv")
                continue
            item["escoUri"] = row["conceptUri"]
            en = row["preferredLabel"].strip()
        else:
            if en_override is None:
                errors.append(f"competence {cid}: no ESCO label and no English label")
                continue
            en = en_override
        item["da"] = da
        item["en"] = en
        item["aliases"] = list(aliases)
        item["groups"] = groups.split()
        item["related"] = [{"id": rid, "similarity": sim} for rid, sim in related]
        competences.append(item)
    return competences


def build_occupations(occupations_by_label, errors):
    occupations = []
    for oid, esco_label, da, group, essential, optional in OCCUPATIONS:
        row = occupations_by_label.get(esco_label)
        if row is None:
            errors.append(f"occupation {oid}: ESCO occupation '{esco_label}' not found in occupations_en.csv")
            continue
        occupations.append({
            "id": oid,
            "escoUri": row["conceptUri"],
            "isco": row["iscoGroup"],
            "da": da,
            "en": row["preferredLabel"].strip(),
            "group": group,
            "essential": [{"competence": c, "level": lvl} for c, lvl in essential],
            "optional": [{"competence": c, "level": lvl} for c, lvl in optional],
        })
    return occupations


def check_curation(competences, occupations, errors):
    """The same rules SchemaCheck.swift enforces, plus the curation rules of the brief,
    so a bad table fails here with a readable message before any file is written."""
    group_codes = {g[0] for g in INDUSTRY_GROUPS}
    ids = [c["id"] for c in competences]
    known = set(ids)
    for cid, n in collections.Counter(ids).items():
        if n > 1:
            errors.append(f"competence id '{cid}' is used {n} times")
    for c in competences:
        if not ID_PATTERN.match(c["id"]) or "." not in c["id"]:
            errors.append(f"competence id '{c['id']}' must be dotted lowercase ascii")
        if not 1 <= len(c["aliases"]) <= 4:
            errors.append(f"competence {c['id']}: needs 1-4 aliases, has {len(c['aliases'])}")
        if len(c["related"]) > 4:
            errors.append(f"competence {c['id']}: at most 4 related, has {len(c['related'])}")
        if not c["groups"]:
            errors.append(f"competence {c['id']}: no industry group")
        for g in c["groups"]:
            if g not in group_codes:
                errors.append(f"competence {c['id']}: unknown industry group '{g}'")
        for r in c["related"]:
            if r["id"] not in known:
                errors.append(f"competence {c['id']}: related competence '{r['id']}' does not exist")
            if r["id"] == c["id"]:
                errors.append(f"competence {c['id']}: related to itself")
            if not 0 < r["similarity"] <= 1:
                errors.append(f"competence {c['id']}: similarity {r['similarity']} outside (0, 1]")
    occ_ids = [o["id"] for o in occupations]
    for oid, n in collections.Counter(occ_ids).items():
        if n > 1:
            errors.append(f"occupation id '{oid}' is used {n} times")
    for o in occupations:
        if not ID_PATTERN.match(o["id"]) or not o["id"].startswith("occ."):
            errors.append(f"occupation id '{o['id']}' must look like occ.name")
        if o["group"] not in group_codes:
            errors.append(f"occupation {o['id']}: unknown industry group '{o['group']}'")
        if not 3 <= len(o["essential"]) <= 6:
            errors.append(f"occupation {o['id']}: needs 3-6 essential competences, has {len(o['essential'])}")
        if not 2 <= len(o["optional"]) <= 6:
            errors.append(f"occupation {o['id']}: needs 2-6 optional competences, has {len(o['optional'])}")
        seen = set()
        for item in o["essential"] + o["optional"]:
            if item["competence"] not in known:
                errors.append(f"occupation {o['id']}: unknown competence '{item['competence']}'")
            if item["competence"] in seen:
                errors.append(f"occupation {o['id']}: competence '{item['competence']}' listed twice")
            seen.add(item["competence"])
            if not 1 <= item["level"] <= 4:
                errors.append(f"occupation {o['id']}: level {item['level']} outside 1-4")
    for code, _, _, _ in INDUSTRY_GROUPS:
        n_comp = sum(1 for c in competences if code in c["groups"])
        n_occ = sum(1 for o in occupations if o["group"] == code)
        if n_comp < 5:
            errors.append(f"industry group {code}: only {n_comp} competences (need 5)")
        if n_occ < 2:
            errors.append(f"industry group {code}: only {n_occ} occupations (need 2)")


def esco_support_report(competences, occupations, occupation_rows, relations_path):
    """How many profile items ESCO's occupation-skill relations back (printed with --report)."""
    uri_of = {c["id"]: c.get("escoUri") for c in competences}
    wanted = {o["escoUri"] for o in occupations}
    relations = collections.defaultdict(dict)
    for row in read_csv(relations_path):
        if row["occupationUri"] in wanted:
            relations[row["occupationUri"]][row["skillUri"]] = row["relationType"]
    lines = []
    total = backed = 0
    for o in occupations:
        rel = relations.get(o["escoUri"], {})
        ess = [i["competence"] for i in o["essential"]]
        hits = [c for c in ess if uri_of.get(c) in rel]
        total += len(ess)
        backed += len(hits)
        lines.append(f"  {o['id']:<32} essential backed by ESCO: {len(hits)}/{len(ess)}")
    lines.append(f"  total: {backed}/{total} essential profile items are ESCO relations of the occupation")
    return "\n".join(lines)


def build_schema(competences, occupations):
    return {
        "version": VERSION,
        "levels": [{"level": lvl, "da": da, "en": en, "meaning": meaning} for lvl, da, en, meaning in LEVELS],
        "industryGroups": [{"code": code, "da": da, "en": en, "db07": db07.split()}
                           for code, da, en, db07 in INDUSTRY_GROUPS],
        "competences": competences,
        "occupations": occupations,
        "licences": [{"code": code, "da": da, "en": en} for code, da, en in LICENCES],
        "certificates": [{"id": cid, "da": da, "en": en} for cid, da, en in CERTIFICATES],
        "languages": [{"code": code, "da": da, "en": en} for code, da, en in LANGUAGES],
        "cefrLevels": ["A1", "A2", "B1", "B2", "C1", "C2"],
        "educationLevels": [{"id": eid, "da": da, "en": en, "upperSecondary": upper}
                            for eid, da, en, upper in EDUCATION_LEVELS],
        "benefitTypes": [{"id": bid, "da": da, "en": en, "matchCategories": list(cats)}
                         for bid, da, en, cats in BENEFIT_TYPES],
        "jobTypes": [build_job_type(jt) for jt in JOB_TYPES],
        "scoring": dict(SCORING),
        "travel": dict(TRAVEL),
    }


RULE_KEYS = ["id", "validFrom", "validTo", "da", "en", "benefitTypes", "minWeeksUnemployed",
             "waiveWaitFromAge", "waiveWaitForSingleProvider", "waiveWaitWithoutUpperSecondary",
             "requiresFlexJobApproval", "maxMonthsPrivate", "maxMonthsPublic"]


def build_job_type(jt):
    jid, da, en, rules = jt
    out_rules = []
    for rule in rules:
        unknown = set(rule) - set(RULE_KEYS)
        if unknown:
            raise DataError(f"job type {jid}: unknown rule fields {sorted(unknown)}")
        # Fixed key order (the Swift field order); optional fields are omitted, not null.
        out_rules.append({k: rule[k] for k in RULE_KEYS if k in rule})
    return {"id": jid, "da": da, "en": en, "rules": out_rules}


def build_municipalities(rows, errors):
    municipalities = []
    for row in rows:
        code = row["kommunekode"].strip()
        if code in DROPPED_MUNICIPALITIES:
            continue
        if code not in POSTCODES:
            errors.append(f"municipality {code} {row['navn']}: no postcodes in the table")
            continue
        municipalities.append({
            "code": code,
            "name": MUNICIPALITY_NAMES.get(code, row["navn"].strip()),
            "region": row["region"].strip(),
            "lat": float(row["seat_lat"]),
            "lon": float(row["seat_lon"]),
            "population": int(row["geonames_population"]),
            "seat": SEAT_NAMES.get(code, row["seat_name"].strip()),
            "postcodes": list(POSTCODES[code]),
        })
    municipalities.sort(key=lambda m: m["code"])
    codes = {m["code"] for m in municipalities}
    for code in POSTCODES:
        if code not in codes:
            errors.append(f"postcode table names municipality {code}, which is not in the CSV")
    all_postcodes = [p for m in municipalities for p in m["postcodes"]]
    for p, n in collections.Counter(all_postcodes).items():
        if n > 1:
            errors.append(f"postcode {p} is listed for {n} municipalities")
    cooperations = [{"id": cid, "name": name, "members": list(members), "partners": list(partners)}
                    for cid, name, members, partners in COOPERATIONS]
    participating = set()
    for _, _, members, partners in COOPERATIONS:
        participating.update(members)
    participating.add("0851")  # Aalborg takes part as Vendsyssel's partner job centre.
    for code in participating:
        if code not in codes:
            errors.append(f"participating municipality {code} is not in the list")
    return {
        "version": VERSION,
        "municipalities": municipalities,
        "cooperations": cooperations,
        "participating": sorted(participating),
    }


def write_json(path, value):
    text = json.dumps(value, indent=2, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv=None):
    repo_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(repo_root), "shared"),
                        help="shared reference folder (default: ../shared next to the repository)")
    parser.add_argument("--out", default=os.path.join(repo_root, "Sources", "JobMatchResources"),
                        help="where to write schema.json and municipalities.json")
    parser.add_argument("--report", action="store_true",
                        help="print how well ESCO's occupation-skill relations back the profiles")
    args = parser.parse_args(argv)

    esco = os.path.join(args.shared, "esco", "v1.1.1")
    municipality_csv = os.path.join(args.shared, "dk", "municipalities.csv")
    for path in (esco, municipality_csv):
        if not os.path.exists(path):
            print(f"error: {path} not found; pass --shared DIR (the folder holding esco/ and dk/)",
                  file=sys.stderr)
            return 2

    try:
        skills = index_by_label(read_csv(os.path.join(esco, "skills_en.csv")), "skill")
        occupation_rows = read_csv(os.path.join(esco, "occupations_en.csv"))
        occupations_by_label = index_by_label(occupation_rows, "occupation")
        errors = []
        competences = build_competences(skills, errors)
        occupations = build_occupations(occupations_by_label, errors)
        check_curation(competences, occupations, errors)
        registry = build_municipalities(read_csv(municipality_csv), errors)
        if errors:
            raise DataError("\n".join(errors))
        schema = build_schema(competences, occupations)
    except DataError as e:
        print("error: the reference tables do not fit ESCO or themselves:", file=sys.stderr)
        for line in str(e).splitlines():
            print(f"  {line}", file=sys.stderr)
        return 1

    os.makedirs(args.out, exist_ok=True)
    write_json(os.path.join(args.out, "schema.json"), schema)
    write_json(os.path.join(args.out, "municipalities.json"), registry)
    with_uri = sum(1 for c in competences if "escoUri" in c)
    print(f"wrote {args.out}/schema.json: {len(competences)} competences ({with_uri} with ESCO URI), "
          f"{len(occupations)} occupations; municipalities.json: {len(registry['municipalities'])} municipalities")
    if args.report:
        print(esco_support_report(competences, occupations, occupation_rows,
                                  os.path.join(esco, "occupationSkillRelations.csv")))
    return 0


# ---------------------------------------------------------------------------------------
# Curated tables. Everything below is data; the mechanics above never special-case an id.
# ---------------------------------------------------------------------------------------
VERSION = "2026.1"

# (level, da, en, meaning) — what a consultant means by "level n" in any competence.
LEVELS = [
    (1, "grundlæggende", "basic",
     "Has done the task under guidance or in training; needs instruction and supervision."),
    (2, "selvstændig", "independent",
     "Does the routine tasks alone to the expected standard and pace."),
    (3, "erfaren", "experienced",
     "Several years of practice; handles non-routine tasks and problems and can guide colleagues."),
    (4, "ekspert", "expert",
     "Masters the field: solves complex problems, plans the work and trains or certifies others."),
]

# (code, da, en, DB07 sections) — the 16 industry groups of the job barometer.
INDUSTRY_GROUPS = [
    ("01", "Landbrug, skovbrug og fiskeri", "Agriculture, forestry and fishing", "A"),
    ("02", "Industri", "Manufacturing", "B C"),
    ("03", "Energi- og vandforsyning og renovation", "Energy and utilities", "D E"),
    ("04", "Bygge og anlæg", "Construction", "F"),
    ("05", "Handel", "Trade", "G"),
    ("06", "Transport", "Transport", "H"),
    ("07", "Hoteller og restauranter", "Hotels and restaurants", "I"),
    ("08", "Information og kommunikation", "Information and communication", "J"),
    ("09", "Finansiering og forsikring", "Finance and insurance", "K"),
    ("10", "Ejendomshandel og udlejning", "Real estate", "L"),
    ("11", "Videnservice", "Knowledge services", "M"),
    ("12", "Rejsebureauer, rengøring og anden operationel service",
     "Travel agencies, cleaning and other operational services", "N"),
    ("13", "Offentlig administration, forsvar og politi", "Public administration, defence and police", "O"),
    ("14", "Undervisning", "Education", "P"),
    ("15", "Sundhed og socialvæsen", "Health and social work", "Q"),
    ("16", "Kultur, fritid og anden service", "Culture, leisure and other services", "R S"),
]

# Competences: (id, ESCO skill preferredLabel or None, Danish label, Danish search aliases,
#               industry groups, related [(id, similarity)], English label when no ESCO skill fits).
# Ids are stable: never renamed, never reused for another meaning (see docs/schema.md).
COMPETENCES = [
    # --- Welding and metalwork --------------------------------------------------------
    ("weld.mig", "perform metal inert gas welding", "MIG-svejsning", ["MIG", "MIG-svejser", "131"], "02 04",
     [("weld.mag", 0.8), ("weld.tig", 0.5), ("weld.mma", 0.5)]),
    ("weld.mag", "perform metal active gas welding", "MAG-svejsning", ["MAG", "CO2-svejsning", "135"], "02 03 04",
     [("weld.mig", 0.8), ("weld.mma", 0.5), ("weld.tig", 0.4)]),
    ("weld.tig", "perform tungsten inert gas welding", "TIG-svejsning", ["TIG", "argonsvejsning", "141"], "02 03",
     [("weld.mig", 0.5), ("weld.mag", 0.4), ("weld.brazing", 0.3)]),
    ("weld.mma", "apply arc welding techniques", "Elektrodesvejsning (MMA)", ["elektrodesvejsning", "MMA", "stick", "111"], "02 04",
     [("weld.mag", 0.6), ("weld.mig", 0.5), ("weld.tig", 0.4)]),
    ("weld.oxy-fuel", "operate oxy-fuel welding torch", "Gassvejsning og skærebrænder", ["autogensvejsning", "skærebrænder", "gassvejsning"], "02 04",
     [("weld.brazing", 0.5), ("metal.plasma-cutting", 0.4)]),
    ("weld.brazing", "apply brazing techniques", "Hårdlodning", ["slaglodning", "hårdlod"], "02 04",
     [("weld.soldering", 0.5), ("weld.oxy-fuel", 0.5), ("plumb.copper", 0.4)]),
    ("weld.soldering", "apply soldering techniques", "Blødlodning", ["lodning", "tinlodning"], "02 04",
     [("weld.brazing", 0.5), ("prod.electronics-assembly", 0.4)]),
    ("weld.spot", "apply spot welding techniques", "Punktsvejsning", ["punktsvejser", "modstandssvejsning"], "02 05",
     [("weld.mig", 0.3), ("metal.sheet", 0.3)]),
    ("weld.inspection", "perform welding inspection", "Svejsekontrol", ["svejseinspektion", "visuel kontrol", "NDT"], "02 03",
     [("prod.quality-check", 0.4), ("weld.mag", 0.3)]),
    ("metal.plasma-cutting", "operate plasma cutting torch", "Plasmaskæring", ["plasma", "plasmaskærer"], "02",
     [("weld.oxy-fuel", 0.4), ("cnc.laser-cutting", 0.4)]),
    ("metal.sheet", "shape sheet metal objects", "Pladearbejde", ["pladesmed", "kantbukning", "tyndplade"], "02 04 05",
     [("metal.sheet-shears", 0.5), ("auto.body", 0.4), ("build.gutters", 0.3)]),
    ("metal.sheet-shears", "use sheet metal shears", "Klipning af plade", ["pladesaks", "klippemaskine"], "02",
     [("metal.sheet", 0.5)]),
    ("metal.riveting", "operate handheld riveting equipment", "Nitning", ["nitter", "popnitter"], "02",
     [("metal.sheet", 0.3)]),
    ("metal.grinding", "smooth burred surfaces", "Afgratning og slibning", ["afgratning", "slibning", "vinkelsliber"], "02",
     [("metal.precision", 0.3)]),
    ("metal.precision", "apply precision metalworking techniques", "Præcisionsbearbejdning af metal", ["finmekanik", "tolerancer"], "02",
     [("cnc.turning", 0.4), ("cnc.milling", 0.4), ("metal.measuring", 0.4)]),
    ("metal.measuring", "operate precision measuring equipment", "Præcisionsmåling", ["skydelære", "mikrometer", "måleteknik"], "02",
     [("prod.quality-check", 0.3), ("carp.measuring", 0.3)]),
    ("metal.drawings", "interpret 2D plans", "Tegningslæsning", ["arbejdstegninger", "tegningsforståelse", "tegninger"], "02 04 11",
     [("eng.cad", 0.4), ("elec.diagrams", 0.3)]),
    ("metal.assembly", "assemble machines", "Maskinmontage", ["montør", "montage", "maskinmontør"], "02",
     [("mech.maintenance", 0.4), ("prod.assembly-line", 0.3)]),
    # --- CNC, maintenance and production ------------------------------------------------
    ("cnc.programming", "program a CNC controller", "CNC-programmering", ["CNC", "Heidenhain", "Fanuc"], "02",
     [("cnc.cam", 0.6), ("cnc.setup", 0.6)]),
    ("cnc.setup", "set up the controller of a machine", "Opstilling af CNC-maskiner", ["opstilling", "indkøring", "CNC-operatør"], "02",
     [("cnc.programming", 0.6), ("cnc.milling", 0.5), ("cnc.turning", 0.5)]),
    ("cnc.turning", "tend computer numerical control lathe machine", "CNC-drejning", ["drejer", "drejebænk", "CNC-drejebænk"], "02",
     [("cnc.milling", 0.6), ("cnc.setup", 0.5)]),
    ("cnc.milling", "tend CNC milling machine", "CNC-fræsning", ["fræser", "fræsemaskine"], "02",
     [("cnc.turning", 0.6), ("cnc.setup", 0.5)]),
    ("cnc.cam", "use CAM software", "CAM-programmering", ["CAM", "Mastercam", "Esprit"], "02 11",
     [("cnc.programming", 0.6), ("eng.cad", 0.4)]),
    ("cnc.laser-cutting", "tend CNC laser cutting machine", "Laserskæring", ["laser", "laserskærer"], "02",
     [("metal.plasma-cutting", 0.5), ("cnc.setup", 0.4)]),
    ("mech.maintenance", "perform machine maintenance", "Maskinvedligehold", ["vedligehold", "service", "reparation"], "02 03",
     [("mech.installed", 0.7), ("mech.troubleshoot", 0.5)]),
    ("mech.installed", "perform maintenance on installed equipment", "Vedligehold af installeret udstyr", ["driftsvedligehold", "forebyggende vedligehold"], "02 03 10",
     [("mech.maintenance", 0.7), ("mech.industrial-inspection", 0.5)]),
    ("mech.troubleshoot", "troubleshoot", "Fejlfinding", ["fejlsøgning", "fejlretning"], "02 03 04 05",
     [("mech.maintenance", 0.4)]),
    ("mech.hydraulics", "hydraulics", "Hydraulik", ["hydraulik", "hydrauliske anlæg"], "02 03 05",
     [("mech.pneumatics", 0.5)]),
    ("mech.pneumatics", "pneumatics", "Pneumatik", ["pneumatik", "trykluft"], "02",
     [("mech.hydraulics", 0.5)]),
    ("mech.industrial-inspection", "inspect industrial equipment", "Eftersyn af industrielt udstyr", ["eftersyn", "inspektion"], "02 03",
     [("mech.maintenance", 0.5)]),
    ("prod.line", "monitor the production line", "Produktionslinje", ["linjeoperatør", "produktion", "samlebånd"], "02",
     [("prod.machine", 0.6), ("prod.assembly-line", 0.6)]),
    ("prod.machine", "monitor machine operations", "Maskinbetjening", ["maskinoperatør", "operatør", "maskinpasser"], "02",
     [("prod.line", 0.6), ("prod.packaging-machines", 0.4)]),
    ("prod.assembly-line", "work in assembly line teams", "Samlebåndsarbejde", ["samlebånd", "produktionsmedarbejder"], "02",
     [("prod.line", 0.6), ("metal.assembly", 0.3)]),
    ("prod.quality-check", "check quality of products on the production line", "Kvalitetskontrol i produktionen", ["kvalitetskontrol", "QC", "kontrollant"], "02",
     [("prod.qa", 0.6)]),
    ("prod.qa", "quality assurance procedures", "Kvalitetssikring", ["kvalitetssikring", "ISO 9001", "QA"], "02 11",
     [("prod.quality-check", 0.6)]),
    ("prod.lean", "lean manufacturing", "Lean", ["lean", "5S", "kaizen"], "02 06 15",
     [("prod.qa", 0.3)]),
    ("prod.injection-moulding", "tend injection moulding machine", "Sprøjtestøbning", ["plast", "sprøjtestøber"], "02",
     [("prod.machine", 0.5)]),
    ("prod.electronics-assembly", "assemble electronic units", "Elektronikmontage", ["elektronikmontør", "print", "montage"], "02 08",
     [("weld.soldering", 0.5), ("metal.assembly", 0.3)]),
    ("prod.packing", "pack goods", "Pakning af varer", ["pakkeri", "pakning", "pakker"], "02 05 06",
     [("prod.packaging-machines", 0.5), ("logistics.picking", 0.4)]),
    ("prod.packaging-machines", "use packaging equipment", "Pakkemaskiner", ["pakkemaskine", "emballering"], "02 06",
     [("prod.packing", 0.5), ("prod.machine", 0.5)]),
    ("prod.labelling", "ensure correct goods labelling", "Mærkning af varer", ["etikettering", "mærkning"], "02 05 06",
     [("prod.packing", 0.4)]),
    # --- Wood and laboratory --------------------------------------------------------------
    ("wood.joinery", "join wood elements", "Samling af træemner", ["snedker", "træsamlinger"], "02 04",
     [("carp.structures", 0.5), ("wood.furniture", 0.5)]),
    ("wood.machining", "operate wood sawing equipment", "Maskinbearbejdning af træ", ["rundsav", "afkortersav", "høvl"], "02 04",
     [("wood.joinery", 0.4)]),
    ("wood.finishing", "apply wood finishes", "Overfladebehandling af træ", ["lakering", "oliering", "bejdsning"], "02 04",
     [("paint.surfaces", 0.4), ("paint.spray", 0.3)]),
    ("wood.furniture", "create furniture frames", "Møbelsnedkeri", ["møbelsnedker", "møbler"], "02",
     [("wood.joinery", 0.5)]),
    ("chem.handling", "handle chemicals", "Håndtering af kemikalier", ["kemikalier", "farlige stoffer", "kemi"], "02 03 11",
     [("chem.lab-safety", 0.4), ("clean.chemicals", 0.3)]),
    ("chem.lab", "perform laboratory tests", "Laboratorieanalyser", ["laborant", "laboratorium", "analyse"], "02 11 15",
     [("chem.samples", 0.6), ("water.quality", 0.3)]),
    ("chem.samples", "prepare chemical samples", "Prøveforberedelse", ["prøver", "prøveudtagning"], "02 11",
     [("chem.lab", 0.6)]),
    ("chem.lab-safety", "apply safety procedures in laboratory", "Laboratoriesikkerhed", ["laboratoriesikkerhed", "stinkskab"], "02 11 15",
     [("chem.handling", 0.4)]),
    # --- Food production --------------------------------------------------------------------
    ("food.haccp", "apply HACCP", "HACCP og egenkontrol", ["HACCP", "egenkontrol"], "02 07",
     [("food.hygiene", 0.6), ("food.gmp", 0.5)]),
    ("food.gmp", "apply GMP", "God fremstillingspraksis (GMP)", ["GMP"], "02",
     [("food.haccp", 0.5)]),
    ("food.hygiene", "comply with food safety and hygiene", "Fødevarehygiejne", ["hygiejne", "hygiejnebevis", "fødevaresikkerhed"], "02 05 07 15",
     [("food.haccp", 0.6)]),
    ("food.cip", "clean food and beverage machinery", "Rengøring af procesanlæg", ["CIP", "procesrengøring", "anlægsrengøring"], "02",
     [("clean.pressure-washing", 0.4)]),
    ("food.cold-chain", "ensure refrigeration of food in the supply chain", "Kølekæde", ["kølekæde", "frostvarer", "temperaturkontrol"], "02 05 06 07",
     [("food.process-temperature", 0.3)]),
    ("food.process-temperature", "monitor temperature in manufacturing process of food and beverages", "Temperaturstyring i fødevareproduktion", ["pasteurisering", "varmebehandling", "temperatur"], "02",
     [("food.cold-chain", 0.4)]),
    ("food.butchery", "prepare meat for sale", "Slagterarbejde", ["slagter", "opskæring", "detailslagter"], "02 05",
     [("food.boning", 0.6), ("food.carcass", 0.4)]),
    ("food.boning", "handle knives for meat processing activities", "Udbening og knivarbejde", ["udbener", "knivarbejde", "udskæring"], "02",
     [("food.butchery", 0.6), ("food.carcass", 0.5), ("cook.knife", 0.3)]),
    ("food.slaughter", "slaughter animals", "Slagtning", ["slagteri", "slagtearbejde"], "02",
     [("food.carcass", 0.6)]),
    ("food.carcass", "split animal carcasses", "Opdeling af slagtekroppe", ["opdeling", "slagtekrop", "flækning"], "02",
     [("food.slaughter", 0.6), ("food.boning", 0.5)]),
    ("food.fish-processing", "operate fish processing equipment", "Fiskeforarbejdning", ["fiskeindustri", "fiskefabrik"], "01 02",
     [("food.fish-filleting", 0.6)]),
    ("food.fish-filleting", "remove parts of fish", "Filetering af fisk", ["filetering", "sløjning", "fiskefilet"], "01 02",
     [("food.fish-processing", 0.6), ("fish.catch", 0.4)]),
    ("food.baking", "bake goods", "Bagning", ["bager", "brød", "bagværk"], "02 05 07",
     [("food.dough", 0.6), ("cook.pastry", 0.5)]),
    ("food.dough", "mould doughs", "Dejfremstilling og formning", ["dej", "æltning", "formning"], "02 07",
     [("food.baking", 0.6)]),
    ("food.weighing", "operate weighing machine", "Afvejning", ["vægt", "afvejning", "dosering"], "02 06",
     [("prod.machine", 0.3)]),
    # --- Agriculture, forestry, fishing ----------------------------------------------------
    ("agri.machinery", "operate agricultural machinery", "Landbrugsmaskiner", ["traktor", "mejetærsker", "landbrugsmaskiner"], "01",
     [("agri.tractor", 0.7), ("forest.machinery", 0.5), ("build.heavy-equipment", 0.4)]),
    ("agri.tractor", "tow a tractor implement using the power take-off", "Traktor med redskaber", ["traktorfører", "kraftudtag", "redskaber"], "01 12",
     [("agri.machinery", 0.7)]),
    ("agri.farm-maintenance", "maintain farm equipment", "Vedligehold af landbrugsmaskiner", ["landbrugsmekanik", "værksted"], "01 05",
     [("mech.maintenance", 0.5)]),
    ("agri.soil", "prepare planting area", "Jordbehandling og såning", ["pløjning", "harvning", "såning"], "01 12",
     [("agri.harvest", 0.4), ("agri.machinery", 0.4)]),
    ("agri.harvest", "harvest crop", "Høst", ["høst", "høstarbejde"], "01",
     [("agri.machinery", 0.4), ("agri.soil", 0.4)]),
    ("agri.fertilising", "spread fertiliser", "Gødning og gylleudbringning", ["gylle", "gødning", "gødningsspreder"], "01",
     [("agri.crop-protection", 0.4)]),
    ("agri.crop-protection", "spray pesticides", "Sprøjtning (plantebeskyttelse)", ["sprøjtecertifikat", "sprøjtefører", "pesticider"], "01 12",
     [("agri.fertilising", 0.4), ("garden.weeds", 0.4)]),
    ("agri.livestock", "manage livestock", "Husdyrhold", ["husdyr", "staldarbejde", "landmand"], "01",
     [("agri.feeding", 0.6), ("agri.pigs", 0.6), ("agri.cattle", 0.6)]),
    ("agri.feeding", "feed livestock", "Fodring af husdyr", ["fodring", "foderanlæg", "foder"], "01",
     [("agri.livestock", 0.6), ("aqua.feeding", 0.3)]),
    ("agri.pigs", "handle pigs", "Svinepasning", ["svin", "grise", "sostald", "farestald"], "01",
     [("agri.livestock", 0.7), ("agri.cattle", 0.4)]),
    ("agri.cattle", "breed cattle", "Kvæghold", ["kvæg", "køer", "kalve"], "01",
     [("agri.livestock", 0.7), ("agri.milking", 0.6), ("agri.pigs", 0.4)]),
    ("agri.milking", "milk animals", "Malkning", ["malker", "malkerobot", "malkestald"], "01",
     [("agri.cattle", 0.6)]),
    ("agri.animal-welfare", "monitor the welfare of animals", "Dyrevelfærd", ["dyrevelfærd", "dyresundhed"], "01",
     [("agri.livestock", 0.5)]),
    ("agri.animal-birth", "assist animal birth", "Fødselshjælp til dyr", ["faring", "kælvning", "fødsler"], "01",
     [("agri.pigs", 0.4), ("agri.cattle", 0.4)]),
    ("agri.biosecurity", "manage animal biosecurity", "Smittebeskyttelse i husdyrbrug", ["smittebeskyttelse", "biosikkerhed"], "01 02",
     [("agri.animal-welfare", 0.3)]),
    ("agri.greenhouse", "maintain the greenhouse", "Væksthusarbejde", ["gartneri", "væksthus", "drivhus"], "01",
     [("agri.plants", 0.6)]),
    ("agri.plants", "grow plants", "Plantedyrkning", ["potteplanter", "planteskole", "gartner"], "01 12",
     [("agri.greenhouse", 0.6), ("agri.propagation", 0.5), ("garden.planting", 0.5)]),
    ("agri.propagation", "propagate plants", "Formering af planter", ["stiklinger", "prikling", "formering"], "01",
     [("agri.plants", 0.6)]),
    ("forest.felling", "fell trees", "Træfældning", ["skovarbejder", "fældning", "skovning"], "01 12",
     [("forest.chainsaw", 0.7), ("garden.pruning", 0.3)]),
    ("forest.chainsaw", "operate chainsaw", "Motorsav", ["motorsav", "motorsavskørekort"], "01 03 12",
     [("forest.felling", 0.6)]),
    ("forest.machinery", "operate forestry machinery", "Skovmaskiner", ["skovmaskinfører", "skovningsmaskine", "udkørselsmaskine"], "01",
     [("agri.machinery", 0.5), ("forest.felling", 0.4)]),
    ("fish.catch", "handle fish products", "Fangstbehandling", ["fangstbehandling", "sløjning", "fisk"], "01 02",
     [("food.fish-filleting", 0.4)]),
    ("fish.gear", "prepare fishing equipment", "Fiskeredskaber", ["garn", "trawl", "redskaber"], "01",
     [("fish.deck", 0.5)]),
    ("fish.deck", "use fishing vessel equipment", "Dæksarbejde på fiskefartøj", ["dæksmand", "fisker", "fiskefartøj"], "01",
     [("fish.gear", 0.5), ("fish.mooring", 0.4)]),
    ("fish.mooring", "moor vessels", "Fortøjning", ["fortøjning", "tovværk"], "01 06",
     [("fish.deck", 0.4)]),
    ("fish.sea-survival", "survive at sea in the event of ship abandonment", "Sikkerhed til søs", ["søsikkerhed", "redningsflåde"], "01 06",
     [("care.first-aid", 0.2)]),
    ("aqua.feeding", "carry out feeding operations", "Fodring i akvakultur", ["dambrug", "havbrug", "fiskeopdræt"], "01",
     [("aqua.water", 0.5), ("agri.feeding", 0.3)]),
    ("aqua.water", "maintain aquaculture water quality", "Vandkvalitet i akvakultur", ["iltning", "vandkvalitet", "recirkulering"], "01",
     [("aqua.feeding", 0.5), ("water.quality", 0.5)]),
    ("aqua.fish-health", "monitor fish health status", "Fiskesundhed", ["fiskesygdomme", "fiskesundhed"], "01",
     [("aqua.feeding", 0.4)]),
    # --- Energy, water, waste ---------------------------------------------------------------
    ("energy.wind-service", "maintain wind turbines", "Service af vindmøller", ["vindmølletekniker", "servicetekniker", "WTG"], "02 03",
     [("energy.wind-inspection", 0.7), ("energy.electrical-maintenance", 0.5), ("mech.maintenance", 0.4)]),
    ("energy.wind-inspection", "inspect wind turbines", "Inspektion af vindmøller", ["vingeinspektion", "vindmølle"], "03",
     [("energy.wind-service", 0.7)]),
    ("energy.heights", "follow safety procedures when working at heights", "Arbejde i højder", ["højdearbejde", "faldsikring", "GWO"], "03 04 12",
     [("build.scaffolding", 0.3)]),
    ("energy.solar", "install photovoltaic systems", "Installation af solceller", ["solceller", "solcelleanlæg", "PV"], "03 04",
     [("elec.installation", 0.5)]),
    ("energy.heat-pump", "install heat pump", "Installation af varmepumper", ["varmepumpe", "luft-til-vand", "jordvarme"], "03 04",
     [("plumb.heating", 0.6), ("hvac.refrigeration", 0.5)]),
    ("energy.district-heating", "district heating and cooling", "Fjernvarme", ["fjernvarme", "varmeværk", "fjernkøling"], "03 04",
     [("plumb.heating", 0.5)]),
    ("energy.electrical-maintenance", "maintain electrical equipment", "Vedligehold af elektrisk udstyr", ["elvedligehold", "eltekniker"], "02 03",
     [("elec.installation", 0.5), ("mech.maintenance", 0.4)]),
    ("energy.generators", "monitor electric generators", "Overvågning af generatorer", ["generator", "kraftværk", "kontrolrum"], "03",
     [("energy.electrical-maintenance", 0.4)]),
    ("water.wastewater", "carry out waste water treatment", "Spildevandsrensning", ["renseanlæg", "spildevand", "driftsoperatør"], "03",
     [("water.treatment", 0.6), ("water.quality", 0.5)]),
    ("water.treatment", "perform water treatments", "Vandbehandling", ["vandværk", "drikkevand"], "03",
     [("water.wastewater", 0.6), ("water.quality", 0.5)]),
    ("water.quality", "measure water quality parameters", "Måling af vandkvalitet", ["vandprøver", "vandanalyse"], "01 03 11",
     [("water.treatment", 0.4), ("chem.lab", 0.3)]),
    ("waste.collection", "collect domestic waste", "Indsamling af husholdningsaffald", ["skraldemand", "renovation", "affaldsindsamling"], "03",
     [("waste.industrial", 0.6), ("waste.vehicle", 0.4)]),
    ("waste.industrial", "collect industrial waste", "Indsamling af erhvervsaffald", ["erhvervsaffald", "containere"], "03",
     [("waste.collection", 0.6)]),
    ("waste.sorting", "sort waste", "Affaldssortering", ["sortering", "genbrug", "kildesortering"], "03 04 06 12",
     [("waste.recycling", 0.5)]),
    ("waste.recycling", "operate recycling processing equipment", "Genanvendelsesanlæg", ["genbrugsplads", "genanvendelse", "genbrugsstation"], "03",
     [("waste.sorting", 0.5)]),
    ("waste.hazardous", "dispose of hazardous waste", "Farligt affald", ["farligt affald", "miljøaffald", "kemikalieaffald"], "03 04",
     [("chem.handling", 0.4), ("waste.sorting", 0.3)]),
    ("waste.vehicle", "drive waste collection vehicle", "Kørsel med renovationsbil", ["renovationsbil", "skraldebil"], "03 06",
     [("drive.truck", 0.7), ("waste.collection", 0.4)]),
    ("waste.appliances", "dismantle broken appliances", "Adskillelse af kasserede apparater", ["elektronikaffald", "WEEE", "adskillelse"], "03",
     [("waste.recycling", 0.4)]),
    # --- Construction -------------------------------------------------------------------------
    ("carp.structures", "install wood elements in structures", "Tømrerarbejde", ["tømrer", "træarbejde", "konstruktioner"], "04",
     [("carp.roof", 0.6), ("wood.joinery", 0.5), ("carp.drywall", 0.4), ("build.formwork", 0.4)]),
    ("carp.roof", "construct wood roofs", "Tagkonstruktioner i træ", ["spær", "tagkonstruktion"], "04",
     [("carp.structures", 0.6), ("build.roof-tiles", 0.3)]),
    ("carp.roof-windows", "install roof windows", "Montering af ovenlysvinduer", ["Velux", "ovenlys", "tagvinduer"], "04",
     [("carp.structures", 0.5)]),
    ("carp.drywall", "place drywall", "Gipsvægge", ["gips", "lette vægge", "gipsmontør"], "04",
     [("carp.structures", 0.4)]),
    ("carp.laminate", "install laminate floor", "Laminat- og trægulve", ["gulvlægger", "laminat", "parket"], "04",
     [("build.vinyl", 0.5), ("carp.structures", 0.3)]),
    ("carp.hardware", "install wood hardware", "Montering af beslag", ["beslag", "hængsler", "låse"], "02 04",
     [("carp.structures", 0.3)]),
    ("carp.measuring", "use measurement instruments", "Opmåling", ["opmåling", "laser", "vaterpas"], "04",
     [("metal.measuring", 0.3)]),
    ("build.vinyl", "lay resilient flooring tiles", "Vinyl- og linoleumsgulve", ["linoleum", "vinyl", "gulvbelægning"], "04",
     [("carp.laminate", 0.5)]),
    ("build.bricklaying", "lay bricks", "Murerarbejde", ["murer", "opmuring", "mursten"], "04",
     [("build.plastering", 0.5), ("build.mortar", 0.5), ("build.tiling", 0.4)]),
    ("build.mortar", "mix construction grouts", "Blanding af mørtel", ["mørtel", "fugemørtel"], "04",
     [("build.bricklaying", 0.4)]),
    ("build.plastering", "plaster surfaces", "Pudsning", ["puds", "filtsning", "pudser"], "04",
     [("build.bricklaying", 0.5)]),
    ("build.tiling", "lay tiles", "Flisearbejde", ["fliser", "flisemurer", "klinker"], "04",
     [("build.bricklaying", 0.4), ("build.vinyl", 0.3)]),
    ("build.concrete", "pour concrete", "Betonstøbning", ["beton", "støbning", "betonarbejder"], "04",
     [("build.formwork", 0.6), ("build.concrete-finishing", 0.6), ("build.reinforcement", 0.5)]),
    ("build.concrete-finishing", "screed concrete", "Afretning af beton", ["afretning", "glitning", "betongulv"], "04",
     [("build.concrete", 0.6)]),
    ("build.formwork", "place concrete forms", "Forskalling", ["forskalling", "forskallingstømrer"], "04",
     [("build.concrete", 0.6), ("carp.structures", 0.4)]),
    ("build.reinforcement", "tie reinforcing steel", "Armering", ["armering", "jernbinder", "armeringsjern"], "04",
     [("build.concrete", 0.5)]),
    ("build.scaffolding", "build scaffolding", "Stilladsopstilling", ["stillads", "stilladsmontør"], "04",
     [("energy.heights", 0.5)]),
    ("build.roofing", "apply roll roofing", "Tagdækning med tagpap", ["tagpap", "tagdækker", "paptag"], "04",
     [("build.roof-tiles", 0.5)]),
    ("build.roof-tiles", "lay interlocking roof tiles", "Tegl- og betontagsten", ["tagsten", "tegltag", "tækning"], "04",
     [("build.roofing", 0.5), ("carp.roof", 0.4)]),
    ("build.gutters", "install gutters", "Tagrender og nedløb", ["tagrender", "tagnedløb", "blik"], "04",
     [("metal.sheet", 0.4), ("build.roofing", 0.3)]),
    ("build.insulation", "install insulation material", "Isolering", ["isolering", "isolatør", "efterisolering"], "03 04",
     [("carp.drywall", 0.3)]),
    ("build.groundwork", "dig soil mechanically", "Jordarbejde", ["jordarbejde", "udgravning", "jord og beton"], "03 04",
     [("build.excavator", 0.6), ("build.sewer", 0.4)]),
    ("build.excavator", "operate excavator", "Gravemaskine", ["gravemaskine", "maskinfører", "minigraver"], "01 03 04",
     [("build.heavy-equipment", 0.7), ("build.groundwork", 0.5)]),
    ("build.heavy-equipment", "drive mobile heavy construction equipment", "Entreprenørmaskiner", ["entreprenørmaskiner", "gummiged", "læssemaskine"], "03 04",
     [("build.excavator", 0.7), ("agri.machinery", 0.3)]),
    ("build.sewer", "dig sewer trenches", "Kloakarbejde", ["kloak", "kloakrørlægger", "ledningsarbejde"], "03 04",
     [("build.groundwork", 0.5), ("plumb.drains", 0.4)]),
    ("build.asphalt", "pave asphalt layers", "Asfaltarbejde", ["asfalt", "asfaltør", "vejarbejde"], "04",
     [("build.paving", 0.4)]),
    ("build.paving", "lay stones", "Brolægning og belægning", ["brolægger", "belægningssten", "fliser"], "04 12",
     [("garden.landscaping", 0.5), ("build.asphalt", 0.4)]),
    ("build.demolition", "demolish structures", "Nedrivning", ["nedrivning", "nedbrydning"], "04",
     [("build.groundwork", 0.3)]),
    ("build.safety", "use safety equipment in construction", "Sikkerhed på byggepladsen", ["byggeplads", "værnemidler", "sikkerhedsudstyr"], "03 04",
     [("gen.safety", 0.6)]),
    ("paint.surfaces", "paint surfaces", "Malerarbejde", ["maler", "maling", "bygningsmaler"], "04",
     [("paint.preparation", 0.6), ("paint.spray", 0.5), ("paint.wallpaper", 0.4)]),
    ("paint.preparation", "prepare surface for painting", "Forbehandling før maling", ["spartling", "slibning", "afdækning"], "04",
     [("paint.surfaces", 0.6)]),
    ("paint.wallpaper", "hang wallpaper", "Tapetsering", ["tapet", "tapetserer", "filt"], "04",
     [("paint.surfaces", 0.4)]),
    ("paint.spray", "paint with a paint gun", "Sprøjtemaling", ["sprøjtemaler", "sprøjtelakering", "lakering"], "02 04 05",
     [("paint.surfaces", 0.5), ("wood.finishing", 0.3)]),
    ("elec.installation", "install electrical and electronic equipment", "El-installation", ["elektriker", "elinstallation", "el"], "02 03 04",
     [("elec.sockets", 0.6), ("elec.diagrams", 0.4), ("energy.solar", 0.4)]),
    ("elec.sockets", "install electricity sockets", "Stikkontakter og afbrydere", ["stikkontakter", "afbrydere", "lampeudtag"], "04",
     [("elec.installation", 0.6)]),
    ("elec.diagrams", "interpret electrical diagrams", "El-diagrammer", ["diagrammer", "el-tegninger", "diagramlæsning"], "02 03 04",
     [("metal.drawings", 0.4)]),
    ("elec.cable", "splice cable", "Kabelsamlinger", ["kabelmontør", "kabelsamling", "muffe"], "03 04",
     [("elec.installation", 0.5)]),
    ("elec.plc", "programmable logic controller", "PLC-programmering", ["PLC", "Siemens S7", "automatik"], "02 03",
     [("elec.automation", 0.5), ("it.programming", 0.3)]),
    ("elec.automation", "building automation", "Bygningsautomatik (CTS)", ["CTS", "KNX", "IHC"], "04 10",
     [("elec.plc", 0.5), ("elec.installation", 0.4)]),
    ("elec.testing", "use testing equipment", "Måling og afprøvning", ["måleinstrument", "afprøvning", "isolationsmåling"], "02 03 04",
     [("elec.installation", 0.4)]),
    ("plumb.installation", "install plumbing systems", "VVS-installation", ["VVS", "blikkenslager", "VVS-montør"], "04",
     [("plumb.pipes", 0.6), ("plumb.sanitary", 0.6), ("plumb.heating", 0.6)]),
    ("plumb.pipes", "install PVC piping", "Rørarbejde i plast", ["PEX", "PVC", "plastrør"], "03 04",
     [("plumb.installation", 0.6), ("plumb.copper", 0.5)]),
    ("plumb.copper", "prepare copper gas-lines pipes", "Kobberrør", ["kobberrør", "presfittings", "rørbukning"], "04",
     [("plumb.pipes", 0.5), ("weld.brazing", 0.4), ("plumb.gas", 0.4)]),
    ("plumb.gas", "install metal gas piping", "Gasinstallation", ["gas", "gasinstallatør", "gasrør"], "04",
     [("plumb.copper", 0.4)]),
    ("plumb.sanitary", "place sanitary equipment", "Sanitetsmontage", ["toilet", "håndvask", "sanitet"], "04",
     [("plumb.installation", 0.6)]),
    ("plumb.heating", "install heating boiler", "Varmeinstallation", ["radiatorer", "gulvvarme", "fyr"], "03 04",
     [("plumb.installation", 0.6), ("energy.heat-pump", 0.5), ("energy.district-heating", 0.4)]),
    ("plumb.drains", "clear out drains", "Afløbsrensning", ["afløb", "kloakrensning", "tilstopning"], "03 04 12",
     [("build.sewer", 0.4)]),
    ("hvac.ventilation", "install ventilation equipment", "Ventilationsmontage", ["ventilation", "ventilationsmontør", "kanaler"], "04",
     [("metal.sheet", 0.3)]),
    ("hvac.refrigeration", "refrigerants", "Køleteknik og kølemidler", ["køletekniker", "kølemontør", "F-gas"], "03 04",
     [("energy.heat-pump", 0.5)]),
    ("crane.operation", "operate cranes", "Kranbetjening", ["kran", "kranfører", "lastbilkran"], "02 04 06",
     [("crane.tower", 0.6), ("crane.mobile", 0.6)]),
    ("crane.tower", "operate tower crane", "Tårnkran", ["tårnkran", "tårnkranfører"], "04",
     [("crane.operation", 0.6), ("crane.mobile", 0.5)]),
    ("crane.mobile", "operate mobile crane", "Mobilkran", ["mobilkran", "autokran"], "04 06",
     [("crane.operation", 0.6), ("crane.tower", 0.5)]),
    ("crane.signals", "guide cranes", "Anhugning og kranguidning", ["anhugger", "signalgiver", "anhugning"], "04 06",
     [("crane.operation", 0.4)]),
    # --- Trade -----------------------------------------------------------------------------------
    ("retail.cash", "operate cash register", "Kassebetjening", ["kasse", "kassemedarbejder", "kassedame"], "05 07 16",
     [("serve.payments", 0.6), ("retail.refunds", 0.4)]),
    ("retail.shelves", "stock shelves", "Varepåfyldning", ["opfylder", "varepåfylder", "opfyldning"], "05",
     [("retail.display", 0.5), ("logistics.goods-receipt", 0.3)]),
    ("retail.display", "organise product display", "Vareeksponering", ["eksponering", "visual merchandising", "udstilling"], "05",
     [("retail.shelves", 0.5)]),
    ("retail.guidance", "provide customer guidance on product selection", "Kunderådgivning i butik", ["ekspedient", "butiksassistent", "salgsassistent"], "05",
     [("sales.customer-service", 0.6), ("sales.upselling", 0.4)]),
    ("retail.price-tags", "put up price tags", "Prismærkning", ["prismærkning", "skiltning"], "05",
     [("retail.shelves", 0.4)]),
    ("retail.ordering", "Order products", "Varebestilling", ["indkøb", "bestilling", "varebestiller"], "05 07",
     [("logistics.stock", 0.4)]),
    ("retail.store-management", "supervise sales activities", "Butiksledelse", ["butikschef", "butiksleder", "souschef"], "05",
     [("gen.staff-management", 0.6)]),
    ("retail.theft", "manage theft prevention", "Svindforebyggelse", ["svind", "tyverisikring"], "05 12",
     [("security.surveillance", 0.3)]),
    ("retail.refunds", "process refunds", "Returvarer og refusion", ["returvarer", "refusion", "bytte"], "05",
     [("retail.cash", 0.5)]),
    ("retail.webshop", "process orders from online shop", "Webshopordrer", ["webshop", "e-handel", "ordrebehandling"], "05 06",
     [("logistics.picking", 0.4)]),
    ("sales.b2b", "prospect new customers", "Opsøgende salg", ["kundeemner", "B2B", "mødebooking"], "05 08 09 10 11",
     [("sales.negotiation", 0.5), ("sales.crm", 0.4)]),
    ("sales.negotiation", "negotiate sales contracts", "Salgsforhandling", ["forhandling", "tilbud", "kontrakter"], "05 09 10",
     [("sales.b2b", 0.5), ("sales.quotes", 0.4)]),
    ("sales.crm", "use customer relationship management software", "CRM-systemer", ["CRM", "Salesforce", "Dynamics"], "05 08 09 12",
     [("sales.b2b", 0.3)]),
    ("sales.quotes", "answer requests for quotation", "Tilbudsgivning", ["tilbud", "tilbudsberegning"], "04 05",
     [("sales.negotiation", 0.4)]),
    ("sales.customer-service", "customer service", "Kundeservice", ["kundeservice", "kundebetjening", "service"], "05 07 09 12 16",
     [("sales.inquiries", 0.6), ("hotel.complaints", 0.5), ("retail.guidance", 0.5)]),
    ("sales.inquiries", "respond to customers' inquiries", "Besvarelse af kundehenvendelser", ["kundehenvendelser", "callcenter", "hotline"], "05 08 09 12",
     [("sales.customer-service", 0.6), ("sales.telephone", 0.6)]),
    ("sales.telephone", "communicate by telephone", "Telefonbetjening", ["telefon", "telefonsalg", "omstilling"], "05 09 11 12 13",
     [("sales.inquiries", 0.6)]),
    ("sales.upselling", "upsell products", "Mersalg", ["mersalg", "krydssalg"], "05 07 09",
     [("sales.b2b", 0.3)]),
    ("auto.repair", "carry out repair of vehicles", "Reparation af køretøjer", ["automekaniker", "mekaniker", "bilmekaniker"], "05 06",
     [("auto.diagnostics", 0.6), ("auto.electrical", 0.4)]),
    ("auto.diagnostics", "use automotive diagnostic equipment", "Fejldiagnose på køretøjer", ["diagnose", "testudstyr", "fejlkoder"], "05 06",
     [("auto.repair", 0.6), ("auto.electrical", 0.5)]),
    ("auto.electrical", "repair vehicle electrical systems", "Autoelektrik", ["autoelektriker", "bilelektrik"], "05 06",
     [("auto.diagnostics", 0.5), ("auto.hybrid", 0.4)]),
    ("auto.tyres", "replace tyres", "Dækskift", ["dækmontør", "dækskift", "hjulskift"], "05",
     [("auto.repair", 0.4)]),
    ("auto.body", "carry out repairs and maintenance of vehicle bodies", "Karosseriarbejde", ["karosseri", "pladearbejde", "opretter"], "05",
     [("metal.sheet", 0.4), ("paint.spray", 0.3)]),
    ("auto.hybrid", "hybrid vehicle architecture", "Hybrid- og elbiler", ["elbil", "hybrid", "højvolt"], "05 06",
     [("auto.electrical", 0.5)]),
    # --- Transport and logistics ---------------------------------------------------------------
    ("drive.truck", "manoeuvre heavy trucks", "Lastbilkørsel", ["lastbil", "lastbilchauffør", "CE"], "03 04 06",
     [("waste.vehicle", 0.7), ("drive.bus", 0.5), ("drive.van", 0.5)]),
    ("drive.bus", "manoeuvre bus", "Buskørsel", ["bus", "buschauffør", "rutebil"], "06",
     [("drive.truck", 0.5), ("drive.passengers", 0.5)]),
    ("drive.van", "drive vehicles", "Bilkørsel", ["varebil", "kørsel", "chauffør"], "05 06 12 15",
     [("drive.urban", 0.6), ("drive.truck", 0.3)]),
    ("drive.urban", "drive in urban areas", "Bykørsel", ["bykørsel", "taxi", "budkørsel"], "06",
     [("drive.van", 0.6), ("drive.taxi-dispatch", 0.4)]),
    ("drive.passengers", "communicate clearly with passengers", "Passagerservice", ["passagerer", "passagerbetjening"], "06",
     [("sales.customer-service", 0.4)]),
    ("drive.taxi-dispatch", "operate radio dispatch systems for taxis", "Taxikørsel og bestillingssystem", ["taxi", "taxichauffør", "taxameter"], "06",
     [("drive.urban", 0.5)]),
    ("drive.defensive", "perform defensive driving", "Defensiv kørsel", ["sikker kørsel", "defensiv kørsel", "glatførebane"], "06",
     [("drive.van", 0.3)]),
    ("drive.loading", "load cargo", "Læsning og losning", ["læsning", "losning", "lastning"], "03 06",
     [("drive.cargo-securing", 0.6), ("logistics.stacking", 0.4)]),
    ("drive.cargo-securing", "secure goods", "Godssikring", ["surring", "lastsikring", "godssikring"], "02 06",
     [("drive.loading", 0.6)]),
    ("drive.dangerous-goods", "transport dangerous goods", "Transport af farligt gods", ["ADR", "farligt gods", "tankbil"], "03 06",
     [("drive.truck", 0.3), ("chem.handling", 0.3)]),
    ("drive.gps", "operate GPS systems", "GPS og navigation", ["GPS", "navigation", "ruteplan"], "04 06",
     [("logistics.routes", 0.4)]),
    ("drive.road-law", "road transport legislation", "Køre- og hviletidsregler", ["køre-hviletid", "fartskriver", "tachograf"], "06",
     [("drive.truck", 0.3)]),
    ("drive.delivery", "differentiate types of packages", "Pakkeudbringning", ["pakkebud", "budchauffør", "udbringning"], "05 06",
     [("drive.urban", 0.5), ("drive.van", 0.5)]),
    ("logistics.forklift", "operate forklift", "Truckkørsel", ["truck", "gaffeltruck", "truckfører", "reachtruck"], "02 05 06",
     [("logistics.pallet-truck", 0.5), ("logistics.forklift-inspection", 0.5), ("logistics.stacking", 0.4)]),
    ("logistics.forklift-inspection", "conduct forklift inspections", "Dagligt eftersyn af truck", ["trucktjek", "eftersyn af truck"], "06",
     [("logistics.forklift", 0.5)]),
    ("logistics.pallet-truck", "operate material handling equipment", "Palleløfter og el-stabler", ["palleløfter", "elstabler", "ledestabler"], "02 05 06",
     [("logistics.forklift", 0.5)]),
    ("logistics.picking", "pick orders for dispatching", "Ordreplukning", ["pluk", "plukker", "lagerpluk"], "05 06",
     [("logistics.voice", 0.6), ("prod.packing", 0.4), ("retail.webshop", 0.4)]),
    ("logistics.voice", "operate voice picking systems", "Voice picking", ["voice", "stemmestyret pluk", "headset"], "06",
     [("logistics.picking", 0.6)]),
    ("logistics.goods-receipt", "receive goods", "Varemodtagelse", ["varemodtagelse", "varemodtager"], "05 06 07",
     [("logistics.stock", 0.5), ("logistics.wms", 0.4)]),
    ("logistics.stock", "manage warehouse inventory", "Lagerstyring", ["lagerstyring", "optælling", "vareoptælling"], "05 06",
     [("logistics.wms", 0.6), ("logistics.stock-rotation", 0.4)]),
    ("logistics.wms", "operate warehouse record systems", "Lagersystemer (WMS)", ["WMS", "SAP", "lagersystem", "scanner"], "05 06",
     [("logistics.stock", 0.6)]),
    ("logistics.stacking", "stack goods", "Stabling og palletering", ["palletering", "stabling"], "02 06",
     [("logistics.containers", 0.5), ("drive.loading", 0.4)]),
    ("logistics.shipping", "handle shipment paperwork", "Forsendelsespapirer", ["fragtbrev", "CMR", "forsendelse"], "05 06",
     [("logistics.dispatch", 0.3)]),
    ("logistics.dispatch", "schedule and dispatch drivers", "Disponering af chauffører", ["disponent", "trafikleder", "vognmand"], "06",
     [("logistics.routes", 0.6)]),
    ("logistics.routes", "prepare transportation routes", "Ruteplanlægning", ["ruteplanlægning", "kørselsplan"], "03 06",
     [("logistics.dispatch", 0.6), ("drive.gps", 0.3)]),
    ("logistics.containers", "apply techniques for stacking goods into containers", "Containerstuvning", ["container", "stuvning"], "06",
     [("logistics.stacking", 0.5), ("logistics.terminal", 0.5)]),
    ("logistics.terminal", "handle intermodal equipment", "Terminalarbejde", ["havnearbejder", "terminal", "havn"], "06",
     [("logistics.containers", 0.5), ("crane.signals", 0.3)]),
    ("logistics.stock-rotation", "carry out stock rotation", "Varerotation (FIFO)", ["FIFO", "varerotation", "holdbarhed"], "05 06 07",
     [("logistics.stock", 0.4)]),
    ("admin.mail", "handle mail", "Posthåndtering", ["post", "postsortering", "postomdeling"], "06 11 13",
     [("office.admin", 0.3)]),
    # --- Hotels and restaurants ------------------------------------------------------------
    ("cook.cooking", "use cooking techniques", "Madlavning", ["kok", "madlavning", "køkken"], "07 15",
     [("cook.prep", 0.6), ("cook.large-scale", 0.6), ("cook.cold", 0.4)]),
    ("cook.prep", "use food preparation techniques", "Forberedelse af råvarer", ["mise en place", "grøntsager", "forarbejdning"], "07",
     [("cook.cooking", 0.5), ("cook.knife", 0.5)]),
    ("cook.knife", "use food cutting tools", "Knivteknik i køkkenet", ["knivteknik", "udskæring"], "02 07",
     [("cook.prep", 0.5), ("food.boning", 0.3)]),
    ("cook.large-scale", None, "Storkøkken og kantine", ["kantine", "storkøkken", "catering"], "07 14 15",
     [("cook.cooking", 0.6), ("cook.diet", 0.4)], "large-scale and canteen cooking"),
    ("cook.menu", "plan menus", "Menuplanlægning", ["menu", "madplan", "menukort"], "07 15",
     [("cook.diet", 0.4)]),
    ("cook.diet", "dietary regimes", "Diætkost og allergener", ["diæt", "allergener", "specialkost"], "07 15",
     [("cook.menu", 0.4)]),
    ("cook.pastry", "cook pastry products", "Konditorarbejde og desserter", ["konditor", "desserter", "kager"], "02 07",
     [("food.baking", 0.5)]),
    ("cook.cold", "prepare sandwiches", "Smørrebrød og sandwich", ["smørrebrød", "sandwich", "koldt køkken"], "05 07",
     [("cook.prep", 0.5)]),
    ("cook.dishwashing", "operate dishwashing machine", "Opvask", ["opvasker", "opvaskemaskine"], "07 15",
     [("cook.kitchen-cleaning", 0.6)]),
    ("cook.kitchen-cleaning", "clean kitchen equipment", "Køkkenrengøring", ["køkkenrengøring", "rengøring af køkken"], "07",
     [("cook.dishwashing", 0.6), ("clean.surfaces", 0.5)]),
    ("cook.portions", "comply with standard portion sizes", "Portionsanretning", ["anretning", "portioner"], "07",
     [("cook.prep", 0.4)]),
    ("serve.table", "serve food in table service", "Servering", ["tjener", "servering", "servitrice"], "07 16",
     [("serve.orders", 0.6), ("serve.setup", 0.5)]),
    ("serve.orders", "take food and beverage orders from customers", "Ordreoptagelse", ["bestillinger", "ordreoptagelse"], "07",
     [("serve.table", 0.6)]),
    ("serve.setup", "prepare the restaurant for service", "Klargøring af restaurant", ["opdækning", "borddækning"], "07 16",
     [("serve.table", 0.5)]),
    ("serve.wine", "serve wines", "Vinservering", ["vin", "vinkendskab", "sommelier"], "07",
     [("serve.bar", 0.5)]),
    ("serve.bar", "serve beverages", "Barbetjening", ["bar", "bartender", "drinks"], "07 16",
     [("serve.wine", 0.5), ("serve.coffee", 0.4)]),
    ("serve.coffee", "prepare hot drinks", "Kaffebrygning", ["barista", "kaffe", "espresso"], "05 07 16",
     [("serve.bar", 0.4)]),
    ("serve.payments", "process payments", "Betalingshåndtering", ["betaling", "dankort", "MobilePay"], "05 07 16",
     [("retail.cash", 0.6)]),
    ("serve.alcohol-law", "enforce alcohol drinking laws", "Alkohollovgivning og aldersgrænser", ["alderskontrol", "alkoholbevilling"], "05 07 16",
     [("serve.bar", 0.3)]),
    ("hotel.checkin", "deal with arrivals in accommodation", "Indtjekning af gæster", ["reception", "check-in", "receptionist"], "07",
     [("hotel.booking", 0.5), ("office.reception", 0.5)]),
    ("hotel.booking", "process booking", "Bookinghåndtering", ["booking", "reservation", "bookingsystem"], "07 12 16",
     [("hotel.checkin", 0.5), ("travel.arrangements", 0.4)]),
    ("hotel.rooms", "clean rooms", "Værelsesrengøring", ["roomattendant", "stuepige", "housekeeping"], "07 12",
     [("clean.surfaces", 0.6), ("clean.floors", 0.5)]),
    ("hotel.linen", "maintain linen operation", "Linnedhåndtering", ["linned", "sengetøj", "linnedrum"], "07 15 16",
     [("laundry.washing", 0.4)]),
    ("hotel.complaints", "handle customer complaints", "Klagehåndtering", ["klager", "reklamationer"], "05 07 09 10 12",
     [("sales.customer-service", 0.5)]),
    ("event.planning", "plan events", "Planlægning af arrangementer", ["event", "arrangementer", "konferencer"], "07 11 16",
     [("hotel.booking", 0.3)]),
    # --- Information and communication ------------------------------------------------------
    ("it.support", "provide ICT support", "IT-support", ["helpdesk", "supporter", "1st level"], "08",
     [("it.troubleshoot", 0.6), ("it.ticketing", 0.4)]),
    ("it.ticketing", "use ICT ticketing system", "Ticketsystemer", ["ServiceNow", "Jira", "TopDesk"], "08",
     [("it.support", 0.4)]),
    ("it.troubleshoot", "solve ICT system problems", "Fejlfinding på IT-systemer", ["fejlfinding", "2nd level", "IT-problemer"], "08",
     [("it.support", 0.6), ("it.sysadmin", 0.5)]),
    ("it.hardware", "maintain computer hardware", "Hardware og pc-opsætning", ["pc", "hardware", "klargøring"], "08",
     [("it.support", 0.5)]),
    ("it.networks", "ICT networking hardware", "Netværk", ["netværk", "switch", "router", "Cisco"], "08",
     [("it.firewall", 0.5), ("it.sysadmin", 0.4)]),
    ("it.firewall", "implement a firewall", "Firewall og VPN", ["firewall", "VPN"], "08",
     [("it.security", 0.6), ("it.networks", 0.5)]),
    ("it.security", "manage system security", "IT-sikkerhed", ["IT-sikkerhed", "cybersikkerhed", "informationssikkerhed"], "08 09 13",
     [("it.firewall", 0.5)]),
    ("it.sysadmin", "administer ICT system", "Systemadministration", ["drift", "sysadmin", "server"], "08",
     [("it.os", 0.6), ("it.backup", 0.5), ("it.cloud", 0.5)]),
    ("it.os", "operating systems", "Operativsystemer", ["Windows", "Linux", "macOS"], "08",
     [("it.sysadmin", 0.5)]),
    ("it.backup", "perform backups", "Backup og gendannelse", ["backup", "restore", "gendannelse"], "08",
     [("it.sysadmin", 0.5)]),
    ("it.cloud", "cloud technologies", "Cloud", ["Azure", "AWS", "Microsoft 365"], "08",
     [("it.sysadmin", 0.5)]),
    ("it.programming", "computer programming", "Programmering", ["programmør", "udvikler", "kode"], "08",
     [("it.python", 0.6), ("it.java", 0.6), ("it.csharp", 0.6), ("it.javascript", 0.6)]),
    ("it.python", "Python (computer programming)", "Python", ["Python"], "08 11",
     [("it.programming", 0.7)]),
    ("it.java", "Java (computer programming)", "Java", ["Java", "Spring"], "08",
     [("it.csharp", 0.7), ("it.programming", 0.7)]),
    ("it.csharp", "C#", "C# og .NET", ["C#", ".NET", "dotnet"], "08",
     [("it.java", 0.7), ("it.programming", 0.7)]),
    ("it.javascript", "JavaScript", "JavaScript og TypeScript", ["JS", "TypeScript", "React", "Node"], "08",
     [("it.frontend", 0.6), ("it.programming", 0.7)]),
    ("it.sql", "SQL", "SQL", ["SQL", "databaseforespørgsler"], "08 09 11",
     [("it.databases", 0.7)]),
    ("it.databases", "use databases", "Databaser", ["database", "SQL Server", "PostgreSQL"], "08 11",
     [("it.sql", 0.7)]),
    ("it.frontend", "implement front-end website design", "Frontend-udvikling", ["frontend", "HTML", "CSS"], "08",
     [("it.javascript", 0.6)]),
    ("it.debugging", "debug software", "Fejlretning af software", ["debugging", "fejlretning"], "08",
     [("it.testing", 0.5)]),
    ("it.testing", "execute software tests", "Softwaretest", ["test", "tester", "testautomatisering"], "08",
     [("it.debugging", 0.5)]),
    ("it.version-control", "tools for software configuration management", "Versionsstyring", ["Git", "GitHub", "versionsstyring"], "08",
     [("it.programming", 0.3)]),
    ("it.data-analysis", "apply statistical analysis techniques", "Statistisk analyse", ["statistik", "dataanalyse", "R"], "08 09 11 13",
     [("it.bi", 0.6), ("mkt.research", 0.4), ("it.python", 0.3)]),
    ("it.bi", "business intelligence", "Business intelligence", ["BI", "Power BI", "rapportering"], "08 09 11",
     [("it.data-analysis", 0.6), ("office.excel", 0.4)]),
    ("it.data-cleansing", "perform data cleansing", "Datarensning", ["datakvalitet", "datarensning"], "08 11",
     [("it.data-analysis", 0.5)]),
    ("it.graphic-design", "design graphics", "Grafisk design", ["grafiker", "layout", "grafisk designer"], "08 11",
     [("it.dtp", 0.6)]),
    ("it.dtp", "desktop publishing", "Desktop publishing", ["InDesign", "DTP", "Adobe"], "08 11",
     [("it.graphic-design", 0.6), ("it.print", 0.5)]),
    ("it.print", "respect publication formats", "Trykklar produktion", ["trykklar", "prepress", "tryksager"], "08",
     [("it.dtp", 0.5)]),
    ("it.project", "project management", "Projektledelse", ["projektleder", "projektstyring"], "04 08 11 13",
     [("it.agile", 0.5)]),
    ("it.agile", "Agile project management", "Agil udvikling", ["Scrum", "agil", "kanban"], "08",
     [("it.project", 0.5)]),
    # --- Finance, insurance, real estate ----------------------------------------------------
    ("fin.banking", "banking activities", "Bankforretninger", ["bank", "pengeinstitut"], "09",
     [("fin.products", 0.6)]),
    ("fin.advice", "advise on financial matters", "Finansiel rådgivning", ["bankrådgiver", "privatrådgiver", "økonomisk rådgivning"], "09",
     [("fin.products", 0.6), ("fin.banking", 0.5)]),
    ("fin.transactions", "handle financial transactions", "Betalinger og transaktioner", ["betalinger", "transaktioner", "overførsler"], "05 09 11",
     [("fin.banking", 0.4)]),
    ("fin.products", "provide financial product information", "Finansielle produkter", ["lån", "opsparing", "pension"], "09",
     [("fin.advice", 0.6)]),
    ("fin.credit", "examine credit ratings", "Kreditvurdering", ["kredit", "kreditvurdering", "RKI"], "09",
     [("fin.advice", 0.4)]),
    ("fin.insurance-types", "types of insurance", "Forsikringstyper", ["forsikring", "skadeforsikring", "livsforsikring"], "09",
     [("fin.claims", 0.5)]),
    ("fin.claims", "handle incoming insurance claims", "Skadebehandling", ["skadebehandler", "skadesanmeldelse"], "09",
     [("fin.insurance-types", 0.5)]),
    ("fin.fraud", "fraud detection", "Opsporing af svindel", ["svindel", "hvidvask", "KYC"], "09 13",
     [("fin.claims", 0.3)]),
    ("fin.mortgage", "mortgage loans", "Realkredit og boliglån", ["realkredit", "boliglån"], "09 10",
     [("fin.products", 0.5), ("re.brokerage", 0.3)]),
    ("fin.currency", "convert currency", "Valutaveksling", ["valuta", "veksling"], "09 12",
     [("fin.transactions", 0.4)]),
    ("re.valuation", "value properties", "Ejendomsvurdering", ["vurdering", "værdiansættelse"], "09 10",
     [("re.market", 0.6)]),
    ("re.brokerage", "provide information on properties", "Ejendomsformidling", ["ejendomsmægler", "fremvisning", "boligsalg"], "10",
     [("re.valuation", 0.5), ("re.rental", 0.4)]),
    ("re.rental", "inform on renting agreements", "Udlejning og lejekontrakter", ["udlejning", "lejekontrakt", "lejer"], "10",
     [("re.rent-collection", 0.5), ("re.brokerage", 0.4)]),
    ("re.rent-collection", "collect rental fees", "Huslejeopkrævning", ["husleje", "opkrævning"], "10",
     [("acc.receivables", 0.5)]),
    ("re.property-law", "property law", "Ejendomsret og lejelovgivning", ["lejeloven", "tinglysning", "ejendomsret"], "10",
     [("re.rental", 0.4)]),
    ("re.market", "real estate market", "Boligmarkedet", ["boligmarked", "ejendomsmarked"], "09 10",
     [("re.valuation", 0.6)]),
    ("re.inspection", "examine the conditions of buildings", "Bygningseftersyn", ["vicevært", "ejendomsservice", "tilsyn"], "04 10",
     [("re.repairs", 0.5)]),
    ("re.grounds", "manage ground maintenance", "Vedligehold af udearealer", ["udearealer", "snerydning", "grønne områder"], "10 12",
     [("garden.maintenance", 0.6)]),
    ("re.repairs", "perform minor repairs to buildings' systems", "Mindre reparationer", ["pedel", "reparationer", "håndværk"], "10 12 14",
     [("re.inspection", 0.5)]),
    ("re.inventory", "prepare inventory of properties", "Ind- og fraflytningssyn", ["flyttesyn", "fraflytning", "indflytning"], "10",
     [("re.inspection", 0.5)]),
    # --- Knowledge services and office ------------------------------------------------------
    ("acc.bookkeeping", "manage the general ledger", "Bogføring", ["bogholder", "bogføring", "finansbogholderi"], "09 11 13",
     [("acc.reconciliation", 0.6), ("acc.systems", 0.5)]),
    ("acc.systems", "use accounting systems", "Økonomisystemer", ["e-conomic", "Navision", "Dinero", "Business Central"], "09 11 13",
     [("acc.bookkeeping", 0.5)]),
    ("acc.invoicing", "issue sales invoices", "Fakturering", ["faktura", "fakturering"], "05 11",
     [("acc.receivables", 0.6)]),
    ("acc.receivables", "follow up accounts receivables", "Debitorbogholderi", ["debitor", "rykkere", "inkasso"], "09 11",
     [("acc.invoicing", 0.6), ("acc.payables", 0.6)]),
    ("acc.payables", "allocate bills", "Kreditorbogholderi", ["kreditor", "leverandørbetalinger", "bilag"], "11 13",
     [("acc.receivables", 0.6)]),
    ("acc.reconciliation", "prepare trial accounting balances", "Afstemning og balance", ["afstemning", "råbalance"], "11",
     [("acc.bookkeeping", 0.6)]),
    ("acc.annual-accounts", "prepare financial statements", "Årsregnskab", ["årsrapport", "regnskab", "årsafslutning"], "11",
     [("acc.reconciliation", 0.5)]),
    ("acc.tax", "tax legislation", "Moms og skat", ["moms", "skat", "momsindberetning"], "11",
     [("acc.bookkeeping", 0.4)]),
    ("acc.payroll", "manage payroll", "Lønbehandling", ["løn", "lønbogholder", "Danløn"], "11 13",
     [("acc.bookkeeping", 0.4)]),
    ("acc.budget", "manage budgets", "Budgetlægning og -opfølgning", ["budget", "budgetopfølgning", "controlling"], "05 11 13",
     [("acc.bookkeeping", 0.3)]),
    ("office.ms-office", "use microsoft office", "Microsoft Office", ["Office", "Outlook", "PowerPoint"], "09 11 12 13",
     [("office.excel", 0.6), ("office.word", 0.6)]),
    ("office.excel", "use spreadsheets software", "Regneark (Excel)", ["Excel", "regneark"], "08 09 11 13",
     [("office.ms-office", 0.6), ("it.bi", 0.3)]),
    ("office.word", "use word processing software", "Tekstbehandling (Word)", ["Word", "tekstbehandling"], "11 13",
     [("office.ms-office", 0.6)]),
    ("office.admin", "perform office routine activities", "Kontorarbejde", ["kontor", "administration", "kontorassistent"], "09 10 11 13 15",
     [("office.documents", 0.5), ("office.calendar", 0.4)]),
    ("office.documents", "ensure proper document management", "Journalisering og dokumenthåndtering", ["journalisering", "ESDH", "arkivering"], "11 13 15",
     [("office.admin", 0.5)]),
    ("office.calendar", "manage personnel agenda", "Kalender- og mødestyring", ["kalender", "mødebooking", "Outlook"], "11 13 15",
     [("office.admin", 0.4)]),
    ("office.reception", "greet guests", "Receptionsarbejde", ["reception", "receptionist", "velkomst"], "07 11 12",
     [("hotel.checkin", 0.5)]),
    ("office.legal-docs", "compile legal documents", "Juridiske dokumenter", ["advokatsekretær", "juridisk sekretær", "retssager"], "11 13",
     [("office.documents", 0.4)]),
    ("office.confidentiality", "observe confidentiality", "Tavshedspligt og fortrolighed", ["tavshedspligt", "fortrolighed"], "09 11 13 15",
     [("office.gdpr", 0.6)]),
    ("office.gdpr", "data protection", "Databeskyttelse (GDPR)", ["GDPR", "persondata", "databeskyttelse"], "08 09 11 13",
     [("office.confidentiality", 0.6)]),
    ("mkt.campaigns", "assist in developing marketing campaigns", "Markedsføringskampagner", ["marketing", "kampagner", "markedsføring"], "05 11",
     [("mkt.social-media", 0.5)]),
    ("mkt.social-media", "social media marketing techniques", "Markedsføring på sociale medier", ["SoMe", "Facebook", "LinkedIn", "Instagram"], "05 08 11 16",
     [("mkt.campaigns", 0.5)]),
    ("mkt.copywriting", "perform copywriting", "Tekstforfatning", ["copywriter", "tekster", "webtekster"], "08 11",
     [("mkt.campaigns", 0.4)]),
    ("mkt.research", "market research", "Markedsanalyse", ["markedsanalyse", "undersøgelser"], "11",
     [("it.data-analysis", 0.4)]),
    ("eng.cad", "use CAD software", "CAD-tegning", ["AutoCAD", "SolidWorks", "Inventor", "CAD"], "02 04 11",
     [("metal.drawings", 0.4), ("cnc.cam", 0.3)]),
    ("eng.mechanical", "mechanical engineering", "Maskinteknik", ["maskiningeniør", "konstruktion", "maskinkonstruktør"], "02 11",
     [("eng.cad", 0.4)]),
    ("hr.recruitment", "recruit employees", "Rekruttering", ["rekruttering", "jobopslag", "headhunting"], "11 12 13",
     [("hr.interviewing", 0.5), ("admin.employment", 0.4)]),
    ("hr.interviewing", "interview people", "Samtaleteknik", ["samtale", "interview", "jobsamtale"], "12 13 15",
     [("hr.recruitment", 0.4), ("soc.counselling", 0.4)]),
    ("hr.employment-law", "employment law", "Ansættelsesret", ["ansættelsesret", "overenskomst", "funktionærloven"], "11 12 13",
     [("hr.recruitment", 0.3)]),
    ("lang.translation", "translate texts", "Oversættelse", ["oversætter", "oversættelse"], "08 11",
     [("lang.interpreting", 0.5)]),
    ("lang.interpreting", "interpret spoken language between two parties", "Tolkning", ["tolk", "tolkning"], "11 13 15",
     [("lang.translation", 0.5)]),
    # --- Operational services: cleaning, security, gardens, travel --------------------------
    ("clean.floors", "clean building floors", "Gulvrengøring", ["rengøring", "gulvvask", "moppe"], "07 12 15",
     [("clean.surfaces", 0.6), ("clean.machines", 0.5)]),
    ("clean.machines", "operate floor cleaning equipment", "Rengøringsmaskiner", ["gulvvaskemaskine", "skuremaskine", "støvsuger"], "12",
     [("clean.floors", 0.5)]),
    ("clean.surfaces", "clean surfaces", "Overfladerengøring", ["aftørring", "rengøring", "afspritning"], "07 12 15",
     [("clean.floors", 0.6), ("hotel.rooms", 0.5)]),
    ("clean.toilets", "clean toilet facilities", "Toiletrengøring", ["toiletter", "sanitetsrengøring"], "07 12",
     [("clean.surfaces", 0.5)]),
    ("clean.windows", "clean glass surfaces", "Vinduespudsning", ["vinduespudser", "glasrengøring", "vinduer"], "12",
     [("clean.water-fed", 0.6)]),
    ("clean.water-fed", "use a water-fed pole system", "Rentvandsanlæg (teleskopstang)", ["rentvandsanlæg", "teleskopstang", "rentvand"], "12",
     [("clean.windows", 0.6)]),
    ("clean.chemicals", "handle chemical cleaning agents", "Rengøringsmidler og dosering", ["rengøringsmidler", "dosering"], "07 12 15",
     [("chem.handling", 0.4)]),
    ("clean.pressure-washing", "operate pressure washer", "Højtryksrensning", ["højtryksrenser", "spuling", "industrirengøring"], "02 03 12",
     [("food.cip", 0.4)]),
    ("clean.eco", "perform cleaning activities in an environmentally friendly way", "Miljøvenlig rengøring", ["miljørigtig rengøring", "svanemærket"], "12",
     [("clean.chemicals", 0.3)]),
    ("clean.hospital", "hygiene in a health care setting", "Hygiejne i sundhedssektoren", ["hospitalsrengøring", "hygiejne", "værnemidler"], "12 15",
     [("care.infection", 0.6), ("clean.surfaces", 0.4)]),
    ("security.patrol", "patrol areas", "Vagtrundering", ["vagt", "rundering", "patruljering"], "12 13",
     [("security.surveillance", 0.5)]),
    ("security.surveillance", "monitor surveillance equipment", "Videoovervågning", ["TV-overvågning", "kontrolrum", "CCTV"], "12 13",
     [("security.patrol", 0.5)]),
    ("security.access", "perform security checks", "Adgangskontrol og sikkerhedstjek", ["adgangskontrol", "sikkerhedstjek", "lufthavn"], "12 13",
     [("security.patrol", 0.4)]),
    ("security.conflict", "deal with aggressive behaviour", "Konflikthåndtering", ["konflikt", "deeskalering", "trusler"], "06 12 13 15",
     [("soc.crisis", 0.4)]),
    ("garden.maintenance", "maintain landscape site", "Pleje af grønne områder", ["anlægsgartner", "græsslåning", "grønne områder"], "01 10 12",
     [("re.grounds", 0.6), ("garden.pruning", 0.5)]),
    ("garden.pruning", "prune hedges and trees", "Beskæring", ["hækklipning", "beskæring", "træpleje"], "01 12",
     [("garden.maintenance", 0.5)]),
    ("garden.planting", "plant green plants", "Plantning", ["plantning", "beplantning"], "01 12",
     [("agri.plants", 0.5)]),
    ("garden.landscaping", "principles of landscape construction", "Anlægsarbejde i haver og parker", ["haveanlæg", "terrasser", "anlæg"], "04 12",
     [("build.paving", 0.5), ("garden.maintenance", 0.4)]),
    ("garden.machinery", "operate landscaping equipment", "Parkmaskiner", ["plæneklipper", "minilæsser", "havemaskiner"], "10 12",
     [("agri.tractor", 0.4)]),
    ("garden.weeds", "perform weed control operations", "Ukrudtsbekæmpelse", ["ukrudt", "ukrudtsbekæmpelse"], "01 12",
     [("agri.crop-protection", 0.4)]),
    ("travel.arrangements", "oversee all travel arrangements", "Rejsearrangementer", ["rejsebureau", "rejsekonsulent", "billetter"], "12",
     [("travel.sales", 0.5), ("hotel.booking", 0.4)]),
    ("travel.sales", "sell tourist packages", "Salg af rejser", ["rejsesalg", "pakkerejser"], "12",
     [("travel.arrangements", 0.5), ("sales.upselling", 0.3)]),
    ("travel.tourist-info", "provide tourism related information", "Turistinformation", ["turistinformation", "turister"], "07 12 16",
     [("culture.guiding", 0.4)]),
    # --- Public administration, defence, police ----------------------------------------------
    ("police.law-enforcement", "law enforcement", "Retshåndhævelse", ["politi", "betjent", "politiarbejde"], "13",
     [("security.patrol", 0.3)]),
    ("police.first-response", "apply first response", "Førsteindsats", ["førsteindsats", "akut hjælp"], "13 15",
     [("care.first-aid", 0.6)]),
    ("fire.extinguish", "extinguish fires", "Brandslukning", ["brandmand", "slukning", "brandbekæmpelse"], "13",
     [("fire.rescue", 0.5), ("fire.prevention", 0.4)]),
    ("fire.prevention", "fire prevention procedures", "Brandforebyggelse", ["brandsyn", "brandsikkerhed"], "12 13",
     [("fire.extinguish", 0.3)]),
    ("fire.rescue", "perform search and rescue missions", "Redningsarbejde", ["redning", "frigørelse", "eftersøgning"], "13",
     [("fire.extinguish", 0.5)]),
    ("military.operations", "perform military operations", "Militære operationer", ["soldat", "konstabel", "forsvaret"], "13",
     [("military.weapons", 0.5)]),
    ("military.weapons", "ensure compliance with types of weapons", "Våbenhåndtering", ["våben", "skydning"], "13",
     [("military.operations", 0.5)]),
    ("customs.control", "prevent smuggling", "Toldkontrol", ["told", "smugling", "toldbetjent"], "13",
     [("security.access", 0.4)]),
    ("admin.casework", "investigate social security applications", "Sagsbehandling af ydelser", ["sagsbehandler", "ydelser", "afgørelser"], "13",
     [("soc.casework", 0.5), ("admin.benefits-advice", 0.5)]),
    ("admin.social-law", "social security law", "Sociallovgivning", ["aktivloven", "serviceloven", "sociallov"], "13 15",
     [("admin.casework", 0.4)]),
    ("admin.benefits-advice", "advise on social security benefits", "Vejledning om ydelser", ["ydelsesvejledning", "dagpenge", "kontanthjælp"], "13",
     [("admin.casework", 0.5)]),
    ("admin.employment", "facilitate job market access", "Beskæftigelsesindsats", ["jobcenter", "jobkonsulent", "virksomhedskonsulent"], "12 13",
     [("admin.job-market", 0.6), ("hr.recruitment", 0.4)]),
    ("admin.job-market", "job market offers", "Kendskab til arbejdsmarkedet", ["arbejdsmarked", "ledige stillinger"], "12 13",
     [("admin.employment", 0.5)]),
    ("admin.citizen-service", "respond to enquiries", "Borgerservice", ["borgerservice", "borgerhenvendelser"], "13",
     [("sales.inquiries", 0.5)]),
    # --- Education ------------------------------------------------------------------------------
    ("edu.teaching", "apply teaching strategies", "Undervisning", ["lærer", "undervisning", "didaktik"], "14",
     [("edu.lessons", 0.6), ("edu.classroom", 0.5)]),
    ("edu.classroom", "perform classroom management", "Klasseledelse", ["klasseledelse", "ro i klassen"], "14",
     [("edu.teaching", 0.5)]),
    ("edu.lessons", "prepare lesson content", "Lektionsplanlægning", ["undervisningsforløb", "forberedelse"], "14",
     [("edu.teaching", 0.6)]),
    ("edu.assessment", "assess students", "Evaluering af elever", ["evaluering", "prøver", "karakterer"], "14",
     [("edu.teaching", 0.4)]),
    ("edu.special-needs", "assist children with special needs in education settings", "Specialpædagogik", ["specialpædagogik", "inklusion", "støtte"], "14 15",
     [("soc.pedagogy", 0.4)]),
    ("edu.languages", "teach languages", "Sprogundervisning", ["dansk som andetsprog", "sprogskole", "sproglærer"], "14",
     [("edu.teaching", 0.5)]),
    ("edu.adult", "adult education", "Voksenundervisning", ["AMU", "VUC", "voksenuddannelse"], "14",
     [("edu.teaching", 0.5), ("edu.vocational", 0.5)]),
    ("edu.vocational", "work in vocational school", "Erhvervsskoleundervisning", ["faglærer", "erhvervsskole", "EUD"], "14",
     [("edu.teaching", 0.5), ("edu.adult", 0.5)]),
    ("edu.driving", "teach driving practices", "Køreundervisning", ["kørelærer", "køreskole"], "06 14",
     [("drive.defensive", 0.4)]),
    ("edu.e-learning", "e-learning", "Digital undervisning", ["e-læring", "Teams", "Aula"], "08 14",
     [("edu.teaching", 0.3)]),
    ("edu.teacher-support", "provide teacher support", "Undervisningsassistance", ["undervisningsassistent", "støttepædagog"], "14",
     [("edu.teaching", 0.4), ("child.care", 0.3)]),
    ("edu.playground", "perform playground surveillance", "Gårdvagt og tilsyn", ["gårdvagt", "tilsyn", "frikvarter"], "14 15",
     [("child.care", 0.4)]),
    ("edu.parents", "maintain relations with children's parents", "Forældresamarbejde", ["forældresamarbejde", "skole-hjem"], "14 15",
     [("child.wellbeing", 0.3)]),
    ("edu.intercultural", "apply intercultural teaching strategies", "Interkulturel undervisning", ["tosprogede", "flersprogede", "kultur"], "14",
     [("edu.languages", 0.4)]),
    # --- Health and social work --------------------------------------------------------------
    ("care.personal-hygiene", None, "Personlig pleje", ["personlig pleje", "bad", "påklædning"], "15",
     [("care.elderly", 0.6), ("care.transfer", 0.4)], "personal care and hygiene"),
    ("care.elderly", "tend to elderly people", "Ældrepleje", ["ældrepleje", "plejehjem", "hjemmepleje"], "15",
     [("care.home", 0.6), ("care.personal-hygiene", 0.6), ("care.dementia", 0.5)]),
    ("care.home", "support social service users to live at home", "Hjemmehjælp", ["hjemmehjælper", "hjemmeplejen", "praktisk hjælp"], "15",
     [("care.elderly", 0.6)]),
    ("care.dementia", None, "Demens", ["demens", "Alzheimer", "demenskoordinator"], "15",
     [("care.elderly", 0.5), ("care.psychiatry", 0.3)], "dementia care"),
    ("care.medication", "assist in the administration of medication to elderly", "Medicinhåndtering", ["medicin", "medicingivning", "dosisdispensering"], "15",
     [("care.nursing", 0.4)]),
    ("care.transfer", "transfer patients", "Forflytning", ["forflytning", "lift", "loftlift"], "15",
     [("care.personal-hygiene", 0.4), ("care.porter", 0.5)]),
    ("care.vital-signs", "monitor patient's vital signs", "Måling af vitale værdier", ["blodtryk", "puls", "TOBS"], "15",
     [("care.nursing", 0.5)]),
    ("care.wound", "carry out wound care", "Sårpleje", ["sår", "sårbehandling", "forbinding"], "15",
     [("care.nursing", 0.5)]),
    ("care.documentation", "use electronic health records in nursing", "Sundhedsfaglig dokumentation", ["journal", "EPJ", "Nexus", "Cura"], "15",
     [("office.documents", 0.3)]),
    ("care.rehabilitation", "assist patients with rehabilitation", "Rehabilitering", ["genoptræning", "hverdagsrehabilitering"], "15",
     [("care.physio", 0.5), ("care.ot", 0.5)]),
    ("care.palliative", "palliative care", "Palliativ pleje", ["terminal pleje", "palliation"], "15",
     [("care.nursing", 0.5), ("care.elderly", 0.4)]),
    ("care.infection", "infection control", "Infektionshygiejne", ["smitte", "infektionshygiejne", "værnemidler"], "15",
     [("clean.hospital", 0.6)]),
    ("care.nursing", "implement nursing care", "Sygepleje", ["sygeplejerske", "sygepleje"], "15",
     [("care.vital-signs", 0.5), ("care.wound", 0.5), ("care.medication", 0.5)]),
    ("care.blood-samples", "take blood samples", "Blodprøvetagning", ["blodprøver", "bioanalytiker"], "15",
     [("care.nursing", 0.4)]),
    ("care.first-aid", "provide first aid", "Førstehjælp", ["førstehjælp", "HLR", "hjertestarter"], "02 04 06 12 13 14 15 16",
     [("police.first-response", 0.6)]),
    ("care.psychiatry", "psychiatry", "Psykiatri", ["psykiatri", "psykisk sygdom", "socialpsykiatri"], "15",
     [("soc.pedagogy", 0.4)]),
    ("care.disability", "disability care", "Handicapområdet", ["handicap", "botilbud", "bosted"], "15",
     [("soc.pedagogy", 0.5)]),
    ("care.meals", "prepare ready-made dishes", "Tilberedning af enkle måltider", ["madlavning i hjemmet", "færdigretter"], "07 15",
     [("cook.cooking", 0.4)]),
    ("care.laundry", "wash the laundry", "Tøjvask", ["vasketøj", "tøjvask"], "15",
     [("laundry.washing", 0.4)]),
    ("care.dental", "assist the dentist during the dental treatment procedure", "Klinikassistance ved tandbehandling", ["klinikassistent", "tandklinik", "tandlæge"], "15",
     [("care.sterilisation", 0.4)]),
    ("care.sterilisation", "prepare dental instruments for sterilization", "Sterilisering af instrumenter", ["sterilisering", "autoklave", "sterilcentral"], "15",
     [("care.infection", 0.5)]),
    ("care.physio", "conduct physiotherapy assessment", "Fysioterapi", ["fysioterapeut", "fysioterapi"], "15 16",
     [("care.rehabilitation", 0.5), ("beauty.massage", 0.3)]),
    ("care.ot", "apply techniques of occupational therapy", "Ergoterapi", ["ergoterapeut", "hjælpemidler"], "15",
     [("care.rehabilitation", 0.5)]),
    ("care.porter", None, "Portørarbejde", ["portør", "patienttransport"], "15",
     [("care.transfer", 0.5)], "hospital portering and patient transport"),
    ("care.medical-secretary", "administrative tasks in a medical environment", "Lægesekretærarbejde", ["lægesekretær", "sundhedssekretær"], "15",
     [("office.admin", 0.5), ("care.medical-terms", 0.4)]),
    ("care.medical-terms", "medical terminology", "Medicinsk terminologi", ["terminologi", "diagnosekoder"], "15",
     [("care.medical-secretary", 0.3)]),
    ("soc.casework", "apply case management", "Socialfaglig sagsbehandling", ["socialrådgiver", "sagsbehandling", "børnesager"], "13 15",
     [("admin.casework", 0.5), ("soc.counselling", 0.5)]),
    ("soc.counselling", "provide social counselling", "Social rådgivning", ["rådgivning", "vejledning"], "13 15",
     [("soc.casework", 0.5)]),
    ("soc.child-protection", "child protection", "Børnebeskyttelse", ["underretning", "udsatte børn"], "13 14 15",
     [("soc.casework", 0.3)]),
    ("soc.crisis", "apply crisis intervention", "Krisehåndtering", ["krise", "krisehjælp"], "13 15",
     [("security.conflict", 0.4)]),
    ("soc.pedagogy", "social pedagogy", "Socialpædagogik", ["socialpædagog", "bosted", "pædagogik"], "15",
     [("care.disability", 0.5), ("child.activities", 0.4)]),
    ("child.care", "supervise children", "Børnepasning", ["pædagogmedhjælper", "dagplejer", "børn"], "14 15",
     [("child.basic-needs", 0.6), ("child.activities", 0.5)]),
    ("child.development", "assess the development of youth", "Vurdering af børns udvikling", ["sprogvurdering", "udvikling", "trivselsvurdering"], "14 15",
     [("child.wellbeing", 0.5)]),
    ("child.wellbeing", "support children's wellbeing", "Børns trivsel", ["trivsel", "omsorg"], "14 15",
     [("child.development", 0.5)]),
    ("child.activities", "conduct educational activities", "Pædagogiske aktiviteter", ["pædagog", "leg", "aktiviteter"], "14 15 16",
     [("child.care", 0.5), ("child.kindergarten", 0.5)]),
    ("child.basic-needs", "attend to children's basic physical needs", "Omsorg for små børn", ["bleskift", "vuggestue", "dagpleje"], "15",
     [("child.care", 0.6)]),
    ("child.kindergarten", "teach kindergarten class content", "Pædagogik i dagtilbud", ["pædagog", "børnehave", "læreplaner"], "14 15",
     [("child.activities", 0.6), ("child.development", 0.4)]),
    # --- Culture, leisure and other services -------------------------------------------------
    ("hair.cutting", "apply hair cutting techniques", "Klipning", ["frisør", "klipning", "herreklip"], "16",
     [("hair.styling", 0.5), ("hair.colouring", 0.5), ("hair.barbering", 0.6)]),
    ("hair.colouring", "dye hair", "Hårfarvning", ["farvning", "striber", "balayage"], "16",
     [("hair.cutting", 0.5)]),
    ("hair.styling", "style hair", "Hårstyling", ["opsætning", "føntørring", "styling"], "16",
     [("hair.cutting", 0.5)]),
    ("hair.washing", "wash hair", "Hårvask", ["hårvask", "hovedbundsmassage"], "16",
     [("hair.styling", 0.3)]),
    ("hair.barbering", "barbering techniques", "Barbering", ["barber", "skægtrimning"], "16",
     [("hair.cutting", 0.6)]),
    ("beauty.facial", "perform facial treatment", "Ansigtsbehandling", ["kosmetiker", "hudpleje", "ansigtsbehandling"], "16",
     [("beauty.makeup", 0.5), ("beauty.hair-removal", 0.4)]),
    ("beauty.makeup", "make-up techniques", "Makeup", ["makeup", "sminke", "makeupartist"], "16",
     [("beauty.facial", 0.5)]),
    ("beauty.hair-removal", "use hair removal techniques", "Hårfjerning", ["voksbehandling", "IPL", "hårfjerning"], "16",
     [("beauty.facial", 0.4)]),
    ("beauty.nails", "cosmetic manicure", "Negle og manicure", ["negle", "gelé", "manicure"], "16",
     [("beauty.facial", 0.3)]),
    ("beauty.massage", "give massages", "Massage", ["massør", "massage", "sportsmassage"], "15 16",
     [("care.physio", 0.3)]),
    ("fitness.instruction", "safely instruct about fitness", "Fitnessinstruktion", ["fitness", "instruktør", "holdtræning"], "16",
     [("fitness.programmes", 0.6), ("sport.coaching", 0.5)]),
    ("fitness.programmes", "integrate exercise science to the design of the programme", "Træningsprogrammer", ["træningsprogram", "personlig træner", "PT"], "15 16",
     [("fitness.instruction", 0.6)]),
    ("sport.coaching", "instruct in sport", "Idrætstræning", ["træner", "idrætsinstruktør", "fodboldtræner"], "14 16",
     [("fitness.instruction", 0.5)]),
    ("sport.lifeguard", "rescue bathers", "Livredning", ["livredder", "svømmehal", "badevagt"], "16",
     [("care.first-aid", 0.4)]),
    ("library.service", "provide library information", "Biblioteksbetjening", ["bibliotek", "udlån", "biblioteksassistent"], "16",
     [("library.cataloguing", 0.4)]),
    ("library.cataloguing", "classify library materials", "Katalogisering", ["katalogisering", "klassifikation", "registrering"], "16",
     [("library.service", 0.4)]),
    ("laundry.washing", "operate washer extractor", "Industrivask", ["vaskeri", "industrivaskeri", "vaskemaskiner"], "15 16",
     [("laundry.ironing", 0.5), ("hotel.linen", 0.4)]),
    ("laundry.ironing", "iron textiles", "Strygning og rulning", ["strygning", "rulning", "presning"], "15 16",
     [("laundry.washing", 0.5)]),
    ("laundry.stains", "eliminate stains", "Pletfjerning", ["pletfjerning", "renseri"], "16",
     [("laundry.washing", 0.4)]),
    ("culture.tickets", "sell tickets", "Billetsalg", ["billetsalg", "billetkontor"], "06 07 16",
     [("retail.cash", 0.5)]),
    ("culture.guiding", "escort visitors to places of interest", "Omvisning", ["omviser", "guide", "museum"], "12 16",
     [("travel.tourist-info", 0.5)]),
    ("culture.sound", "set up sound equipment", "Lydopsætning", ["lydtekniker", "AV-tekniker", "PA-anlæg"], "08 16",
     [("event.planning", 0.2)]),
    # --- Transversal -------------------------------------------------------------------------
    ("gen.lifting", "lift heavy weights", "Tunge løft", ["fysisk arbejde", "tunge løft", "løfteteknik"], "02 04 06",
     [("care.transfer", 0.2)]),
    ("gen.shift-work", "work in shifts", "Skifteholdsarbejde", ["skiftehold", "nathold", "treholdsskift"], "02 03 06 15",
     []),
    ("gen.safety", "health and safety regulations", "Arbejdsmiljø og sikkerhed", ["arbejdsmiljø", "AMR", "sikkerhed"], "02 03 04 06",
     [("build.safety", 0.6)]),
    ("gen.computer", "have computer literacy", "IT-brugerkompetencer", ["computer", "IT", "digitale kompetencer"], "05 09 11 12 13",
     [("office.ms-office", 0.5)]),
    ("gen.staff-management", "manage staff", "Personaleledelse", ["leder", "teamleder", "ledelse"], "05 07 11 13 15",
     [("retail.store-management", 0.5), ("gen.shift-planning", 0.4)]),
    ("gen.shift-planning", "schedule shifts", "Vagtplanlægning", ["vagtplan", "vagtplanlægning"], "05 07 12 15",
     [("gen.staff-management", 0.3)]),
    ("gen.training", "train employees", "Oplæring af kolleger", ["oplæring", "sidemandsoplæring", "mentor"], "02 05 07 11",
     [("gen.staff-management", 0.3)]),
]

# Occupations: (id, ESCO occupation preferredLabel, Danish label, industry group,
#               essential [(competence, minimum level)], optional [(competence, typical level)]).
# Essentials were chosen with ESCO's occupationSkillRelations at hand (run with --report to
# see how many of them ESCO lists for the occupation); levels are what a Danish employer
# typically asks for.
OCCUPATIONS = [
    # 01 Agriculture, forestry and fishing
    ("occ.livestock-worker", "livestock worker", "Landbrugsmedhjælper (husdyr)", "01",
     [("agri.livestock", 2), ("agri.feeding", 2), ("agri.animal-welfare", 2), ("agri.machinery", 1)],
     [("agri.milking", 2), ("agri.biosecurity", 1), ("agri.farm-maintenance", 1), ("agri.animal-birth", 1)]),
    ("occ.pig-farm-worker", "pig breeder", "Svinepasser", "01",
     [("agri.pigs", 2), ("agri.feeding", 2), ("agri.animal-welfare", 2), ("agri.biosecurity", 2), ("agri.animal-birth", 2)],
     [("agri.livestock", 2), ("agri.machinery", 1), ("agri.farm-maintenance", 1)]),
    ("occ.crop-worker", "crop production worker", "Markarbejder", "01",
     [("agri.harvest", 2), ("agri.soil", 2), ("agri.machinery", 2)],
     [("agri.fertilising", 2), ("agri.crop-protection", 2), ("agri.tractor", 2)]),
    ("occ.horticulture-worker", "horticulture worker", "Gartneriarbejder", "01",
     [("agri.greenhouse", 2), ("agri.plants", 2), ("agri.propagation", 1)],
     [("agri.harvest", 1), ("prod.packing", 1), ("agri.crop-protection", 1)]),
    ("occ.agri-machine-operator", "land-based machinery operator", "Maskinfører i landbruget", "01",
     [("agri.machinery", 3), ("agri.tractor", 3), ("agri.fertilising", 2), ("agri.harvest", 2)],
     [("agri.crop-protection", 2), ("agri.farm-maintenance", 2), ("drive.truck", 2)]),
    ("occ.forestry-machine-operator", "forestry equipment operator", "Skovmaskinfører", "01",
     [("forest.machinery", 3), ("forest.felling", 2), ("forest.chainsaw", 2)],
     [("agri.machinery", 2), ("agri.farm-maintenance", 2)]),
    ("occ.fisherman", "fisheries deckhand", "Fisker (dæksmand)", "01",
     [("fish.deck", 2), ("fish.catch", 2), ("fish.gear", 2), ("fish.sea-survival", 1)],
     [("fish.mooring", 2), ("food.cold-chain", 1), ("crane.operation", 1)]),
    ("occ.aquaculture-worker", "aquaculture husbandry worker", "Medarbejder i akvakultur (dambrug/havbrug)", "01",
     [("aqua.feeding", 2), ("aqua.water", 2), ("aqua.fish-health", 2)],
     [("logistics.forklift", 1), ("gen.shift-work", 1), ("water.quality", 2)]),
    # 02 Manufacturing
    ("occ.welder", "welder", "Svejser", "02",
     [("weld.mag", 3), ("weld.mig", 2), ("metal.drawings", 2), ("metal.grinding", 2)],
     [("weld.tig", 2), ("weld.mma", 2), ("weld.oxy-fuel", 2), ("metal.plasma-cutting", 2), ("crane.operation", 1)]),
    ("occ.cnc-operator", "computer numerical control machine operator", "CNC-operatør", "02",
     [("cnc.setup", 2), ("cnc.programming", 2), ("metal.measuring", 2), ("metal.drawings", 2)],
     [("cnc.turning", 2), ("cnc.milling", 2), ("cnc.cam", 2), ("prod.quality-check", 2)]),
    ("occ.industrial-mechanic", "industrial machinery mechanic", "Industrimekaniker", "02",
     [("mech.maintenance", 3), ("mech.troubleshoot", 3), ("mech.hydraulics", 2), ("mech.pneumatics", 2), ("metal.drawings", 2)],
     [("weld.mag", 2), ("cnc.turning", 1), ("elec.plc", 1), ("mech.industrial-inspection", 2)]),
    ("occ.sheet-metal-worker", "sheet metal worker", "Pladesmed", "02",
     [("metal.sheet", 3), ("metal.sheet-shears", 2), ("metal.drawings", 2), ("weld.mag", 2)],
     [("weld.spot", 2), ("metal.riveting", 2), ("cnc.laser-cutting", 1), ("metal.grinding", 2)]),
    ("occ.food-process-operator", "food production operator", "Procesoperatør (fødevarer)", "02",
     [("prod.line", 2), ("food.hygiene", 2), ("food.haccp", 2), ("food.cip", 2)],
     [("food.process-temperature", 2), ("food.weighing", 1), ("gen.shift-work", 2), ("logistics.forklift", 1)]),
    ("occ.machine-operator", "packaging and filling machine operator", "Maskinoperatør (pakke- og fyldemaskiner)", "02",
     [("prod.machine", 2), ("prod.packaging-machines", 2), ("prod.line", 2)],
     [("prod.quality-check", 1), ("food.hygiene", 1), ("gen.shift-work", 2), ("logistics.pallet-truck", 1)]),
    ("occ.butcher", "butcher", "Slagter", "02",
     [("food.butchery", 3), ("food.boning", 3), ("food.hygiene", 2), ("food.cold-chain", 2)],
     [("food.haccp", 2), ("retail.guidance", 1), ("food.carcass", 2)]),
    ("occ.slaughterhouse-worker", "slaughterer", "Slagteriarbejder", "02",
     [("food.slaughter", 2), ("food.carcass", 2), ("food.boning", 2), ("food.hygiene", 2)],
     [("food.haccp", 1), ("gen.lifting", 2), ("gen.shift-work", 2)]),
    ("occ.fish-industry-worker", "fish production operator", "Fiskeindustriarbejder", "02",
     [("food.fish-processing", 2), ("food.fish-filleting", 2), ("food.hygiene", 2), ("food.cold-chain", 2)],
     [("prod.packing", 1), ("food.cip", 1), ("logistics.forklift", 1)]),
    ("occ.baker", "baker", "Bager", "02",
     [("food.baking", 3), ("food.dough", 3), ("food.hygiene", 2)],
     [("cook.pastry", 2), ("retail.cash", 1), ("food.haccp", 2)]),
    ("occ.machine-assembler", "industrial machinery assembler", "Montør (maskinmontage)", "02",
     [("metal.assembly", 2), ("metal.drawings", 2), ("mech.hydraulics", 1)],
     [("mech.pneumatics", 1), ("weld.mag", 1), ("elec.installation", 1), ("crane.operation", 1)]),
    ("occ.plastics-operator", "injection moulding operator", "Plastoperatør (sprøjtestøbning)", "02",
     [("prod.injection-moulding", 2), ("prod.machine", 2), ("prod.quality-check", 2)],
     [("mech.maintenance", 1), ("gen.shift-work", 2), ("logistics.pallet-truck", 1)]),
    ("occ.cabinet-maker", "cabinet maker", "Snedker", "02",
     [("wood.joinery", 3), ("wood.machining", 2), ("wood.finishing", 2), ("metal.drawings", 2)],
     [("wood.furniture", 2), ("eng.cad", 1), ("carp.hardware", 2)]),
    ("occ.quality-controller", "product quality controller", "Kvalitetskontrollant", "02",
     [("prod.quality-check", 3), ("prod.qa", 2), ("metal.measuring", 2)],
     [("prod.lean", 2), ("office.excel", 2), ("metal.drawings", 2), ("weld.inspection", 2)]),
    ("occ.industrial-electrician", "industrial electrician", "Industrielektriker", "02",
     [("elec.installation", 3), ("elec.diagrams", 3), ("elec.plc", 2), ("elec.testing", 2)],
     [("mech.troubleshoot", 2), ("energy.electrical-maintenance", 2), ("mech.pneumatics", 1)]),
    ("occ.packer", "hand packer", "Pakkerimedarbejder", "02",
     [("prod.packing", 2), ("prod.labelling", 1), ("gen.lifting", 1)],
     [("prod.packaging-machines", 1), ("logistics.pallet-truck", 1), ("logistics.stacking", 1)]),
    # 03 Energy and utilities
    ("occ.wind-technician", "onshore wind farm technician", "Vindmølletekniker", "03",
     [("energy.wind-service", 3), ("energy.heights", 2), ("energy.electrical-maintenance", 2), ("mech.hydraulics", 2)],
     [("energy.wind-inspection", 2), ("mech.troubleshoot", 2), ("elec.diagrams", 2), ("care.first-aid", 1)]),
    ("occ.refuse-collector", "refuse collector", "Renovationsarbejder (skraldemand)", "03",
     [("waste.collection", 2), ("waste.sorting", 1), ("gen.lifting", 2)],
     [("waste.industrial", 1), ("drive.van", 1), ("waste.vehicle", 1)]),
    ("occ.refuse-truck-driver", "refuse vehicle driver", "Renovationschauffør", "03",
     [("waste.vehicle", 3), ("drive.truck", 2), ("waste.collection", 2)],
     [("drive.road-law", 2), ("drive.defensive", 2), ("waste.sorting", 1)]),
    ("occ.recycling-worker", "recycling worker", "Genbrugspladsmedarbejder", "03",
     [("waste.sorting", 2), ("waste.recycling", 2), ("waste.hazardous", 1)],
     [("logistics.forklift", 1), ("sales.customer-service", 1), ("waste.appliances", 1)]),
    ("occ.wastewater-operator", "wastewater treatment operator", "Driftsoperatør (renseanlæg)", "03",
     [("water.wastewater", 3), ("water.quality", 2), ("mech.maintenance", 2)],
     [("elec.plc", 1), ("chem.lab", 1), ("mech.troubleshoot", 2)]),
    ("occ.waterworks-operator", "water treatment systems operator", "Driftsoperatør (vandværk)", "03",
     [("water.treatment", 3), ("water.quality", 2), ("mech.maintenance", 2)],
     [("elec.plc", 1), ("food.hygiene", 1), ("plumb.pipes", 1)]),
    # 04 Construction
    ("occ.carpenter", "carpenter", "Tømrer", "04",
     [("carp.structures", 3), ("carp.roof", 2), ("carp.drywall", 2), ("carp.measuring", 2), ("metal.drawings", 2)],
     [("carp.roof-windows", 2), ("carp.laminate", 2), ("build.formwork", 2), ("build.insulation", 2), ("build.scaffolding", 1)]),
    ("occ.bricklayer", "bricklayer", "Murer", "04",
     [("build.bricklaying", 3), ("build.mortar", 2), ("build.plastering", 2), ("carp.measuring", 2)],
     [("build.tiling", 2), ("build.concrete", 1), ("build.scaffolding", 1), ("metal.drawings", 2)]),
    ("occ.electrician", "building electrician", "Elektriker", "04",
     [("elec.installation", 3), ("elec.sockets", 3), ("elec.diagrams", 2), ("elec.testing", 2)],
     [("elec.cable", 2), ("elec.automation", 2), ("energy.solar", 2), ("it.networks", 1)]),
    ("occ.plumber", "plumber", "VVS-montør", "04",
     [("plumb.installation", 3), ("plumb.pipes", 2), ("plumb.sanitary", 2), ("plumb.heating", 2)],
     [("plumb.copper", 2), ("plumb.gas", 2), ("energy.heat-pump", 2), ("plumb.drains", 2), ("weld.brazing", 2)]),
    ("occ.painter", "construction painter", "Maler", "04",
     [("paint.surfaces", 3), ("paint.preparation", 3), ("paint.wallpaper", 2)],
     [("paint.spray", 2), ("build.scaffolding", 1), ("wood.finishing", 1)]),
    ("occ.concrete-worker", "concrete finisher", "Betonarbejder", "04",
     [("build.concrete", 2), ("build.concrete-finishing", 2), ("build.formwork", 2), ("build.reinforcement", 2)],
     [("crane.signals", 1), ("build.groundwork", 1), ("build.safety", 2)]),
    ("occ.scaffolder", "construction scaffolder", "Stilladsmontør", "04",
     [("build.scaffolding", 3), ("energy.heights", 2), ("build.safety", 2)],
     [("drive.truck", 1), ("crane.signals", 1), ("gen.lifting", 2)]),
    ("occ.roofer", "roofer", "Tagdækker", "04",
     [("build.roofing", 3), ("build.roof-tiles", 2), ("energy.heights", 2)],
     [("carp.roof", 2), ("build.gutters", 2), ("build.insulation", 1), ("build.scaffolding", 1)]),
    ("occ.construction-worker", "building construction worker", "Bygningsarbejder", "04",
     [("build.groundwork", 2), ("build.concrete", 2), ("build.safety", 2)],
     [("build.excavator", 1), ("build.formwork", 1), ("build.demolition", 2), ("gen.lifting", 2)]),
    ("occ.excavator-operator", "excavator operator", "Maskinfører (gravemaskine)", "04",
     [("build.excavator", 3), ("build.groundwork", 2), ("build.heavy-equipment", 2)],
     [("build.sewer", 2), ("drive.gps", 2), ("drive.truck", 1), ("mech.maintenance", 1)]),
    ("occ.crane-operator", "tower crane operator", "Kranfører", "04",
     [("crane.tower", 3), ("crane.operation", 3), ("crane.signals", 2)],
     [("energy.heights", 2), ("build.safety", 2), ("crane.mobile", 2)]),
    ("occ.floor-layer", "resilient floor layer", "Gulvlægger", "04",
     [("build.vinyl", 3), ("carp.laminate", 2), ("carp.measuring", 2)],
     [("build.tiling", 1), ("paint.preparation", 1)]),
    ("occ.insulation-worker", "insulation worker", "Isolatør", "04",
     [("build.insulation", 3), ("energy.heights", 1), ("build.safety", 2)],
     [("hvac.ventilation", 1), ("metal.sheet", 1), ("build.scaffolding", 1)]),
    # 05 Trade
    ("occ.shop-assistant", "shop assistant", "Butiksassistent", "05",
     [("retail.guidance", 2), ("retail.cash", 2), ("retail.shelves", 2), ("sales.customer-service", 2)],
     [("retail.display", 2), ("retail.price-tags", 1), ("retail.ordering", 1), ("retail.refunds", 2)]),
    ("occ.cashier", "cashier", "Kassemedarbejder", "05",
     [("retail.cash", 2), ("serve.payments", 2), ("sales.customer-service", 2)],
     [("retail.refunds", 2), ("retail.theft", 1), ("retail.shelves", 1)]),
    ("occ.store-manager", "retail department manager", "Butiksleder", "05",
     [("retail.store-management", 3), ("gen.staff-management", 3), ("acc.budget", 2), ("retail.ordering", 2)],
     [("gen.shift-planning", 2), ("retail.display", 2), ("retail.theft", 2), ("mkt.campaigns", 1)]),
    ("occ.sales-representative", "commercial sales representative", "Sælger (B2B)", "05",
     [("sales.b2b", 3), ("sales.negotiation", 2), ("sales.crm", 2)],
     [("sales.quotes", 2), ("drive.van", 2), ("mkt.social-media", 1), ("office.excel", 2)]),
    ("occ.car-mechanic", "vehicle technician", "Automekaniker", "05",
     [("auto.repair", 3), ("auto.diagnostics", 3), ("auto.electrical", 2)],
     [("auto.hybrid", 2), ("auto.tyres", 2), ("auto.body", 1), ("mech.hydraulics", 1)]),
    # 06 Transport
    ("occ.truck-driver", "cargo vehicle driver", "Lastbilchauffør", "06",
     [("drive.truck", 3), ("drive.road-law", 2), ("drive.cargo-securing", 2), ("drive.loading", 2)],
     [("crane.operation", 2), ("drive.dangerous-goods", 2), ("drive.gps", 2), ("logistics.forklift", 1), ("drive.defensive", 2)]),
    ("occ.dangerous-goods-driver", "dangerous goods driver", "Chauffør (farligt gods)", "06",
     [("drive.truck", 3), ("drive.dangerous-goods", 3), ("drive.road-law", 2)],
     [("drive.defensive", 2), ("drive.cargo-securing", 2), ("chem.handling", 1)]),
    ("occ.bus-driver", "bus driver", "Buschauffør", "06",
     [("drive.bus", 3), ("drive.passengers", 2), ("drive.defensive", 2)],
     [("serve.payments", 1), ("security.conflict", 2), ("care.first-aid", 1), ("drive.gps", 1)]),
    ("occ.taxi-driver", "taxi driver", "Taxichauffør", "06",
     [("drive.urban", 2), ("drive.taxi-dispatch", 2), ("drive.passengers", 2)],
     [("drive.gps", 2), ("serve.payments", 1), ("drive.defensive", 2)]),
    ("occ.delivery-driver", "car and van delivery driver", "Varebilschauffør (pakkebud)", "06",
     [("drive.van", 2), ("drive.delivery", 2), ("drive.gps", 2)],
     [("drive.urban", 2), ("drive.loading", 1), ("sales.customer-service", 1)]),
    ("occ.warehouse-worker", "warehouse worker", "Lagermedarbejder", "06",
     [("logistics.goods-receipt", 2), ("logistics.picking", 2), ("logistics.stacking", 2), ("logistics.wms", 1)],
     [("logistics.forklift", 2), ("logistics.pallet-truck", 2), ("logistics.stock", 1), ("prod.packing", 1), ("logistics.stock-rotation", 1)]),
    ("occ.order-picker", "warehouse order picker", "Plukker", "06",
     [("logistics.picking", 2), ("logistics.pallet-truck", 2), ("logistics.wms", 1)],
     [("logistics.voice", 2), ("logistics.forklift", 1), ("prod.packing", 1), ("gen.lifting", 2)]),
    ("occ.forklift-driver", "forklift operator", "Truckfører", "06",
     [("logistics.forklift", 3), ("logistics.stacking", 2), ("logistics.forklift-inspection", 2)],
     [("logistics.goods-receipt", 2), ("logistics.wms", 1), ("logistics.containers", 1), ("drive.loading", 2)]),
    ("occ.dispatcher", "freight transport dispatcher", "Disponent (transport)", "06",
     [("logistics.dispatch", 3), ("logistics.routes", 3), ("drive.road-law", 2)],
     [("sales.telephone", 2), ("office.excel", 2), ("sales.customer-service", 2)]),
    ("occ.dock-worker", "stevedore", "Havnearbejder", "06",
     [("logistics.terminal", 2), ("logistics.containers", 2), ("logistics.forklift", 2), ("crane.signals", 2)],
     [("crane.operation", 2), ("drive.loading", 2), ("gen.shift-work", 2)]),
    # 07 Hotels and restaurants
    ("occ.cook", "cook", "Kok", "07",
     [("cook.cooking", 3), ("cook.prep", 3), ("food.hygiene", 2), ("cook.menu", 2)],
     [("cook.diet", 2), ("cook.large-scale", 2), ("cook.pastry", 2), ("cook.cold", 2), ("retail.ordering", 1)]),
    ("occ.head-chef", "head chef", "Køkkenchef", "07",
     [("cook.cooking", 4), ("cook.menu", 3), ("gen.staff-management", 3), ("food.haccp", 3), ("acc.budget", 2)],
     [("retail.ordering", 3), ("gen.shift-planning", 2), ("cook.diet", 2), ("gen.training", 2)]),
    ("occ.kitchen-assistant", "kitchen assistant", "Køkkenmedhjælper", "07",
     [("cook.prep", 2), ("food.hygiene", 2), ("cook.kitchen-cleaning", 2)],
     [("cook.dishwashing", 2), ("cook.cold", 1), ("cook.knife", 1), ("logistics.stock-rotation", 1)]),
    ("occ.dishwasher", "kitchen porter", "Opvasker", "07",
     [("cook.dishwashing", 2), ("cook.kitchen-cleaning", 2), ("food.hygiene", 1)],
     [("clean.chemicals", 1), ("clean.floors", 1), ("gen.lifting", 1)]),
    ("occ.waiter", "waiter/waitress", "Tjener", "07",
     [("serve.table", 3), ("serve.orders", 2), ("serve.payments", 2), ("serve.setup", 2)],
     [("serve.wine", 2), ("serve.bar", 2), ("sales.upselling", 2), ("serve.coffee", 1)]),
    ("occ.bartender", "bartender", "Bartender", "07",
     [("serve.bar", 3), ("serve.payments", 2), ("serve.alcohol-law", 2)],
     [("serve.coffee", 2), ("serve.wine", 2), ("sales.upselling", 2), ("security.conflict", 1)]),
    ("occ.hotel-receptionist", "hospitality establishment receptionist", "Hotelreceptionist", "07",
     [("hotel.checkin", 3), ("hotel.booking", 2), ("sales.customer-service", 2), ("hotel.complaints", 2)],
     [("serve.payments", 2), ("travel.tourist-info", 2), ("office.ms-office", 1), ("sales.telephone", 2)]),
    ("occ.room-attendant", "room attendant", "Rengøringsassistent (hotel)", "07",
     [("hotel.rooms", 2), ("clean.surfaces", 2), ("hotel.linen", 1)],
     [("clean.chemicals", 1), ("clean.toilets", 2), ("clean.floors", 2)]),
    # 08 Information and communication
    ("occ.software-developer", "software developer", "Softwareudvikler", "08",
     [("it.programming", 3), ("it.debugging", 2), ("it.version-control", 2), ("it.testing", 2)],
     [("it.python", 3), ("it.java", 3), ("it.csharp", 3), ("it.javascript", 3), ("it.sql", 2), ("it.agile", 2)]),
    ("occ.web-developer", "web developer", "Webudvikler", "08",
     [("it.frontend", 3), ("it.javascript", 3), ("it.version-control", 2)],
     [("it.programming", 2), ("it.sql", 2), ("it.graphic-design", 1), ("it.testing", 2)]),
    ("occ.it-supporter", "ICT help desk agent", "IT-supporter", "08",
     [("it.support", 2), ("it.troubleshoot", 2), ("it.ticketing", 2), ("it.os", 2)],
     [("it.hardware", 2), ("it.networks", 1), ("sales.customer-service", 2), ("sales.telephone", 2)]),
    ("occ.network-technician", "ICT network technician", "Netværkstekniker", "08",
     [("it.networks", 3), ("it.firewall", 2), ("it.troubleshoot", 2)],
     [("it.security", 2), ("elec.cable", 1), ("it.sysadmin", 2)]),
    ("occ.system-administrator", "ICT system administrator", "Systemadministrator", "08",
     [("it.sysadmin", 3), ("it.os", 3), ("it.backup", 2), ("it.security", 2)],
     [("it.cloud", 2), ("it.networks", 2), ("it.firewall", 2), ("it.python", 1)]),
    ("occ.data-analyst", "data analyst", "Dataanalytiker", "08",
     [("it.data-analysis", 3), ("it.sql", 3), ("it.bi", 2), ("it.data-cleansing", 2)],
     [("it.python", 2), ("office.excel", 3), ("mkt.research", 1)]),
    ("occ.graphic-designer", "graphic designer", "Grafiker", "08",
     [("it.graphic-design", 3), ("it.dtp", 3), ("it.print", 2)],
     [("mkt.social-media", 1), ("it.frontend", 1), ("mkt.campaigns", 1)]),
    # 09 Finance and insurance
    ("occ.bank-adviser", "bank account manager", "Bankrådgiver", "09",
     [("fin.advice", 3), ("fin.products", 3), ("fin.banking", 2), ("sales.customer-service", 2)],
     [("fin.mortgage", 2), ("fin.credit", 2), ("sales.b2b", 1), ("office.gdpr", 2)]),
    ("occ.bank-teller", "bank teller", "Bankassistent", "09",
     [("fin.transactions", 2), ("fin.banking", 2), ("sales.customer-service", 2)],
     [("fin.currency", 1), ("fin.products", 1), ("fin.fraud", 1), ("office.ms-office", 2)]),
    ("occ.claims-handler", "insurance claims handler", "Skadebehandler", "09",
     [("fin.claims", 3), ("fin.insurance-types", 2), ("sales.telephone", 2)],
     [("fin.fraud", 2), ("hotel.complaints", 2), ("office.ms-office", 2)]),
    ("occ.insurance-clerk", "insurance clerk", "Forsikringsmedarbejder", "09",
     [("fin.insurance-types", 2), ("office.admin", 2), ("sales.customer-service", 2)],
     [("fin.claims", 1), ("sales.upselling", 1), ("sales.telephone", 2), ("sales.crm", 1)]),
    # 10 Real estate
    ("occ.estate-agent", "real estate agent", "Ejendomsmægler", "10",
     [("re.brokerage", 3), ("re.valuation", 3), ("re.market", 2), ("re.property-law", 2)],
     [("sales.negotiation", 2), ("fin.mortgage", 2), ("mkt.social-media", 1)]),
    ("occ.caretaker", "building caretaker", "Ejendomsservicetekniker (vicevært)", "10",
     [("re.inspection", 2), ("re.repairs", 2), ("re.grounds", 2)],
     [("clean.floors", 1), ("hotel.complaints", 1), ("garden.machinery", 2), ("plumb.drains", 1), ("elec.sockets", 1)]),
    ("occ.property-manager", "real estate manager", "Ejendomsadministrator", "10",
     [("re.rental", 3), ("re.property-law", 3), ("acc.budget", 2), ("re.rent-collection", 2)],
     [("re.inspection", 2), ("hotel.complaints", 2), ("acc.bookkeeping", 1)]),
    ("occ.rental-assistant", "property assistant", "Udlejningsmedarbejder", "10",
     [("re.rental", 2), ("office.admin", 2), ("sales.customer-service", 2)],
     [("re.rent-collection", 2), ("re.inventory", 2), ("sales.telephone", 2), ("office.ms-office", 2)]),
    # 11 Knowledge services
    ("occ.bookkeeper", "bookkeeper", "Bogholder", "11",
     [("acc.bookkeeping", 3), ("acc.systems", 3), ("acc.reconciliation", 2), ("acc.tax", 2)],
     [("acc.payroll", 2), ("acc.annual-accounts", 2), ("office.excel", 2), ("acc.receivables", 2)]),
    ("occ.accounting-assistant", "accounting assistant", "Regnskabsassistent", "11",
     [("acc.invoicing", 2), ("acc.receivables", 2), ("acc.payables", 2), ("acc.systems", 2)],
     [("acc.bookkeeping", 2), ("office.excel", 2), ("acc.reconciliation", 1)]),
    ("occ.mechanical-engineer", "mechanical engineer", "Maskiningeniør", "11",
     [("eng.mechanical", 3), ("eng.cad", 3), ("it.project", 2)],
     [("prod.lean", 2), ("prod.qa", 2), ("it.python", 1)]),
    ("occ.marketing-assistant", "marketing assistant", "Marketingassistent", "11",
     [("mkt.campaigns", 2), ("mkt.social-media", 2), ("mkt.copywriting", 2)],
     [("it.dtp", 1), ("mkt.research", 2), ("office.ms-office", 2), ("event.planning", 1)]),
    ("occ.legal-secretary", "legal administrative assistant", "Advokatsekretær", "11",
     [("office.legal-docs", 3), ("office.confidentiality", 3), ("office.calendar", 2), ("office.word", 2)],
     [("office.documents", 2), ("sales.telephone", 2), ("acc.invoicing", 1)]),
    ("occ.lab-technician", "chemistry technician", "Laborant", "11",
     [("chem.lab", 3), ("chem.samples", 2), ("chem.lab-safety", 2), ("chem.handling", 2)],
     [("prod.qa", 2), ("office.excel", 2), ("water.quality", 1)]),
    # 12 Travel agencies, cleaning and other operational services
    ("occ.cleaner", "building cleaner", "Rengøringsassistent", "12",
     [("clean.floors", 2), ("clean.surfaces", 2), ("clean.toilets", 2), ("clean.chemicals", 1)],
     [("clean.machines", 2), ("clean.eco", 1), ("clean.windows", 1), ("waste.sorting", 1)]),
    ("occ.window-cleaner", "window cleaner", "Vinduespudser", "12",
     [("clean.windows", 3), ("clean.water-fed", 2), ("energy.heights", 1)],
     [("drive.van", 1), ("clean.chemicals", 1), ("sales.customer-service", 1)]),
    ("occ.security-guard", "security guard", "Vagt", "12",
     [("security.patrol", 2), ("security.surveillance", 2), ("security.access", 2), ("security.conflict", 2)],
     [("care.first-aid", 2), ("fire.prevention", 1), ("drive.van", 1)]),
    ("occ.call-centre-agent", "call centre agent", "Kundeservicemedarbejder (callcenter)", "12",
     [("sales.telephone", 2), ("sales.inquiries", 2), ("sales.crm", 2)],
     [("sales.upselling", 1), ("hotel.complaints", 2), ("gen.computer", 2)]),
    ("occ.landscape-gardener", "landscape gardener", "Anlægsgartner", "12",
     [("garden.landscaping", 3), ("garden.maintenance", 2), ("garden.planting", 2), ("build.paving", 2)],
     [("garden.pruning", 2), ("garden.machinery", 2), ("build.excavator", 1), ("garden.weeds", 1)]),
    ("occ.travel-agent", "travel agent", "Rejsekonsulent", "12",
     [("travel.arrangements", 3), ("travel.sales", 2), ("hotel.booking", 2)],
     [("sales.customer-service", 2), ("travel.tourist-info", 2), ("sales.crm", 1)]),
    ("occ.recruitment-consultant", "recruitment consultant", "Rekrutteringskonsulent", "12",
     [("hr.recruitment", 3), ("hr.interviewing", 3), ("admin.job-market", 2)],
     [("hr.employment-law", 2), ("sales.b2b", 2), ("sales.crm", 1), ("mkt.social-media", 1)]),
    # 13 Public administration, defence and police
    ("occ.police-officer", "police officer", "Politibetjent", "13",
     [("police.law-enforcement", 3), ("police.first-response", 2), ("security.conflict", 3)],
     [("drive.defensive", 2), ("care.first-aid", 2), ("office.documents", 1)]),
    ("occ.soldier", "infantry soldier", "Konstabel (soldat)", "13",
     [("military.operations", 2), ("military.weapons", 2), ("care.first-aid", 2)],
     [("drive.truck", 1), ("security.patrol", 2), ("gen.lifting", 2)]),
    ("occ.firefighter", "firefighter", "Brandmand", "13",
     [("fire.extinguish", 3), ("fire.rescue", 2), ("care.first-aid", 2), ("police.first-response", 2)],
     [("drive.truck", 2), ("fire.prevention", 2), ("energy.heights", 1)]),
    ("occ.customs-officer", "customs officer", "Toldmedarbejder", "13",
     [("customs.control", 3), ("security.access", 2), ("office.documents", 2)],
     [("fin.fraud", 2), ("office.confidentiality", 2), ("security.conflict", 1)]),
    ("occ.employment-consultant", "employment and vocational integration consultant", "Jobkonsulent", "13",
     [("admin.employment", 3), ("admin.job-market", 3), ("hr.interviewing", 2), ("admin.social-law", 2)],
     [("hr.recruitment", 2), ("sales.b2b", 1), ("office.documents", 2), ("sales.telephone", 2)]),
    ("occ.caseworker", "social security officer", "Sagsbehandler (ydelser)", "13",
     [("admin.casework", 3), ("admin.social-law", 3), ("admin.benefits-advice", 2)],
     [("office.documents", 2), ("office.confidentiality", 2), ("admin.citizen-service", 2)]),
    ("occ.admin-assistant", "administrative assistant", "Administrativ medarbejder", "13",
     [("office.admin", 2), ("office.documents", 2), ("office.ms-office", 2)],
     [("office.calendar", 2), ("office.excel", 2), ("admin.citizen-service", 1), ("acc.payables", 1)]),
    # 14 Education
    ("occ.primary-teacher", "primary school teacher", "Folkeskolelærer", "14",
     [("edu.teaching", 3), ("edu.classroom", 3), ("edu.lessons", 3), ("edu.assessment", 2)],
     [("edu.special-needs", 2), ("edu.parents", 2), ("edu.intercultural", 2), ("edu.e-learning", 2)]),
    ("occ.upper-secondary-teacher", "secondary school teacher", "Gymnasielærer", "14",
     [("edu.teaching", 3), ("edu.lessons", 3), ("edu.assessment", 3)],
     [("edu.classroom", 2), ("edu.e-learning", 2), ("edu.intercultural", 1)]),
    ("occ.vocational-teacher", "vocational teacher", "Erhvervsskolelærer", "14",
     [("edu.vocational", 3), ("edu.teaching", 2), ("edu.assessment", 2)],
     [("edu.adult", 2), ("edu.e-learning", 2), ("edu.lessons", 2)]),
    ("occ.teaching-assistant", "primary school teaching assistant", "Undervisningsassistent", "14",
     [("edu.teacher-support", 2), ("child.care", 2), ("edu.playground", 2)],
     [("edu.special-needs", 1), ("child.wellbeing", 2), ("child.activities", 2)]),
    ("occ.driving-instructor", "car driving instructor", "Kørelærer", "14",
     [("edu.driving", 3), ("drive.defensive", 3), ("edu.teaching", 2)],
     [("drive.van", 3), ("drive.road-law", 1), ("drive.truck", 1)]),
    ("occ.language-teacher", "language school teacher", "Sproglærer (dansk som andetsprog)", "14",
     [("edu.languages", 3), ("edu.teaching", 3), ("edu.intercultural", 2)],
     [("edu.adult", 2), ("edu.assessment", 2), ("edu.e-learning", 1), ("lang.interpreting", 1)]),
    # 15 Health and social work
    ("occ.sosu-helper", "home care aide", "Social- og sundhedshjælper", "15",
     [("care.personal-hygiene", 2), ("care.elderly", 2), ("care.home", 2), ("care.transfer", 2)],
     [("care.dementia", 2), ("care.meals", 1), ("care.laundry", 1), ("drive.van", 2), ("care.documentation", 1)]),
    ("occ.sosu-assistant", "healthcare assistant", "Social- og sundhedsassistent", "15",
     [("care.medication", 3), ("care.vital-signs", 2), ("care.personal-hygiene", 2), ("care.documentation", 2), ("care.transfer", 2)],
     [("care.wound", 2), ("care.dementia", 2), ("care.rehabilitation", 2), ("care.infection", 2), ("care.psychiatry", 1)]),
    ("occ.nurse", "nurse responsible for general care", "Sygeplejerske", "15",
     [("care.nursing", 4), ("care.medication", 3), ("care.vital-signs", 3), ("care.documentation", 3)],
     [("care.wound", 3), ("care.blood-samples", 2), ("care.palliative", 2), ("care.infection", 3), ("care.psychiatry", 2)]),
    ("occ.pedagogue", "early years teacher", "Pædagog", "15",
     [("child.kindergarten", 3), ("child.activities", 3), ("child.development", 3), ("edu.parents", 2)],
     [("edu.special-needs", 2), ("child.wellbeing", 3), ("soc.child-protection", 1), ("edu.intercultural", 1)]),
    ("occ.social-pedagogue", "social pedagogue", "Socialpædagog", "15",
     [("soc.pedagogy", 3), ("care.disability", 2), ("soc.crisis", 2), ("security.conflict", 2)],
     [("care.psychiatry", 2), ("care.medication", 1), ("child.activities", 2), ("soc.counselling", 2)]),
    ("occ.childcare-assistant", "child day care worker", "Pædagogmedhjælper", "15",
     [("child.care", 2), ("child.basic-needs", 2), ("child.activities", 2)],
     [("child.wellbeing", 2), ("edu.parents", 1), ("care.first-aid", 1), ("child.development", 1)]),
    ("occ.physiotherapist", "physiotherapist", "Fysioterapeut", "15",
     [("care.physio", 3), ("care.rehabilitation", 3), ("care.documentation", 2)],
     [("beauty.massage", 2), ("fitness.programmes", 2), ("care.transfer", 2)]),
    ("occ.occupational-therapist", "occupational therapist", "Ergoterapeut", "15",
     [("care.ot", 3), ("care.rehabilitation", 3), ("care.documentation", 2)],
     [("care.transfer", 3), ("care.dementia", 1), ("care.disability", 2)]),
    ("occ.dental-assistant", "dental chairside assistant", "Klinikassistent", "15",
     [("care.dental", 3), ("care.sterilisation", 2), ("care.infection", 2)],
     [("office.calendar", 2), ("sales.customer-service", 1), ("care.documentation", 1)]),
    ("occ.hospital-porter", "hospital porter", "Portør", "15",
     [("care.porter", 2), ("care.transfer", 2), ("care.infection", 1)],
     [("care.first-aid", 2), ("care.vital-signs", 1)]),
    ("occ.social-worker", "social worker", "Socialrådgiver", "15",
     [("soc.casework", 3), ("soc.counselling", 3), ("admin.social-law", 3), ("hr.interviewing", 2)],
     [("soc.child-protection", 2), ("soc.crisis", 2), ("office.documents", 2), ("office.confidentiality", 2)]),
    ("occ.medical-secretary", "medical administrative assistant", "Lægesekretær", "15",
     [("care.medical-secretary", 3), ("care.medical-terms", 2), ("office.confidentiality", 2), ("office.calendar", 2)],
     [("care.documentation", 2), ("sales.telephone", 2), ("office.ms-office", 2)]),
    # 16 Culture, leisure and other services
    ("occ.hairdresser", "hairdresser", "Frisør", "16",
     [("hair.cutting", 3), ("hair.colouring", 2), ("hair.styling", 2), ("hair.washing", 2)],
     [("hair.barbering", 2), ("serve.payments", 1), ("retail.guidance", 1), ("sales.upselling", 1)]),
    ("occ.beautician", "aesthetician", "Kosmetiker", "16",
     [("beauty.facial", 3), ("beauty.makeup", 2), ("beauty.hair-removal", 2)],
     [("beauty.nails", 2), ("beauty.massage", 1), ("retail.guidance", 1), ("serve.payments", 1)]),
    ("occ.fitness-instructor", "fitness instructor", "Fitnessinstruktør", "16",
     [("fitness.instruction", 3), ("fitness.programmes", 2), ("sales.customer-service", 1)],
     [("sport.coaching", 2), ("care.first-aid", 2), ("sales.upselling", 1)]),
    ("occ.sports-coach", "sports coach", "Idrætstræner", "16",
     [("sport.coaching", 3), ("fitness.programmes", 2), ("child.activities", 1)],
     [("care.first-aid", 2), ("sport.lifeguard", 1), ("event.planning", 1)]),
    ("occ.massage-therapist", "massage therapist", "Massør", "16",
     [("beauty.massage", 3), ("sales.customer-service", 2), ("hotel.booking", 1)],
     [("care.physio", 1), ("fitness.programmes", 1), ("serve.payments", 1)]),
    ("occ.library-assistant", "library assistant", "Biblioteksassistent", "16",
     [("library.service", 2), ("library.cataloguing", 2), ("sales.customer-service", 2)],
     [("gen.computer", 2), ("event.planning", 1), ("office.ms-office", 1)]),
    ("occ.laundry-worker", "laundry worker", "Vaskerimedarbejder", "16",
     [("laundry.washing", 2), ("laundry.ironing", 2), ("hotel.linen", 1)],
     [("laundry.stains", 1), ("gen.lifting", 1), ("gen.shift-work", 1), ("logistics.pallet-truck", 1)]),
]

# Danish driving licence categories (kørekortkategorier).
LICENCES = [
    ("AM", "Knallert (AM)", "Moped (AM)"),
    ("A1", "Lille motorcykel (A1)", "Light motorcycle (A1)"),
    ("A2", "Mellemstor motorcykel (A2)", "Medium motorcycle (A2)"),
    ("A", "Stor motorcykel (A)", "Motorcycle (A)"),
    ("B", "Almindelig bil (B)", "Car (B)"),
    ("BE", "Bil med stort påhængskøretøj (BE)", "Car with large trailer (BE)"),
    ("C1", "Lille lastbil (C1)", "Medium goods vehicle (C1)"),
    ("C1E", "Lille lastbil med stort påhængskøretøj (C1E)", "Medium goods vehicle with large trailer (C1E)"),
    ("C", "Lastbil (C)", "Heavy goods vehicle (C)"),
    ("CE", "Lastbil med stort påhængskøretøj (CE)", "Heavy goods vehicle with large trailer (CE)"),
    ("D1", "Lille bus (D1)", "Minibus (D1)"),
    ("D1E", "Lille bus med stort påhængskøretøj (D1E)", "Minibus with large trailer (D1E)"),
    ("D", "Bus (D)", "Bus (D)"),
    ("DE", "Bus med stort påhængskøretøj (DE)", "Bus with large trailer (DE)"),
]

# Certificates and authorisations Danish employers ask for by name.
CERTIFICATES = [
    ("forklift", "Truckcertifikat", "Forklift truck certificate"),
    ("crane", "Kranførercertifikat", "Crane operator certificate"),
    ("loader-crane", "Kranbevis til lastbilmonteret kran", "Lorry loader crane certificate"),
    ("aerial-work-platform", "Liftcertifikat (personløfter)", "Mobile elevating work platform certificate"),
    ("scaffolding", "Stilladsuddannelse", "Scaffolding certificate"),
    ("hot-work", "Varmt arbejde", "Hot work certificate"),
    ("asbestos", "Asbestcertifikat", "Asbestos removal certificate"),
    ("hazardous-substances", "Epoxy- og isocyanatkursus", "Epoxy and isocyanates certificate"),
    ("welding-en-iso-9606", "Svejsecertifikat (EN ISO 9606)", "Welder qualification (EN ISO 9606)"),
    ("authorised-electrician", "Elautorisation", "Authorised electrical installer"),
    ("authorised-plumber", "VVS-autorisation", "Authorised plumbing installer"),
    ("sewer-authorisation", "Kloakautorisation", "Authorised sewer installer"),
    ("gwo-basic-safety", "GWO Basic Safety Training", "GWO Basic Safety Training"),
    ("adr", "ADR-bevis (farligt gods)", "ADR certificate (dangerous goods)"),
    ("driver-qualification", "Chaufføruddannelse / EU-efteruddannelse", "Driver Certificate of Professional Competence"),
    ("tachograph-card", "Førerkort til digital fartskriver", "Tachograph driver card"),
    ("taxi", "Taxikørekort", "Taxi driver licence"),
    ("chainsaw", "Motorsavskørekort", "Chainsaw certificate"),
    ("pesticide-sprayer", "Sprøjtecertifikat", "Pesticide sprayer certificate"),
    ("sea-safety", "Søsikkerhedskursus", "Basic safety training at sea"),
    ("food-hygiene", "Hygiejnebevis", "Food hygiene certificate"),
    ("first-aid", "Førstehjælpsbevis", "First aid certificate"),
    ("security-guard", "Vagtuddannelse (vagtkort)", "Security guard licence"),
    ("lifeguard", "Livredderprøve", "Lifeguard certificate"),
    ("childcare-police-record", "Børneattest", "Child protection police certificate"),
]

LANGUAGES = [
    ("da", "Dansk", "Danish"), ("en", "Engelsk", "English"), ("de", "Tysk", "German"),
    ("sv", "Svensk", "Swedish"), ("no", "Norsk", "Norwegian"), ("pl", "Polsk", "Polish"),
    ("ro", "Rumænsk", "Romanian"), ("uk", "Ukrainsk", "Ukrainian"), ("ar", "Arabisk", "Arabic"),
    ("tr", "Tyrkisk", "Turkish"), ("es", "Spansk", "Spanish"), ("fr", "Fransk", "French"),
    ("lt", "Litauisk", "Lithuanian"), ("so", "Somali", "Somali"), ("fa", "Persisk (farsi)", "Persian (Farsi)"),
]

# (id, da, en, upperSecondary)
EDUCATION_LEVELS = [
    ("grundskole", "Grundskole", "Primary and lower secondary school", False),
    ("gymnasial", "Gymnasial uddannelse", "General upper secondary education", True),
    ("erhvervsfaglig", "Erhvervsfaglig uddannelse", "Vocational education and training", True),
    ("kort-videregaaende", "Kort videregående uddannelse", "Short-cycle higher education", True),
    ("mellemlang-videregaaende", "Mellemlang videregående uddannelse", "Medium-cycle higher education (bachelor level)", True),
    ("lang-videregaaende", "Lang videregående uddannelse", "Long-cycle higher education (master level)", True),
]

# (id, da, en, match categories)
BENEFIT_TYPES = [
    ("dagpenge", "Arbejdsløshedsdagpenge", "Unemployment insurance benefit", []),
    ("kontanthjaelp", "Kontanthjælp", "Cash benefit", ["jobparat", "aktivitetsparat"]),
    ("uddannelseshjaelp", "Uddannelseshjælp", "Education benefit", ["uddannelsesparat", "aktivitetsparat"]),
    ("sygedagpenge", "Sygedagpenge", "Sickness benefit", []),
    ("ledighedsydelse", "Ledighedsydelse", "Flex-job benefit", []),
]

ALL_BENEFITS = ["dagpenge", "kontanthjaelp", "uddannelseshjaelp", "sygedagpenge", "ledighedsydelse"]

# Job types with dated eligibility rules. A rule states the law in force from validFrom to
# validTo (inclusive); a new law is a new rule, never an edit of an old one.
JOB_TYPES = [
    ("ordinary", "Ordinært job", "Ordinary job", [
        {"id": "ordinary-2000", "validFrom": "2000-01-01",
         "da": "Alle kan ansættes i et ordinært job; der er ingen særlige betingelser.",
         "en": "Anyone can be hired for an ordinary job; no special conditions apply."},
    ]),
    ("wage-subsidy", "Løntilskud", "Wage subsidy", [
        {"id": "wage-subsidy-2019", "validFrom": "2019-01-01",
         "da": "Løntilskud kræver 26 ugers ledighed på dagpenge, kontanthjælp eller uddannelseshjælp "
               "(ikke for personer over 50, enlige forsørgere eller personer uden ungdomsuddannelse) "
               "og varer højst 6 måneder hos en privat og 4 måneder hos en offentlig arbejdsgiver.",
         "en": "Wage subsidy requires 26 weeks of unemployment on unemployment insurance, cash benefit or "
               "education benefit (waived from age 50, for single providers and for people without upper "
               "secondary education) and lasts at most 6 months with a private and 4 months with a public employer.",
         "benefitTypes": ["dagpenge", "kontanthjaelp", "uddannelseshjaelp"],
         "minWeeksUnemployed": 26, "waiveWaitFromAge": 50, "waiveWaitForSingleProvider": True,
         "waiveWaitWithoutUpperSecondary": True, "maxMonthsPrivate": 6, "maxMonthsPublic": 4},
    ]),
    ("job-rotation", "Jobrotation", "Job rotation", [
        {"id": "job-rotation-2019", "validFrom": "2019-01-01", "validTo": "2026-12-31",
         "da": "Vikaren skal have været ledig i mindst 26 uger på dagpenge eller kontanthjælp; ordningen "
               "afskaffes med beskæftigelsesreformen fra 2025 og kan ikke bruges fra 1. januar 2027.",
         "en": "The substitute must have been unemployed for at least 26 weeks on unemployment insurance or "
               "cash benefit; the 2025 employment reform abolishes the scheme, so it cannot be used from 1 January 2027.",
         "benefitTypes": ["dagpenge", "kontanthjaelp"], "minWeeksUnemployed": 26},
    ]),
    ("flex-job", "Fleksjob", "Flex job", [
        {"id": "flex-job-2013", "validFrom": "2013-01-01",
         "da": "Kun personer, som kommunen har visiteret til fleksjob, kan ansættes i et fleksjob.",
         "en": "Only people whom the municipality has approved for a flex job can be hired in one.",
         "requiresFlexJobApproval": True},
    ]),
    ("apprenticeship", "Lærlingeplads / voksenlærling", "Apprenticeship / adult apprenticeship", [
        {"id": "apprenticeship-2000", "validFrom": "2000-01-01",
         "da": "Alle kan ansættes som lærling eller voksenlærling med en uddannelsesaftale; der er ingen krav til ydelse eller ledighed.",
         "en": "Anyone can be hired as an apprentice or adult apprentice under a training agreement; no benefit or unemployment condition applies."},
    ]),
    ("company-internship", "Virksomhedspraktik", "Company internship", [
        {"id": "company-internship-2019", "validFrom": "2019-01-01",
         "da": "Virksomhedspraktik kan bruges af personer på alle fem ydelser og varer normalt op til 4 uger (13 uger for nogle grupper).",
         "en": "A company internship is open to people on any of the five benefits and normally lasts up to 4 weeks (13 for some groups).",
         "benefitTypes": list(ALL_BENEFITS), "maxMonthsPrivate": 1, "maxMonthsPublic": 1},
    ]),
]

SCORING = [
    ("essential", 40), ("optional", 15), ("experience", 10), ("commute", 15),
    ("desiredOccupation", 10), ("availability", 10), ("experienceCapYears", 10),
    ("levelAboveMinimumBonus", 0.1), ("atMinimumShare", 0.8), ("availabilityGraceDays", 14),
    ("availabilityFullPointsDays", 0), ("substitutableOverlap", 0.5),
]

TRAVEL = [("roadFactor", 1.3), ("averageKmh", 65), ("sameMunicipalityMinutes", 10)]

# Names as they are today (the CSV carries two old ones) and seats in Danish.
MUNICIPALITY_NAMES = {"0751": "Aarhus", "0810": "Brønderslev"}
SEAT_NAMES = {"0101": "København", "0751": "Aarhus"}

# The main postcodes of each municipality (its larger towns), used to place candidates.
# A postcode area can straddle a border; each code is listed under the municipality
# that holds the town it is named after.
POSTCODES = {
    "0101": ["1050", "2100", "2200", "2300", "2450"],  # København K, Ø, N, S, SV
    "0147": ["2000", "1850"],  # Frederiksberg, Frederiksberg C
    "0151": ["2750", "2740", "2760"],  # Ballerup, Skovlunde, Måløv
    "0153": ["2605", "2660"],  # Brøndby, Brøndby Strand
    "0155": ["2791"],  # Dragør
    "0157": ["2820", "2900", "2920", "2930"],  # Gentofte, Hellerup, Charlottenlund, Klampenborg
    "0159": ["2860", "2880"],  # Søborg, Bagsværd
    "0161": ["2600"],  # Glostrup
    "0163": ["2730"],  # Herlev
    "0165": ["2620"],  # Albertslund
    "0167": ["2650"],  # Hvidovre
    "0169": ["2630", "2640"],  # Taastrup, Hedehusene
    "0173": ["2800", "2830"],  # Kongens Lyngby, Virum
    "0175": ["2610"],  # Rødovre
    "0183": ["2635"],  # Ishøj
    "0185": ["2770"],  # Kastrup
    "0187": ["2625", "2665"],  # Vallensbæk, Vallensbæk Strand
    "0190": ["3520", "3500"],  # Farum, Værløse
    "0201": ["3450", "3540"],  # Allerød, Lynge
    "0210": ["3480", "2980", "2990"],  # Fredensborg, Kokkedal, Nivå
    "0217": ["3000", "3060", "3070", "3100"],  # Helsingør, Espergærde, Snekkersten, Hornbæk
    "0219": ["3400", "3320"],  # Hillerød, Skævinge
    "0223": ["2970", "2960"],  # Hørsholm, Rungsted Kyst
    "0230": ["2840", "2850", "3460"],  # Holte, Nærum, Birkerød
    "0240": ["3660", "3650", "3670"],  # Stenløse, Ølstykke, Veksø Sjælland
    "0250": ["3600", "3630", "3550"],  # Frederikssund, Jægerspris, Slangerup
    "0253": ["2670", "2690"],  # Greve, Karlslunde
    "0259": ["4600", "4681"],  # Køge, Herfølge
    "0260": ["3300", "3390"],  # Frederiksværk, Hundested
    "0265": ["4000", "4040", "4130"],  # Roskilde, Jyllinge, Viby Sjælland
    "0269": ["2680"],  # Solrød Strand
    "0270": ["3200", "3250", "3230"],  # Helsinge, Gilleleje, Græsted
    "0306": ["4500", "4573", "4550"],  # Nykøbing Sjælland, Højby, Asnæs
    "0316": ["4300", "4340", "4520"],  # Holbæk, Tølløse, Svinninge
    "0320": ["4690", "4640", "4654"],  # Haslev, Faxe, Faxe Ladeplads
    "0326": ["4400", "4470"],  # Kalundborg, Svebølle
    "0329": ["4100"],  # Ringsted
    "0330": ["4200", "4220", "4230"],  # Slagelse, Korsør, Skælskør
    "0336": ["4660", "4652"],  # Store Heddinge, Hårlev
    "0340": ["4180", "4293"],  # Sorø, Dianalund
    "0350": ["4330", "4320"],  # Hvalsø, Lejre
    "0360": ["4930", "4900", "4970"],  # Maribo, Nakskov, Rødby
    "0370": ["4700", "4160", "4171"],  # Næstved, Herlufmagle, Glumsø
    "0376": ["4800", "4850", "4880"],  # Nykøbing Falster, Stubbekøbing, Nysted
    "0390": ["4760", "4780", "4720"],  # Vordingborg, Stege, Præstø
    "0400": ["3700", "3730", "3760", "3770"],  # Rønne, Nexø, Gudhjem, Allinge
    "0410": ["5500", "5592", "5580"],  # Middelfart, Ejby, Nørre Aaby
    "0420": ["5610", "5620", "5690"],  # Assens, Glamsbjerg, Tommerup
    "0430": ["5750", "5600", "5772", "5792"],  # Ringe, Faaborg, Kværndrup, Årslev
    "0440": ["5300", "5330", "5380"],  # Kerteminde, Munkebo, Dalby
    "0450": ["5800", "5853", "5871"],  # Nyborg, Ørbæk, Frørup
    "0461": ["5000", "5200", "5210", "5220", "5230"],  # Odense C, V, NV, SØ, M
    "0479": ["5700", "5881"],  # Svendborg, Skårup Fyn
    "0480": ["5400", "5450", "5471"],  # Bogense, Otterup, Søndersø
    "0482": ["5900", "5953", "5935"],  # Rudkøbing, Tranekær, Bagenkop
    "0492": ["5970", "5960"],  # Ærøskøbing, Marstal
    "0510": ["6100", "6500", "6070", "6560"],  # Haderslev, Vojens, Christiansfeld, Sommersted
    "0530": ["7200", "7190"],  # Grindsted, Billund
    "0540": ["6400", "6430", "6300", "6440"],  # Sønderborg, Nordborg, Gråsten, Augustenborg
    "0550": ["6270", "6280", "6240", "6261"],  # Tønder, Højer, Løgumkloster, Bredebro
    "0561": ["6700", "6705", "6715", "6740", "6760"],  # Esbjerg, Esbjerg Ø, Esbjerg N, Bramming, Ribe
    "0563": ["6720"],  # Fanø
    "0573": ["6800", "6840", "6830"],  # Varde, Oksbøl, Nørre Nebel
    "0575": ["6600", "6630", "6650", "6670"],  # Vejen, Rødding, Brørup, Holsted
    "0580": ["6200", "6230", "6360", "6330"],  # Aabenraa, Rødekro, Tinglev, Padborg
    "0607": ["7000"],  # Fredericia
    "0615": ["8700", "8740"],  # Horsens, Brædstrup
    "0621": ["6000", "6640", "6091"],  # Kolding, Lunderskov, Bjert
    "0630": ["7100", "7080", "7300"],  # Vejle, Børkop, Jelling
    "0657": ["7400", "7480", "7490"],  # Herning, Vildbjerg, Aulum
    "0661": ["7500", "7570"],  # Holstebro, Vemb
    "0665": ["7620", "7673", "7680"],  # Lemvig, Harboøre, Thyborøn
    "0671": ["7600", "7560", "7790"],  # Struer, Hjerm, Thyholm
    "0706": ["8410", "8400", "8550"],  # Rønde, Ebeltoft, Ryomgård
    "0707": ["8500", "8950", "8963"],  # Grenaa, Ørsted, Auning
    "0710": ["8382", "8370", "8450"],  # Hinnerup, Hadsten, Hammel
    "0727": ["8300"],  # Odder
    "0730": ["8900", "8920", "8930", "8940", "8960"],  # Randers C, NV, NØ, SV, SØ
    "0740": ["8600", "8620", "8653"],  # Silkeborg, Kjellerup, Them
    "0741": ["8305"],  # Samsø
    "0746": ["8660", "8680", "8464", "8362"],  # Skanderborg, Ry, Galten, Hørning
    "0751": ["8000", "8200", "8210", "8220", "8260"],  # Aarhus C, N, V, Brabrand, Viby J
    "0756": ["7430", "7330", "7441"],  # Ikast, Brande, Bording
    "0760": ["6950", "6900", "6960"],  # Ringkøbing, Skjern, Hvide Sande
    "0766": ["8722", "7130", "8763"],  # Hedensted, Juelsminde, Rask Mølle
    "0773": ["7900"],  # Nykøbing Mors
    "0779": ["7800", "7860", "7870"],  # Skive, Spøttrup, Roslev
    "0787": ["7700", "7730", "7760"],  # Thisted, Hanstholm, Hurup Thy
    "0791": ["8800", "8850", "8830"],  # Viborg, Bjerringbro, Tjele
    "0810": ["9700", "9330", "9320"],  # Brønderslev, Dronninglund, Hjallerup
    "0813": ["9900", "9300", "9990", "9982", "9970"],  # Frederikshavn, Sæby, Skagen, Ålbæk, Strandby
    "0820": ["9600", "9640", "9670", "9620"],  # Aars, Farsø, Løgstør, Aalestrup
    "0825": ["9940"],  # Læsø
    "0840": ["9530", "9520"],  # Støvring, Skørping
    "0846": ["9500", "9560", "9550"],  # Hobro, Hadsund, Mariager
    "0849": ["9440", "9460", "9690", "9490"],  # Aabybro, Brovst, Fjerritslev, Pandrup
    "0851": ["9000", "9200", "9210", "9220", "9400"],  # Aalborg, SV, SØ, Øst, Nørresundby
    "0860": ["9800", "9850", "9760", "9870", "9480"],  # Hjørring, Hirtshals, Vrå, Sindal, Løkken
}

# (id, name, members, partners)
COOPERATIONS = [
    ("vendsyssel", "Vendsyssel", ["0810", "0813", "0849", "0860"], ["0851"]),
    ("trekantomraadet", "Trekantområdet", ["0410", "0510", "0530", "0575", "0607", "0621", "0630"], []),
]

if __name__ == "__main__":
    sys.exit(main())
