package eu.remhub.portal.search.internal;

import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Believable documents of every type for {@link SearchBenchmark}: organisations, courses,
 * collaboration requests, pilot calls and magnet passports, in the proportions a grown hub would
 * have, with the vocabulary of the rare-earth and magnet value chain. Deterministic for a seed.
 */
final class BenchmarkCorpus {

  static final String[] COUNTRIES = {
    "DE", "FR", "IT", "ES", "NL", "BE", "SE", "FI", "AT", "PL", "CZ", "DK", "PT", "IE", "SI", "EE",
    "GR"
  };
  static final String[] SEGMENTS = {
    "MINING",
    "REFINING",
    "METALS_ALLOYS",
    "MAGNET_MAKING",
    "COMPONENTS_OEM",
    "RECYCLING",
    "RESEARCH",
    "POLICY",
    "SERVICES"
  };
  static final String[] MATERIALS = {
    "NdFeB", "SmCo", "Nd", "Pr", "Dy", "Tb", "Sm", "Co", "Ferrite", "AlNiCo"
  };
  static final String[] GRADES = {
    "N35", "N42", "N48", "N52", "N42SH", "N38UH", "N35EH", "Sm2Co17", "SmCo5", "N45M"
  };
  static final String[] CITIES = {
    "Jülich",
    "Grenoble",
    "Dresden",
    "Leuven",
    "Östersund",
    "Bilbao",
    "Espoo",
    "Kiruna",
    "Freiberg",
    "Trieste",
    "Eindhoven",
    "Łódź",
    "Brno",
    "Aarhus",
    "Porto",
    "Ljubljana",
    "Tartu",
    "Kozani",
    "Hanau",
    "Pori"
  };
  static final String[] PROCESSES = {
    "hydrogen decrepitation",
    "grain boundary diffusion",
    "strip casting",
    "jet milling",
    "solvent extraction",
    "sintering",
    "hot deformation",
    "magnetic separation",
    "leaching",
    "electrowinning",
    "molten salt electrolysis",
    "demagnetisation",
    "flotation",
    "calcination",
    "hydrometallurgical recovery",
    "powder metallurgy",
    "additive manufacturing",
    "surface coating"
  };
  static final String[] PRODUCTS = {
    "traction motor rotors",
    "wind generator segments",
    "servo motors",
    "hard disk drives",
    "e-bike hub motors",
    "loudspeakers",
    "MRI magnets",
    "industrial pumps",
    "actuators",
    "sensor assemblies"
  };
  static final String[] ADJECTIVES = {
    "sintered",
    "bonded",
    "recycled",
    "high-coercivity",
    "low-dysprosium",
    "heavy-rare-earth-free",
    "coated",
    "anisotropic",
    "isotropic",
    "end-of-life",
    "pilot-scale",
    "certified"
  };
  static final String[] WORDS =
      ("market supply chain traceability partner capacity tonnes batch quality audit certificate oxide metal alloy powder "
              + "scrap swarf concentrate separation refinery plant laboratory furnace crucible yield purity coercivity remanence temperature "
              + "stability corrosion magnetisation dimension tolerance delivery contract tender consortium funding horizon europe critical raw "
              + "materials act recycling rate carbon footprint energy water emissions waste residue monazite bastnasite xenotime ionic clay "
              + "praseodymium neodymium dysprosium terbium samarium cobalt iron boron copper nickel coating epoxy zinc assembly rotor stator")
          .split(" ");

  private final Random random;

  BenchmarkCorpus(long seed) {
    this.random = new Random(seed);
  }

