#!/usr/bin/env python3
"""Join the curated reference tables with ESCO and write jobmatch's schema and municipality list.

    python3 tools/make_reference_data.py [--shared DIR] [--reference DIR] [--out DIR] [--report]

The curated content lives in reviewable files under ``data/reference/`` (TSV and JSON a
domain expert can read and diff; see data/reference/README.md): which competences and
occupations the job centres match on, their Danish labels and search aliases,
similarities, profiles, job-type rules, weights, municipalities, postcodes and
cooperations. This script only joins them with the official ESCO v1.1.1 CSV files and the
Danish municipality table in the shared reference folder (default: ``../shared`` next to
the repository root): ESCO supplies the URIs, ISCO codes and English labels, the table
supplies regions, coordinates and populations. It writes ``schema.json`` and
``municipalities.json`` into ``--out`` (default: ``Sources/JobMatchResources``;
``data/*.json`` link there).

It stops with a list of every entry it cannot join (an ESCO label or municipality code
that does not exist, a malformed cell) and every row of ``profile-deviations.tsv`` that
justifies nothing: an unknown occupation or competence, or an item ESCO already lists as
essential for the occupation (stale). ``--report`` prints, per occupation, how ESCO's
occupation-skill relations and those justifications back its essentials. Whether the result is a consistent schema is
decided by one validator, SchemaCheck.swift: run ``swift test --filter SchemaFileTests``
(or ``jobmatch validate``) after regenerating. The output is deterministic: running the
script twice gives byte-identical files. Python 3 standard library only.
"""

import argparse
import collections
import csv
import json
import os
import sys


class DataError(Exception):
    """Reference data that cannot be joined or parsed; the message lists every problem."""


def read_csv(path):
    """Rows as dicts keyed by header name (ESCO layouts drift; never index by position)."""
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def read_tsv(path, errors):
    """Rows of a curated table as dicts keyed by its header. Lines starting with '#' are
    comments; the first other line is the header. Each row is (line number, dict)."""
    rows, header = [], None
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                errors.append(f"{name}:{number}: {len(cells)} tab-separated cells, the header has {len(header)}")
                continue
            rows.append((f"{name}:{number}", dict(zip(header, (c.strip() for c in cells)))))
    return rows


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def split_list(cell, sep=" | "):
    """A " | "-separated cell as a list (empty cell: empty list)."""
    return [x.strip() for x in cell.split(sep.strip())] if cell.strip() else []


def pairs(cell, where, errors, number):
    """"id value | id value" as [(id, value)], value parsed by `number`."""
    out = []
    for item in split_list(cell):
        parts = item.split()
        try:
            out.append((parts[0], number(parts[1])))
            if len(parts) != 2:
                raise ValueError
        except (IndexError, ValueError):
            errors.append(f"{where}: '{item}' is not 'id {number.__name__}'")
    return out


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


def number(text):
    """A JSON-style number: int when whole ("40"), float otherwise ("0.8")."""
    return int(text) if text.lstrip("-").isdigit() else float(text)


def build_competences(rows, skills_by_label, errors):
    competences = []
    for where, r in rows:
        item = {"id": r["id"]}
        if r["escoSkill"]:
            skill = skills_by_label.get(r["escoSkill"])
            if skill is None:
                errors.append(f"{where}: competence {r['id']}: ESCO skill '{r['escoSkill']}' not found in skills_en.csv")
                continue
            item["escoUri"] = skill["conceptUri"]
            en = skill["preferredLabel"].strip()
        elif r["en"]:
            en = r["en"]
        else:
            errors.append(f"{where}: competence {r['id']}: no ESCO skill and no English label")
            continue
        item["da"] = r["da"]
        item["en"] = en
        item["aliases"] = split_list(r["aliases"])
        item["groups"] = r["groups"].split()
        item["related"] = [{"id": cid, "similarity": s} for cid, s in pairs(r["related"], where, errors, float)]
        competences.append(item)
    return competences


