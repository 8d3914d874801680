#!/usr/bin/env python3
"""Adds stand-in translations to a catalogue directory (demo-catalogue format), for measuring the index
with texts in the six other kiosk languages before the real translations exist (issue 14).

Each service gets, in ar, fa-AF, ps, ti, uk and ru, the name and description of one of the hand-written
test translations (src/test/resources/search-languages), chosen by its primary theme, with its number
appended to the name so names stay distinct: the volume of text per language is realistic, the
vocabulary is not (it is far smaller than real translations would be).

    python3 bench/translate_catalogue.py --catalogue bench/target/catalogue --out bench/target/catalogue-tr
"""
import argparse
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "src", "test", "resources", "search-languages")
LANGUAGES = ["ar", "fa-AF", "ps", "ti", "uk", "ru"]
BY_THEME = {"rights": "cimade-permanences-juridiques", "administrative": "cimade-permanences-juridiques",
            "language": "langues-plurielles-cours-demandeurs-asile", "housing": "adoma-logement-accompagne",
            "emergency-aid": "adoma-logement-accompagne", "health": "mdm-prevention-soins",
            "mental-health": "mdm-prevention-soins"}
OTHERS = ["cos-cours-francais-benevoles", "cimade-permanences-juridiques", "adoma-logement-accompagne",
          "mdm-prevention-soins", "langues-plurielles-cours-demandeurs-asile"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalogue", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    fixtures = {}
    for lang in LANGUAGES:
        with open(os.path.join(FIXTURES, lang + ".json"), encoding="utf-8") as f:
            fixtures[lang] = json.load(f)
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    shutil.copytree(args.catalogue, args.out)
    path = os.path.join(args.out, "services.json")
    with open(path, encoding="utf-8") as f:
        services = json.load(f)
    for i, service in enumerate(services):
        source = BY_THEME.get(service.get("primaryTheme"), OTHERS[i % len(OTHERS)])
        service.setdefault("description", {})
        if service["description"] is None:
            service["description"] = {}
        for lang in LANGUAGES:
            text = fixtures[lang][source]
            service["name"][lang] = f"{text['name']} {i}"
            service["description"][lang] = text["description"]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(services, f, ensure_ascii=False)
    print(f"{len(services)} services translated into {', '.join(LANGUAGES)} in {args.out}")


if __name__ == "__main__":
    main()