  /**
   * {@code n} documents: 2 % organisations, 8 % courses, 40 % requests, 5 % calls, 45 % passports.
   */
  List<Owned> documents(int n) {
    List<Owned> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int r = i % 100;
      if (r < 2) {
        out.add(new Owned(null, organisation(i)));
      } else if (r < 10) {
        out.add(new Owned("training", course(i)));
      } else if (r < 50) {
        out.add(new Owned("matchmaking", post(i)));
      } else if (r < 55) {
        out.add(new Owned("pilot-calls", call(i)));
      } else {
        out.add(new Owned("passport", passport(i)));
      }
    }
    return out;
  }

  /** A document and the plugin that owns it (null for the core). */
  record Owned(String pluginId, SearchDocument document) {}

  SearchDocument organisation(int i) {
    String segment = pick(SEGMENTS);
    String city = pick(CITIES);
    String name =
        capitalise(pick(WORDS))
            + " "
            + pick(
                new String[] {
                  "Magnetics", "Metals", "Recycling", "Minerals", "Materials", "Motors", "Alloys"
                });
    String body =
        name
            + " is based in "
            + city
            + ". We work on "
            + pick(PROCESSES)
            + " and "
            + pick(PROCESSES)
            + " for "
            + pick(PRODUCTS)
            + ", with "
            + pick(MATERIALS)
            + " and "
            + pick(MATERIALS)
            + ". "
            + sentence(25);
    return doc(
        "organisation",
        i,
        name + " " + i,
        List.of(city, segment.toLowerCase().replace('_', ' ')),
        body,
        "/organisations/" + i,
        Visibility.everyone(),
        Map.of("country", List.of(pick(COUNTRIES)), "segment", List.of(segment)));
  }

  SearchDocument course(int i) {
    String topic = pick(PROCESSES);
    String title =
        capitalise(topic) + " for " + pick(ADJECTIVES) + " " + pick(MATERIALS) + " magnets";
    String body =
        "A course in " + (4 + random.nextInt(12)) + " lessons on " + topic + ". " + sentence(60);
    return doc(
        "course",
        i,
        title,
        List.of(topic, "course"),
        body,
        "/courses/" + i,
        visibility(i),
        Map.of("segment", List.of(pick(SEGMENTS)), "material", List.of(pick(MATERIALS))));
  }

  SearchDocument post(int i) {
    boolean offer = random.nextBoolean();
    String material = pick(MATERIALS);
    String title =
        (offer ? "Offer: " : "Wanted: ")
            + pick(ADJECTIVES)
            + " "
            + material
            + " "
            + pick(new String[] {"scrap", "powder", "magnets", "alloy", "oxide", "swarf"})
            + " from "
            + pick(PRODUCTS);
    String body =
        (offer ? "We can supply " : "We are looking for ")
            + (1 + random.nextInt(200))
            + " tonnes a year, "
            + pick(PROCESSES)
            + " ready, near "
            + pick(CITIES)
            + ". "
            + sentence(45);
    return doc(
        "post",
        i,
        title,
        List.of(material, offer ? "offer" : "request"),
        body,
        "/matchmaking/" + i,
        visibility(i),
        Map.of(
            "country",
            List.of(pick(COUNTRIES)),
            "material",
            List.of(material),
            "segment",
            List.of(pick(SEGMENTS))));
  }

  SearchDocument call(int i) {
    String process = pick(PROCESSES);
    String title =
        "Pilot call: " + process + " of " + pick(ADJECTIVES) + " magnets at " + pick(CITIES);
    String body =
        "Applicants test "
            + process
            + " on a pilot line for "
            + pick(PRODUCTS)
            + ". Budget "
            + (50 + random.nextInt(900))
            + " thousand euro. "
            + sentence(80);
    return doc(
        "call",
        i,
        title,
        List.of(process, "pilot"),
        body,
        "/pilot-calls/" + i,
        visibility(i),
        Map.of("country", List.of(pick(COUNTRIES)), "segment", List.of(pick(SEGMENTS))));
  }

  SearchDocument passport(int i) {
    String grade = pick(GRADES);
    String family = grade.startsWith("Sm") ? "SmCo" : "NdFeB";
    String title = "Passport " + family + " " + grade + " magnet " + String.format("RH-%06d", i);
    String body =
        family
            + " magnet, grade "
            + grade
            + ", "
            + (1 + random.nextInt(400))
            + " g, for "
            + pick(PRODUCTS)
            + ". Made in "
            + pick(CITIES)
            + " by "
            + pick(PROCESSES)
            + "; "
            + random.nextInt(40)
            + " % recycled content; Dy "
            + random.nextInt(8)
            + " %, carbon footprint "
            + (10 + random.nextInt(60))
            + " kg CO2e per kg. "
            + sentence(30);
    return doc(
        "passport",
        i,
        title,
        List.of(family, grade),
        body,
        "/passport/" + i,
        visibility(i),
        Map.of("country", List.of(pick(COUNTRIES)), "material", List.of(family, pick(MATERIALS))));
  }

  private SearchDocument doc(
      String type,
      int i,
      String title,
      List<String> tags,
      String body,
      String url,
      Visibility v,
      Map<String, List<String>> facets) {
    return new SearchDocument(
        type,
        Integer.toString(i),
        title,
        tags,
        body,
        url,
        v,
        facets,
        Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(60 * 60 * 24 * 700)));
  }

  /** 70 % public, 15 % members, 10 % one of 200 organisations, 5 % an entitlement. */
  private Visibility visibility(int i) {
    int r = random.nextInt(100);
    if (r < 70) {
      return Visibility.everyone();
    }
    if (r < 85) {
      return Visibility.members();
    }
    if (r < 95) {
      return Visibility.organisation(1 + random.nextInt(200));
    }
    return Visibility.entitlement("passport.restricted");
  }

  private String sentence(int words) {
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < words; w++) {
      b.append(w == 0 ? capitalise(pick(WORDS)) : pick(WORDS)).append(w % 12 == 11 ? ". " : " ");
    }
    return b.toString().strip() + ".";
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