def build_occupations(rows, occupations_by_label, errors):
    occupations = []
    for where, r in rows:
        esco = occupations_by_label.get(r["escoOccupation"])
        if esco is None:
            errors.append(f"{where}: occupation {r['id']}: ESCO occupation '{r['escoOccupation']}' not found in occupations_en.csv")
            continue
        occupations.append({
            "id": r["id"],
            "escoUri": esco["conceptUri"],
            "isco": esco["iscoGroup"],
            "da": r["da"],
            "en": esco["preferredLabel"].strip(),
            "group": r["group"],
            "essential": [{"competence": c, "level": lvl} for c, lvl in pairs(r["essential"], where, errors, int)],
            "optional": [{"competence": c, "level": lvl} for c, lvl in pairs(r["optional"], where, errors, int)],
        })
    return occupations


def read_relations(relations_path):
    """occupationUri -> {skillUri: "essential" | "optional"} from occupationSkillRelations.csv."""
    relations = collections.defaultdict(dict)
    for row in read_csv(relations_path):
        relations[row["occupationUri"]][row["skillUri"]] = row["relationType"]
    return relations


def check_deviations(rows, competences, occupations, relations, errors):
    """The justified deviations (profile-deviations.tsv) as {(occupation, competence): reason}.
    A row is refused when it names an unknown occupation or competence, when the competence
    is not an essential of that occupation's profile, when its reason is empty, or when it
    is stale: ESCO already lists the skill as essential for the occupation, so nothing needs
    justifying."""
    uri_of = {c["id"]: c.get("escoUri") for c in competences}
    profiles = {o["id"]: o for o in occupations}
    justified = {}
    for where, r in rows:
        occ, comp, reason = r["occupation"], r["competence"], r["reason"]
        o = profiles.get(occ)
        if o is None:
            errors.append(f"{where}: unknown occupation '{occ}'")
            continue
        if comp not in uri_of:
            errors.append(f"{where}: unknown competence '{comp}'")
            continue
        if comp not in {i["competence"] for i in o["essential"]}:
            errors.append(f"{where}: '{comp}' is not an essential of {occ}; justify only essential profile items")
            continue
        if uri_of[comp] and relations.get(o["escoUri"], {}).get(uri_of[comp]) == "essential":
            errors.append(f"{where}: stale justification: '{comp}' is ESCO-essential for {occ} ({o['en']}); delete the row")
            continue
        if len(reason) < 20:
            errors.append(f"{where}: the reason for {occ} / {comp} is missing or too short to be specific")
            continue
        if (occ, comp) in justified:
            errors.append(f"{where}: {occ} / {comp} is justified twice")
            continue
        justified[(occ, comp)] = reason
    return justified


REPORT_KINDS = ["ESCO-essential", "justified", "ESCO-optional", "sibling-essential", "no ESCO skill", "unsupported"]


def esco_support_report(competences, occupations, occupation_rows, relations, justified):
    """How ESCO's occupation-skill relations back each profile's essentials (--report).
    Each essential is one of: ESCO-essential for the occupation; justified item by item in
    profile-deviations.tsv; ESCO-optional for it; essential for another ESCO occupation of
    the same ISCO group (a sibling); without an ESCO skill; or unsupported. The last four
    are the items still to be reviewed."""
    uri_of = {c["id"]: c.get("escoUri") for c in competences}
    by_isco = collections.defaultdict(list)
    for row in occupation_rows:
        by_isco[row["iscoGroup"]].append(row["conceptUri"])
    totals = collections.Counter()
    lines = []
    for o in occupations:
        rel = relations.get(o["escoUri"], {})
        counts = collections.Counter()
        open_items = []
        for item in o["essential"]:
            uri = uri_of.get(item["competence"])
            if uri is not None and rel.get(uri) == "essential":
                kind = "ESCO-essential"
            elif (o["id"], item["competence"]) in justified:
                kind = "justified"
            elif uri is None:
                kind = "no ESCO skill"
            elif rel.get(uri) == "optional":
                kind = "ESCO-optional"
            elif any(relations[u].get(uri) == "essential" for u in by_isco[o["isco"]] if u != o["escoUri"]):
                kind = "sibling-essential"
            else:
                kind = "unsupported"
            if kind not in ("ESCO-essential", "justified"):
                open_items.append(f"{item['competence']} ({kind})")
            counts[kind] += 1
        totals.update(counts)
        lines.append(f"  {o['id']:<32} {counts['ESCO-essential']}/{len(o['essential'])} ESCO-essential"
                     + (f", {counts['justified']} justified" if counts["justified"] else "")
                     + (f"; open: {', '.join(open_items)}" if open_items else ""))
    total = sum(totals.values())
    lines.append(f"  total: {total} essential items of {len(occupations)} occupations: "
                 + ", ".join(f"{k} {totals[k]} ({100 * totals[k] / total:.1f}%)" for k in REPORT_KINDS))
    backed = totals["ESCO-essential"] + totals["justified"]
    lines.append(f"  ESCO-essential or justified: {backed} of {total} ({100 * backed / total:.1f}%; goal 90%)")
    return "\n".join(lines)


