#!/usr/bin/env python3
"""Generates a synthetic national catalogue in the demo-catalogue format (docs/architecture.md §9).

The distributions (themes, statuses, access modes, ages, special criteria) are those of the demo
catalogue; the cities are real French cities with their department, region and coordinates. Every
record is synthetic: no organisation, person or text comes from anywhere else.

    python3 bench/generate_catalogue.py --services 50000 --out bench/target/catalogue
"""
import argparse
import json
import os
import random

CITIES = [
    ("Paris", "Paris", "Île-de-France", 48.8566, 2.3522), ("Marseille", "Bouches-du-Rhône", "Provence-Alpes-Côte d'Azur", 43.2965, 5.3698),
    ("Lyon", "Rhône", "Auvergne-Rhône-Alpes", 45.764, 4.8357), ("Toulouse", "Haute-Garonne", "Occitanie", 43.6047, 1.4442),
    ("Nice", "Alpes-Maritimes", "Provence-Alpes-Côte d'Azur", 43.7102, 7.262), ("Nantes", "Loire-Atlantique", "Pays de la Loire", 47.2184, -1.5536),
    ("Montpellier", "Hérault", "Occitanie", 43.6108, 3.8767), ("Strasbourg", "Bas-Rhin", "Grand Est", 48.5734, 7.7521),
    ("Bordeaux", "Gironde", "Nouvelle-Aquitaine", 44.8378, -0.5792), ("Lille", "Nord", "Hauts-de-France", 50.6292, 3.0573),
    ("Rennes", "Ille-et-Vilaine", "Bretagne", 48.1173, -1.6778), ("Reims", "Marne", "Grand Est", 49.2583, 4.0317),
    ("Toulon", "Var", "Provence-Alpes-Côte d'Azur", 43.1242, 5.928), ("Grenoble", "Isère", "Auvergne-Rhône-Alpes", 45.1885, 5.7245),
    ("Dijon", "Côte-d'Or", "Bourgogne-Franche-Comté", 47.322, 5.0415), ("Angers", "Maine-et-Loire", "Pays de la Loire", 47.4784, -0.5632),
    ("Nîmes", "Gard", "Occitanie", 43.8367, 4.3601), ("Clermont-Ferrand", "Puy-de-Dôme", "Auvergne-Rhône-Alpes", 45.7772, 3.087),
    ("Le Havre", "Seine-Maritime", "Normandie", 49.4944, 0.1079), ("Tours", "Indre-et-Loire", "Centre-Val de Loire", 47.3941, 0.6848),
    ("Limoges", "Haute-Vienne", "Nouvelle-Aquitaine", 45.8336, 1.2611), ("Amiens", "Somme", "Hauts-de-France", 49.894, 2.2958),
    ("Metz", "Moselle", "Grand Est", 49.1193, 6.1757), ("Besançon", "Doubs", "Bourgogne-Franche-Comté", 47.2378, 6.0241),
    ("Perpignan", "Pyrénées-Orientales", "Occitanie", 42.6887, 2.8948), ("Orléans", "Loiret", "Centre-Val de Loire", 47.903, 1.9093),
    ("Rouen", "Seine-Maritime", "Normandie", 49.4432, 1.0999), ("Caen", "Calvados", "Normandie", 49.1829, -0.3707),
    ("Nancy", "Meurthe-et-Moselle", "Grand Est", 48.6921, 6.1844), ("Calais", "Pas-de-Calais", "Hauts-de-France", 50.9513, 1.8587),
    ("Troyes", "Aube", "Grand Est", 48.2973, 4.0744), ("Poitiers", "Vienne", "Nouvelle-Aquitaine", 46.5802, 0.3404),
    ("Pau", "Pyrénées-Atlantiques", "Nouvelle-Aquitaine", 43.2951, -0.3708), ("Brest", "Finistère", "Bretagne", 48.3904, -4.4861),
    ("Avignon", "Vaucluse", "Provence-Alpes-Côte d'Azur", 43.9493, 4.8055), ("Briançon", "Hautes-Alpes", "Provence-Alpes-Côte d'Azur", 44.8986, 6.6433),
]
THEMES = ["housing", "language", "rights", "administrative", "employment", "training", "entrepreneurship", "health",
          "mental-health", "education", "social-link", "culture-sport-leisure", "digital", "mobility", "family",
          "emergency-aid"]
