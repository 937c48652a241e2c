package eu.remhub.plugin.passport.model;

import static eu.remhub.plugin.passport.TestData.dec;
import static eu.remhub.plugin.passport.TestData.el;
import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.plugin.passport.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PassportValidatorTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void realisticNdfebPassport_isValid() {
    assertThat(PassportValidator.problems(TestData.tractionMotor())).isEmpty();
  }

  @Test
  void compositionOffBy0_4Points_isWithinTolerance() {
    List<Problem> problems = PassportValidator.problems(withMagnet(m -> composition(m, "62.20")));

    assertThat(problems).isEmpty();
  }

  @Test
  void compositionOffByMoreThanTolerance_saysTheSumAndTheTolerance() {
    List<Problem> problems = PassportValidator.problems(withMagnet(m -> composition(m, "61.00")));

    assertThat(problems)
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.field()).isEqualTo("magnets[0].composition");
              assertThat(problem.message())
                  .isEqualTo(
                      "the composition adds up to 98.4 %; it must make 100 % within ±0.5 percentage points");
            });
  }

  @Test
  void shareAbove100OrBelowZero_isRefused() {
    List<Constituent> parts = List.of(el("Fe", "101"), el("Nd", "-1"));
    List<Problem> problems = PassportValidator.problems(withMagnet(m -> withComposition(m, parts)));

    assertThat(problems)
        .extracting(Problem::field)
        .contains("magnets[0].composition[0].percent", "magnets[0].composition[1].percent");
    assertThat(problems).extracting(Problem::message).contains("a share lies between 0 and 100 %");
  }

  @Test
  void recycledShareAbove100_isRefused() {
    PassportContent content = TestData.tractionMotor();
    PassportContent bad =
        new PassportContent(
            content.hostProduct(),
            content.magnets(),
            List.of(new RecycledShare("Dy", dec("120"), "mass balance", "")),
            content.origins(),
            content.carbonFootprint(),
            content.removalInstructions(),
            content.documents(),
            content.predecessors());

    assertThat(PassportValidator.problems(bad))
        .singleElement()
        .hasToString("recycledContent[0].percent: a recycled share lies between 0 and 100 %");
  }

  @Test
  void recycledShareOfAnElementTheActDoesNotList_isRefused() {
    PassportContent content = TestData.tractionMotor();
    PassportContent bad =
        new PassportContent(
            content.hostProduct(),
            content.magnets(),
            List.of(new RecycledShare("Fe", dec("10"), "mass balance", "")),
            content.origins(),
            content.carbonFootprint(),
            content.removalInstructions(),
            content.documents(),
            content.predecessors());

    assertThat(PassportValidator.problems(bad))
        .singleElement()
        .hasToString(
            "recycledContent[0].element: recycled shares are given for Nd, Dy, Pr, Tb, B, Sm, Ni, Co");
  }

  @Test
  void zeroMass_isRefused() {
    List<Problem> problems =
        PassportValidator.problems(
            withMagnet(
                m ->
                    new Magnet(
                        m.family(),
                        m.grade(),
                        dec("0"),
                        m.count(),
                        m.location(),
                        m.coating(),
                        m.maxWorkingTemperatureC(),
                        m.composition())));

    assertThat(problems)
        .singleElement()
        .hasToString("magnets[0].massGrams: the mass of a magnet must be above zero grams");
  }

  @Test
  void gradeOfAnotherFamily_isRefusedWithExamples() {
    List<Problem> problems =
        PassportValidator.problems(
            withMagnet(
                m ->
                    new Magnet(
                        MagnetFamily.SM2CO17,
                        "N38UH",
                        m.massGrams(),
                        m.count(),
                        m.location(),
                        m.coating(),
                        null,
                        m.composition())));

    assertThat(problems)
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.field()).isEqualTo("magnets[0].grade");
              assertThat(problem.message())
                  .startsWith("'N38UH' is not a known grade of Sm2Co17; expected YXG22 to YXG35");
            });
  }

  @Test
  void workingTemperatureAboveWhatTheGradeStands_isRefused() {
    List<Problem> problems =
        PassportValidator.problems(
            withMagnet(
                m ->
                    new Magnet(
                        m.family(),
                        "N42SH",
                        m.massGrams(),
                        m.count(),
                        m.location(),
                        m.coating(),
                        200,
                        m.composition())));

    assertThat(problems)
        .singleElement()
        .hasToString(
            "magnets[0].maxWorkingTemperatureC: 200 °C is above what grade N42SH stands (150 °C)");
  }

  @Test
  void magnetSubstanceThatIsNoElement_isRefused_butCoatingsMayBeNamed() {
    List<Constituent> parts =
        new ArrayList<>(TestData.tractionMotor().magnets().get(0).composition());
    parts.set(0, el("Neodym", "23.40"));

    List<Problem> problems = PassportValidator.problems(withMagnet(m -> withComposition(m, parts)));

    assertThat(problems)
        .singleElement()
        .hasToString(
            "magnets[0].composition[0].substance: 'Neodym' is not an element symbol such as Nd, Fe or B");
  }

  @Test
  void passportWithoutMagnets_isRefused() {
    PassportContent content = TestData.tractionMotor();
    PassportContent empty =
        new PassportContent(content.hostProduct(), List.of(), null, null, null, null, null, null);

    assertThat(PassportValidator.problems(empty))
        .singleElement()
        .hasToString("magnets: a passport describes at least one magnet");
  }

  @Test
  void recycleEventWithoutInputs_isRefused() {
    CustodyEvent recycle =
        new CustodyEvent(EventType.RECYCLE, NOW, "DE", "Dresden", "ElbeCycle", "", List.of());

    assertThat(PassportValidator.problems(recycle, NOW))
        .singleElement()
        .hasToString("inputs: a recycling event names the magnets it came from");
  }

  @Test
  void eventInTheFutureOrWithUnknownCountry_isRefused() {
    CustodyEvent event =
        new CustodyEvent(EventType.SHIP, NOW.plusSeconds(3 * 86400), "XX", "", "", "", null);

    assertThat(PassportValidator.problems(event, NOW))
        .extracting(Problem::field)
        .containsExactly("occurredAt", "country");
  }

  private static PassportContent withMagnet(UnaryOperator<Magnet> change) {
    PassportContent content = TestData.tractionMotor();
    return new PassportContent(
        content.hostProduct(),
        List.of(change.apply(content.magnets().get(0))),
        content.recycledContent(),
        content.origins(),
        content.carbonFootprint(),
        content.removalInstructions(),
        content.documents(),
        content.predecessors());
  }

  private static Magnet composition(Magnet magnet, String iron) {
    List<Constituent> parts = new ArrayList<>(magnet.composition());
    parts.replaceAll(part -> part.substance().equals("Fe") ? el("Fe", iron) : part);
    return withComposition(magnet, parts);
  }

  private static Magnet withComposition(Magnet magnet, List<Constituent> parts) {
    return new Magnet(
        magnet.family(),
        magnet.grade(),
        magnet.massGrams(),
        magnet.count(),
        magnet.location(),
        magnet.coating(),
        magnet.maxWorkingTemperatureC(),
        parts);
  }
}