RULE_KEYS = ["id", "validFrom", "validTo", "da", "en", "benefitTypes", "minWeeksUnemployed",
             "waiveWaitFromAge", "waiveWaitForSingleProvider", "waiveWaitWithoutUpperSecondary",
             "requiresFlexJobApproval", "maxMonthsPrivate", "maxMonthsPublic"]


def build_job_types(job_types, errors):
    out = []
    for jt in job_types:
        rules = []
        for rule in jt["rules"]:
            unknown = set(rule) - set(RULE_KEYS)
            if unknown:
                errors.append(f"job-types.json: job type {jt['id']}: unknown rule fields {sorted(unknown)}")
            # Fixed key order (the Swift field order); optional fields are omitted, not null.
            rules.append({k: rule[k] for k in RULE_KEYS if k in rule})
        unknown = set(jt) - {"id", "da", "en", "rules", "learningScheme"}
        if unknown:
            errors.append(f"job-types.json: job type {jt['id']}: unknown fields {sorted(unknown)}")
        item = {"id": jt["id"], "da": jt["da"], "en": jt["en"], "rules": rules}
        if "learningScheme" in jt:
            item["learningScheme"] = jt["learningScheme"]
        out.append(item)
    return out


def build_benefits(ref):
    """Benefit types with their validity and, where listed, their dated match categories.
    Fields that are not given are omitted (the Swift field order otherwise)."""
    rules = collections.defaultdict(list)
    for _, r in ref["match-categories"]:
        rule = {"validFrom": r["validFrom"]}
        if r["validTo"]:
            rule["validTo"] = r["validTo"]
        rule["categories"] = r["categories"].split()
        if r["default"]:
            rule["defaultCategory"] = r["default"]
        if r["source"]:
            rule["source"] = r["source"]
        rules[r["benefit"]].append(rule)
    out = []
    for _, r in ref["benefit-types"]:
        item = {"id": r["id"], "da": r["da"], "en": r["en"], "matchCategories": r["matchCategories"].split()}
        for key in ("validFrom", "validTo"):
            if r.get(key):
                item[key] = r[key]
        if r["id"] in rules:
            item["categoryRules"] = rules.pop(r["id"])
        out.append(item)
    return out, [f"match-categories.tsv: benefit '{b}' is not in benefit-types.tsv" for b in rules]


def build_certificate(r):
    """A certificate with its aliases (what people type: "kranbevis", "§26") and, when it
    must be renewed, its usual validity in years; both left out when empty."""
    item = {"id": r["id"], "da": r["da"], "en": r["en"]}
    aliases = [a.strip() for a in r.get("aliases", "").split(";") if a.strip()]
    if aliases:
        item["aliases"] = aliases
    if r.get("validYears"):
        item["validYears"] = int(r["validYears"])
    return item