THEME_WEIGHTS = [31, 19, 31, 17, 32, 16, 7, 11, 6, 5, 27, 15, 5, 7, 3, 9]
WORDS = {
    "housing": ("hébergement et accompagnement vers le logement", "shelter and support towards housing"),
    "language": ("cours de français et ateliers de conversation", "French classes and conversation workshops"),
    "rights": ("permanence d'accès aux droits et conseil juridique", "rights advice and legal guidance desk"),
    "administrative": ("aide aux démarches administratives", "help with paperwork and procedures"),
    "employment": ("accompagnement vers l'emploi et parrainage", "support into work and mentoring"),
    "training": ("formation professionnelle qualifiante", "vocational training with a qualification"),
    "entrepreneurship": ("appui à la création d'activité", "support to start a business"),
    "health": ("accès aux soins et orientation médicale", "access to care and medical guidance"),
    "mental-health": ("soutien psychologique et écoute", "psychological support and listening"),
    "education": ("reprise d'études et scolarité", "return to studies and schooling"),
    "social-link": ("rencontres, bénévolat et liens sociaux", "meetings, volunteering and social ties"),
    "culture-sport-leisure": ("activités sportives et culturelles", "sports and cultural activities"),
    "digital": ("ateliers numériques", "digital skills workshops"),
    "mobility": ("aide à la mobilité et au permis", "help with transport and driving licence"),
    "family": ("accompagnement des familles", "support for families"),
    "emergency-aid": ("aide alimentaire et matérielle d'urgence", "emergency food and material aid"),
}
STATUSES = [(["any"], 67), (["refugee"], 47), (["asylum-seeker"], 15), (["refugee", "asylum-seeker"], 6),
            (["resettled-refugee"], 2), (["residence-permit", "work-authorised"], 3), (None, 1)]
ACCESS = [(None, 98), ("walk-in", 6), ("self-referral", 6), ("professional-referral", 14), ("committee", 1)]
CRITERIA = [([], 94), (["lgbtqi"], 1), (["torture-survivor"], 1), (["unaccompanied-minor"], 1), (["business-project"], 1),
            (["allophone"], 1), (["homeless"], 1)]
AGES = [((None, None), 85), ((18, 30), 4), ((None, 25), 4), ((16, 25), 4), ((18, 25), 3)]


def pick(rng, weighted):
    values, weights = zip(*weighted)
    return rng.choices(values, weights=weights)[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=50000)
    parser.add_argument("--organizations", type=int, default=2500)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", default="bench/target/catalogue")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)

    organizations = []
    for i in range(args.organizations):
        city = rng.choice(CITIES)
        organizations.append({"id": f"bench-org-{i:05d}", "name": f"Association d'accueil n° {i} ({city[0]})",
                              "kind": pick(rng, [("association", 70), ("public-agency", 10), ("social-enterprise", 10),
                                                 ("cooperative", 5), ("company", 5)]),
                              "territory": {"city": city[0], "department": city[1], "region": city[2], "country": "FR",
                                            "note": None},
                              "website": None, "source": "bench/generate_catalogue.py (synthetic)"})
    services = []
    for i in range(args.services):
        primary = rng.choices(THEMES, weights=THEME_WEIGHTS)[0]
        themes = sorted({primary, *rng.choices(THEMES, weights=THEME_WEIGHTS, k=rng.choice([0, 0, 1, 2]))})
        scope = rng.random()
        city = rng.choice(CITIES)
        territory = {"city": city[0], "department": city[1], "region": city[2], "country": "FR", "lat": city[3],
                     "lon": city[4], "note": None}
        if scope < 0.15:
            territory = {"city": None, "department": None, "region": None, "country": "FR", "lat": None, "lon": None,
                         "note": None}
        elif scope < 0.25:
            territory.update({"city": None, "lat": None, "lon": None})
        ages = pick(rng, AGES)
        fr, en = WORDS[primary]
        services.append({
            "id": f"bench-service-{i:06d}",
            "organizationId": organizations[rng.randrange(len(organizations))]["id"],
            "initiativeId": None,
            "name": {"fr": f"{fr.capitalize()} ({territory['city'] or territory['region'] or 'national'}) n° {i}",
                     "en": f"{en.capitalize()} ({territory['city'] or territory['region'] or 'national'}) no. {i}"},
            "description": {"fr": f"Service synthétique de test : {fr}.", "en": f"Synthetic test service: {en}."},
            "status": "active" if rng.random() > 0.05 else "inactive",
            "lifecycle": "operating",
            "audience": ["newcomer"] if rng.random() > 0.05 else ["professional"],
            "themes": themes, "primaryTheme": primary,
            "eligibility": {"statuses": pick(rng, STATUSES), "minAge": ages[0], "maxAge": ages[1],
                            "minCefr": "A1" if primary == "language" and rng.random() < 0.2 else None,
                            "maxCefr": None, "targetCefr": None, "genders": None,
                            "household": pick(rng, [(None, 117), ("any", 6), ("family", 1), ("single", 1)]),
                            "specialCriteria": pick(rng, CRITERIA)},
            "access": {"mode": pick(rng, ACCESS), "committeeFrequencyWeeks": None, "referrerKinds": []},
            "cost": {"free": True, "note": None}, "languagesSpoken": None, "durationDays": None, "durationNote": None,
            "capacity": None, "territory": territory, "channels": ["in-person"], "indicators": [],
            "sourceDate": None, "source": {"file": "bench/generate_catalogue.py", "section": "synthetic", "lines": [1, 1]},
            "inferred": [], "curatorNotes": None,
        })
    files = {"services.json": services, "organizations-extra.json": organizations, "initiatives.json": [],
             "initiatives-002.json": [], "memberships.json": []}
    for name, content in files.items():
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as out:
            json.dump(content, out, ensure_ascii=False)
    print(f"{len(services)} services, {len(organizations)} organisations in {args.out}")


if __name__ == "__main__":
    main()
