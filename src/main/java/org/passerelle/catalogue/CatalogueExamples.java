package org.passerelle.catalogue;

/** Example bodies for the contract, taken from the demo catalogue (public data, no person in it). */
final class CatalogueExamples {

    static final String SERVICE_PAGE = """
            {"page":1,"size":20,"totalItems":1,"totalPages":1,"items":[{"id":"0f6b1d2e-4c1a-5b7e-8f90-1a2b3c4d5e6f",\
            "slug":"auberge-des-migrants-aide-urgence","name":"Emergency food and material aid for exiled people (Calais area)",\
            "lang":"en","status":"active","primaryTheme":"emergency-aid","themes":["emergency-aid"],\
            "domains":["emergency"],"organization":{"id":"3c2d1e0f-5a4b-5c6d-9e8f-0a1b2c3d4e5f",\
            "slug":"auberge-des-migrants","name":"Auberge des Migrants"},"accessMode":"walk-in",\
            "territory":{"city":"Calais","department":"Pas-de-Calais","region":"Hauts-de-France","country":"FR",\
            "latitude":50.9513,"longitude":1.8587,"note":"Calaisis et Nord de la France","crossBorderCountries":null},\
            "updatedAt":"2026-11-25T08:00:00Z","version":0}]}""";

    static final String SERVICE = """
            {"id":"0f6b1d2e-4c1a-5b7e-8f90-1a2b3c4d5e6f","slug":"auberge-des-migrants-aide-urgence",\
            "name":"Emergency food and material aid for exiled people (Calais area)",\
            "description":"Emergency food and material help for exiled people around Calais and in northern France.",\
            "lang":"en","status":"active","lifecycle":"operating","audience":["newcomer"],"primaryTheme":"emergency-aid",\
            "themes":["emergency-aid"],"domains":["emergency"],\
            "organization":{"id":"3c2d1e0f-5a4b-5c6d-9e8f-0a1b2c3d4e5f","slug":"auberge-des-migrants",\
            "name":"Auberge des Migrants"},"initiative":null,\
            "eligibility":{"statuses":["any"],"minAge":null,"maxAge":null,"minCefr":null,"maxCefr":null,\
            "targetCefr":null,"genders":null,"household":null,"specialCriteria":[]},\
            "access":{"mode":"walk-in","committeeFrequencyWeeks":null,"referrerKinds":[]},\
            "cost":{"free":null,"note":null},"languagesSpoken":null,"channels":["in-person"],"durationDays":null,\
            "durationNote":null,"capacity":null,"territory":{"city":"Calais","department":"Pas-de-Calais",\
            "region":"Hauts-de-France","country":"FR","latitude":50.9513,"longitude":1.8587,\
            "note":"Calaisis et Nord de la France","crossBorderCountries":null},"indicators":[],\
            "source":{"file":"000_e05e42416c454bbe.txt","section":"Accueil, accès aux soins","lines":[12,12],\
            "date":"2024-06-19"},"inferred":["access.mode","channels"],"curatorNote":null,\
            "updatedAt":"2026-11-25T08:00:00Z","version":0}""";

    static final String LOOKUP_REQUEST = """
            {"ids":["auberge-des-migrants-aide-urgence","no-such-service"]}""";

    static final String LOOKUP_RESULT = """
            {"items":[],"missing":["no-such-service"]}""";

    static final String ORGANIZATION_PAGE = """
            {"page":1,"size":20,"totalItems":1,"totalPages":1,"items":[{"id":"3c2d1e0f-5a4b-5c6d-9e8f-0a1b2c3d4e5f",\
            "slug":"adoma","name":"Adoma","kind":"company","territory":{"city":null,"department":null,"region":null,\
            "country":"FR","latitude":null,"longitude":null,"note":"Présente sur l'ensemble du territoire national",\
            "crossBorderCountries":null},"updatedAt":"2026-11-25T08:00:00Z","version":0}]}""";

    static final String ORGANIZATION = """
            {"id":"3c2d1e0f-5a4b-5c6d-9e8f-0a1b2c3d4e5f","slug":"adoma","name":"Adoma","kind":"company",\
            "kindNote":null,"description":null,"lang":null,"website":null,"email":null,"phone":null,\
            "territory":{"city":null,"department":null,"region":null,"country":"FR","latitude":null,"longitude":null,\
            "note":"Présente sur l'ensemble du territoire national","crossBorderCountries":null},\
            "source":{"file":"003 fiche Adoma (Pilote)","section":null,"lines":null,"date":null},"services":[],\
            "updatedAt":"2026-11-25T08:00:00Z","version":0}""";

    static final String INITIATIVE_PAGE = """
            {"page":1,"size":20,"totalItems":1,"totalPages":1,"items":[{"id":"5e4d3c2b-1a09-5f8e-8d7c-6b5a4f3e2d1c",\
            "slug":"kodiko-co-training","name":"Programme de co-training Kodiko",\
            "summary":"Kodiko supports recognised refugees for six months in their job search.","lang":"en",\
            "operatorName":"Kodiko","themes":["employment"],"publics":["refugees"],\
            "territory":{"city":"Paris / Tours / Orléans","department":null,"region":"Île-de-France / Centre-Val de Loire",\
            "country":"FR","latitude":null,"longitude":null,"note":null,"crossBorderCountries":null},\
            "updatedAt":"2026-11-25T08:00:00Z","version":0}]}""";

    static final String INITIATIVE = """
            {"id":"5e4d3c2b-1a09-5f8e-8d7c-6b5a4f3e2d1c","slug":"kodiko-co-training",\
            "name":"Programme de co-training Kodiko",\
            "summary":"Kodiko supports recognised refugees for six months in their job search.","lang":"en",\
            "operatorName":"Kodiko","operatorKind":"association","organization":null,"website":null,"startYear":null,\
            "themes":["employment"],"publics":["refugees"],"partners":[],"results":[{"text":"(a result sentence)",\
            "sourceFile":"003_9c691a3fa8d45fcf.txt","sourceDate":"2019-04-30"}],\
            "territory":{"city":"Paris / Tours / Orléans","department":null,"region":null,"country":"FR",\
            "latitude":null,"longitude":null,"note":null,"crossBorderCountries":null},\
            "sources":[{"file":"003_9c691a3fa8d45fcf.txt","section":"Kodiko","lines":null,"date":"2019-04-30"}],\
            "services":[],"updatedAt":"2026-11-25T08:00:00Z","version":0}""";

    static final String THEMES = """
            {"domains":[{"code":"housing","label":"Housing","lang":"en","icon":"home",\
            "themes":[{"code":"housing","label":"Housing","lang":"en"}]}]}""";

    private CatalogueExamples() {
    }
}