def build_schema(ref, competences, occupations, errors):
    benefits, benefit_errors = build_benefits(ref)
    errors.extend(benefit_errors)
    settings = ref["settings"]
    return {
        "version": settings["version"],
        "levels": [{"level": int(r["level"]), "da": r["da"], "en": r["en"], "meaning": r["meaning"]}
                   for _, r in ref["levels"]],
        "industryGroups": [{"code": r["code"], "da": r["da"], "en": r["en"], "db07": r["db07"].split()}
                           for _, r in ref["industry-groups"]],
        "competences": competences,
        "occupations": occupations,
        "licences": [{"code": r["code"], "da": r["da"], "en": r["en"]} for _, r in ref["licences"]],
        "certificates": [build_certificate(r) for _, r in ref["certificates"]],
        "languages": [{"code": r["code"], "da": r["da"], "en": r["en"]} for _, r in ref["languages"]],
        "cefrLevels": settings["cefrLevels"],
        "educationLevels": [{"id": r["id"], "da": r["da"], "en": r["en"], "upperSecondary": r["upperSecondary"] == "yes"}
                            for _, r in ref["education-levels"]],
        "benefitTypes": benefits,
        "jobTypes": build_job_types(ref["job-types"], errors),
        "scoring": settings["scoring"],
        "travel": settings["travel"],
    }


def kilometres(a, b):
    """Great-circle distance (haversine, radius 6,371 km) between (lat, lon) pairs."""
    import math
    rad = math.pi / 180
    h = (math.sin((b[0] - a[0]) * rad / 2) ** 2
         + math.cos(a[0] * rad) * math.cos(b[0] * rad) * math.sin((b[1] - a[1]) * rad / 2) ** 2)
    return 2 * 6371 * math.asin(min(1, math.sqrt(h)))


def place_postcodes(ref, by_code, town_rows, errors):
    """municipality code -> [{postcode, town, lat, lon}]: each postcode at its GeoNames town
    (the `place` column names it when the postal name differs; "-" leaves it unplaced).
    Of several towns with one name, the one nearest the municipality's seat is taken; a
    town farther than 40 km from the seat is a wrong join and is reported."""
    towns = collections.defaultdict(list)
    for t in town_rows:
        towns[t["name"]].append((float(t["latitude"]), float(t["longitude"])))
    places = collections.defaultdict(list)
    for where, r in ref["postcodes"]:
        name = r["place"] or r["town"]
        row = by_code.get(r["municipality"])
        if name == "-" or row is None:
            continue
        if name not in towns:
            errors.append(f"{where}: postcode {r['postcode']}: no GeoNames town '{name}' in towns.csv; "
                          f"name one in the place column or write '-'")
            continue
        seat = (float(row["seat_lat"]), float(row["seat_lon"]))
        point = min(towns[name], key=lambda p: kilometres(p, seat))
        if kilometres(point, seat) > 40:
            errors.append(f"{where}: postcode {r['postcode']}: GeoNames '{name}' lies "
                          f"{kilometres(point, seat):.0f} km from the seat of {r['municipality']}")
            continue
        places[r["municipality"]].append({"postcode": r["postcode"], "town": r["town"], "lat": point[0], "lon": point[1]})
    return places


def build_municipalities(ref, csv_rows, town_rows, errors):
    by_code = {row["kommunekode"].strip(): row for row in csv_rows}
    postcodes = collections.defaultdict(list)
    for where, r in ref["postcodes"]:
        postcodes[r["municipality"]].append(r["postcode"])
    places = place_postcodes(ref, by_code, town_rows, errors)
    municipalities = []
    for where, r in ref["municipalities"]:
        row = by_code.get(r["code"])
        if row is None:
            errors.append(f"{where}: municipality {r['code']} is not in municipalities.csv")
            continue
        municipalities.append({
            "code": r["code"],
            "name": r["name"],
            "region": row["region"].strip(),
            "lat": float(row["seat_lat"]),
            "lon": float(row["seat_lon"]),
            "population": int(row["geonames_population"]),
            "seat": r["seat"],
            "postcodes": postcodes.pop(r["code"], []),
            "places": places.get(r["code"], []),
        })
    for code in postcodes:
        errors.append(f"postcodes.tsv: municipality {code} is not in municipalities.tsv")
    municipalities.sort(key=lambda m: m["code"])
    cooperations = [{"id": r["id"], "name": r["name"], "members": r["members"].split(), "partners": r["partners"].split()}
                    for _, r in ref["cooperations"]]
    participating = sorted({code for c in cooperations for code in c["members"] + c["partners"]})
    return {
        "version": ref["settings"]["version"],
        "municipalities": municipalities,
        "cooperations": cooperations,
        "participating": participating,
    }


TABLES = ["levels", "industry-groups", "competences", "occupations", "licences", "certificates", "languages",
          "education-levels", "benefit-types", "match-categories", "municipalities", "postcodes", "cooperations",
          "profile-deviations"]


def read_reference(directory, errors):
    ref = {name: read_tsv(os.path.join(directory, name + ".tsv"), errors) for name in TABLES}
    ref["job-types"] = read_json(os.path.join(directory, "job-types.json"))
    ref["settings"] = read_json(os.path.join(directory, "settings.json"))
    return ref


def write_json(path, value):
    text = json.dumps(value, indent=2, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv=None):
    repo_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(repo_root), "shared"),
                        help="shared reference folder (default: ../shared next to the repository)")
    parser.add_argument("--reference", default=os.path.join(repo_root, "data", "reference"),
                        help="the curated tables (default: data/reference)")
    parser.add_argument("--out", default=os.path.join(repo_root, "Sources", "JobMatchResources"),
                        help="where to write schema.json and municipalities.json")
    parser.add_argument("--report", action="store_true",
                        help="print how well ESCO's occupation-skill relations (and profile-deviations.tsv) back the profiles")
    args = parser.parse_args(argv)

    esco = os.path.join(args.shared, "esco", "v1.1.1")
    municipality_csv = os.path.join(args.shared, "dk", "municipalities.csv")
    towns_csv = os.path.join(args.shared, "dk", "towns.csv")
    for path in (esco, municipality_csv, towns_csv, args.reference):
        if not os.path.exists(path):
            print(f"error: {path} not found; pass --shared DIR (the folder holding esco/ and dk/) "
                  f"or --reference DIR", file=sys.stderr)
            return 2

    try:
        errors = []
        ref = read_reference(args.reference, errors)
        skills = index_by_label(read_csv(os.path.join(esco, "skills_en.csv")), "skill")
        occupations_by_label = index_by_label(read_csv(os.path.join(esco, "occupations_en.csv")), "occupation")
        competences = build_competences(ref["competences"], skills, errors)
        occupations = build_occupations(ref["occupations"], occupations_by_label, errors)
        registry = build_municipalities(ref, read_csv(municipality_csv), read_csv(towns_csv), errors)
        schema = build_schema(ref, competences, occupations, errors)
        relations = read_relations(os.path.join(esco, "occupationSkillRelations.csv"))
        justified = check_deviations(ref["profile-deviations"], competences, occupations, relations, errors)
        if errors:
            raise DataError("\n".join(errors))
    except (DataError, KeyError, ValueError) as e:
        print("error: the reference tables cannot be joined with ESCO and the municipality table:", file=sys.stderr)
        for line in str(e).splitlines():
            print(f"  {line}", file=sys.stderr)
        return 1

    os.makedirs(args.out, exist_ok=True)
    write_json(os.path.join(args.out, "schema.json"), schema)
    write_json(os.path.join(args.out, "municipalities.json"), registry)
    with_uri = sum(1 for c in competences if "escoUri" in c)
    print(f"wrote {args.out}/schema.json: {len(competences)} competences ({with_uri} with ESCO URI), "
          f"{len(occupations)} occupations; municipalities.json: {len(registry['municipalities'])} municipalities")
    print("check it with SchemaCheck: swift test --filter SchemaFileTests")
    if args.report:
        print(esco_support_report(competences, occupations, read_csv(os.path.join(esco, "occupations_en.csv")),
                                  relations, justified))
    return 0


if __name__ == "__main__":
    sys.exit(main())
